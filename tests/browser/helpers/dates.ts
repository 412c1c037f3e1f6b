/**
 * The date a reader should see, computed here independently of the library: Intl's long date; in
 * Russian with the year written out («2004 года» for Intl's «2004 г.»); in Arabic in Western digits
 * and the Gregorian calendar, the month as UN Arabic documents write it (Levantine/Egyptian, June and
 * July spelt «يونيه»/«يوليه»), from this hand-written list, which the library must not have.
 */
const UN_ARABIC_MONTHS = [
  'كانون الثاني/يناير',
  'شباط/فبراير',
  'آذار/مارس',
  'نيسان/أبريل',
  'أيار/مايو',
  'حزيران/يونيه',
  'تموز/يوليه',
  'آب/أغسطس',
  'أيلول/سبتمبر',
  'تشرين الأول/أكتوبر',
  'تشرين الثاني/نوفمبر',
  'كانون الأول/ديسمبر',
];

export function expectedDate(code: string, year: number, month: number, day: number): string {
  const time = new Date(Date.UTC(year, month - 1, day));
  const arabic = code.startsWith('ar');
  const format = new Intl.DateTimeFormat(code, {
    dateStyle: 'long',
    timeZone: 'UTC',
    ...(arabic ? { numberingSystem: 'latn', calendar: 'gregory' } : {}),
  });
  if (code.startsWith('ru')) return format.format(time).replace(/\s*г\.$/, '\u00a0года');
  if (!arabic) return format.format(time);
  return format
    .formatToParts(time)
    .map((p) => (p.type === 'month' ? UN_ARABIC_MONTHS[month - 1] : p.value))
    .join('');
}
