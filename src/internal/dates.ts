/**
 * Calendar dates as sites write them (`YYYY-MM-DD`): strict parsing, and formatting in the reader's
 * language with `Intl`, the same on the server and in the browser.
 */
import { parseOptional } from './report.js';
import { DEV_MODE } from './dev-mode.js';

/** A valid calendar date, as parsed from `YYYY-MM-DD`. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** The date written back as `YYYY-MM-DD`, for `<time datetime>`. */
  readonly iso: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of a day (`month` 1–12); the year set again, as Date.UTC reads 0–99 as 1900–1999. */
function utcDate(year: number, month: number, day: number): Date {
  const time = new Date(Date.UTC(year, month - 1, day));
  time.setUTCFullYear(year);
  return time;
}

/**
 * Parses a strict `YYYY-MM-DD` date. Returns `undefined` for anything else: other shapes
 * (`2004-1-22`, `22/01/2004`, a time), and dates that do not exist (`2004-02-30`, `2003-02-29`).
 */
export function parseIsoDate(value: string | null | undefined): CalendarDate | undefined {
  const match = ISO_DATE.exec(String(value ?? '').trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < 1 || month < 1 || month > 12 || day < 1) return undefined;
  // Date.UTC rolls 30 February over into March: a date exists when it survives the round trip.
  const time = utcDate(year, month, day);
  if (time.getUTCMonth() !== month - 1 || time.getUTCDate() !== day) return undefined;
  return { year, month, day, iso: match[0] };
}

/**
 * Parses `value` as `YYYY-MM-DD` and warns, naming the element, the attribute and the value, when
 * it is given but not a real date. A missing or empty value gives `undefined` silently.
 */
export function checkIsoDate(
  value: string | null | undefined,
  element: string,
  attribute: string,
): CalendarDate | undefined {
  return parseOptional(
    value,
    parseIsoDate,
    element,
    attribute,
    DEV_MODE
      ? 'not a calendar date in the form YYYY-MM-DD (for example 2004-01-22); the date is left out.'
      : '',
  );
}

/**
 * The digits and calendar of UN Arabic documents: Western digits («2004», never «٢٠٠٤») in the
 * Gregorian calendar. The digits of `ar` come from the engine's CLDR data, not from the code: recent
 * data gives Western digits, older data (and `ar-EG`, `ar-SA`) Arabic-Indic ones, so a server and
 * a reader's browser would disagree. `ar-SA` also defaults to the Hijri calendar, which the
 * Gregorian month names of `unArabicMonth` would contradict.
 */
const UN_ARABIC_NUMBERS = { numberingSystem: 'latn', calendar: 'gregory' } as const;

/**
 * The date in words, in the given locale: "January 22, 2004", "22 janvier 2004", "2004年1月22日",
 * and in Russian and Arabic as UN documents write them: «22 января 2004 года» (see
 * `unRussianDate`), «22 كانون الثاني/يناير 2004» (see `unArabicMonth`, `UN_ARABIC_NUMBERS`).
 *
 * `dateStyle: 'long'` spells the month out, so nobody has to guess whether 01/02 is January or
 * February. The date has no time of day, so it is placed at UTC midnight and formatted in UTC: a
 * reader west of Greenwich (or a server in another zone) would otherwise see the day before.
 * Everything else is Intl's: its order, digits and spacing for the locale.
 */
export function formatDate(date: CalendarDate, locale: string): string {
  const time = utcDate(date.year, date.month, date.day);
  const language = languageOf(locale);
  const parts = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeZone: 'UTC',
    ...(language === 'ar' ? UN_ARABIC_NUMBERS : {}),
  }).formatToParts(time);
  if (language === 'ar')
    return parts.map((part) => (part.type === 'month' ? unArabicMonth(date.month) : part.value)).join('');
  if (language === 'ru') return unRussianDate(parts);
  return parts.map((part) => part.value).join('');
}

/**
 * UN Russian writes the year out, «22 января 2004 года», where CLDR abbreviates it, «2004 г.».
 * Intl's parts up to the year are kept; what follows the year (only the abbreviation and the space
 * before it, U+202F in current CLDR data) becomes a no-break space and «года», so that «года» never
 * starts a line and the text does not depend on the engine's CLDR version.
 */
function unRussianDate(parts: readonly Intl.DateTimeFormatPart[]): string {
  const year = parts.findIndex((part) => part.type === 'year');
  const text = (list: readonly Intl.DateTimeFormatPart[]) => list.map((part) => part.value).join('');
  return year < 0 ? text(parts) : `${text(parts.slice(0, year + 1))}\u00a0года`;
}

function languageOf(locale: string): string {
  try {
    return new Intl.Locale(locale).language;
  } catch {
    return '';
  }
}

// Where the UN's Arabic spelling of an Egyptian month name differs from CLDR's (checked against
// UN Arabic documents: "حزيران/يونيه", "تموز/يوليه"). Only these two; every other name is Intl's.
const UN_EGYPTIAN_SPELLING: Readonly<Record<string, string>> = { يونيو: 'يونيه', يوليو: 'يوليه' };

/**
 * A month (1–12) as UN Arabic documents name it: the Levantine name, then the Egyptian one
 * («كانون الثاني/يناير»). Both come from Intl (CLDR): `ar-SY` gives the Levantine names, `ar-EG`
 * the Egyptian ones; only the UN's spelling of June and July is fixed by hand.
 */
export function unArabicMonth(month: number): string {
  const time = utcDate(2004, month, 15);
  const name = (locale: string) =>
    new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(time);
  const egyptian = name('ar-EG');
  return `${name('ar-SY')}/${UN_EGYPTIAN_SPELLING[egyptian] ?? egyptian}`;
}

/**
 * A year without a thousands separator ("2004", never "2,004"), in the locale's digits; in Arabic in
 * the Western digits of UN documents (see `UN_ARABIC_NUMBERS`).
 */
export function formatYear(year: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    useGrouping: false,
    maximumFractionDigits: 0,
    ...(languageOf(locale) === 'ar' ? { numberingSystem: UN_ARABIC_NUMBERS.numberingSystem } : {}),
  }).format(year);
}
