import { expect } from '@open-wc/testing';
import {
  checkIsoDate,
  formatDate,
  formatYear,
  parseIsoDate,
  unArabicMonth,
} from '../../src/internal/dates.js';
import { expectedDate } from './helpers/dates.js';
import { languageInfo } from '../../src/internal/lang.js';
import { LOCALE_CODES } from './helpers/locales.js';
import { captureConsoleSync } from './helpers/console.js';

describe('internal/dates', () => {
  it('parses real YYYY-MM-DD dates, leap days included', () => {
    expect(parseIsoDate('2004-01-22')).to.deep.equal({ year: 2004, month: 1, day: 22, iso: '2004-01-22' });
    expect(parseIsoDate('2004-02-29')?.iso).to.equal('2004-02-29');
    expect(parseIsoDate(' 2000-02-29 ')?.iso).to.equal('2000-02-29');
    expect(parseIsoDate('0045-12-31')?.year).to.equal(45);
  });

  it('rejects dates that do not exist and other shapes', () => {
    for (const bad of [
      '2004-02-30',
      '2003-02-29',
      '1900-02-29',
      '2004-13-01',
      '2004-00-10',
      '2004-04-31',
      '2004-01-00',
      '0000-01-01',
      '2004-1-22',
      '22/01/2004',
      '2004-01-22T10:00',
      '20040122',
      'garbage',
      '',
    ]) {
      expect(parseIsoDate(bad), bad).to.be.undefined;
    }
    expect(parseIsoDate(null)).to.be.undefined;
    expect(parseIsoDate(undefined)).to.be.undefined;
  });

  it('warns naming element, attribute and value for an invalid date, and stays silent for none', () => {
    const invalid = captureConsoleSync(() => checkIsoDate('2004-02-30', 'wsis-x', 'date'));
    expect(invalid.result).to.be.undefined;
    expect(invalid.messages.length).to.equal(1);
    expect(invalid.messages[0].level).to.equal('warn');
    expect(invalid.messages[0].text).to.match(/^<wsis-x> date="2004-02-30"/);
    const none = captureConsoleSync(() => [
      checkIsoDate('', 'wsis-x', 'date'),
      checkIsoDate(null, 'wsis-x', 'date'),
    ]);
    expect(none.result).to.deep.equal([undefined, undefined]);
    expect(none.messages).to.deep.equal([]);
  });

  it('formats each locale as Intl does (Russian and Arabic in the UN form), whatever the time zone', () => {
    const date = parseIsoDate('2004-01-22')!;
    for (const code of LOCALE_CODES)
      expect(formatDate(date, code), code).to.equal(expectedDate(code, 2004, 1, 22));
    expect(formatDate(date, 'ar-EG'), 'ar-EG').to.equal(expectedDate('ar-EG', 2004, 1, 22));
    // The day is the 22nd in every locale's own digits: never the 21st from a time-zone shift.
    expect(formatDate(date, 'en')).to.contain('22');
    expect(formatDate(parseIsoDate('0045-03-01')!, 'en')).to.contain('45');
  });

  it('writes «года» in Russian, as UN Russian documents do, in every month', () => {
    expect(formatDate(parseIsoDate('2004-01-22')!, 'ru')).to.equal('22 января 2004\u00a0года');
    expect(formatDate(parseIsoDate('2005-11-16')!, 'ru')).to.equal('16 ноября 2005\u00a0года');
    expect(formatDate(parseIsoDate('0045-03-01')!, 'ru-RU')).to.equal('1 марта 45\u00a0года');
    for (let month = 1; month <= 12; month++) {
      const date = parseIsoDate(`2004-${String(month).padStart(2, '0')}-15`)!;
      expect(formatDate(date, 'ru'), `month ${month}`).to.match(/^15 [а-я]+ 2004\u00a0года$/);
    }
  });

  it('writes Arabic dates and years in Western digits and the Gregorian calendar, whatever the CLDR default', () => {
    const date = parseIsoDate('2004-01-22')!;
    // ar-EG and ar-SA default to Arabic-Indic digits (ar-SA also to the Hijri calendar), as `ar` did
    // in older CLDR data: UN Arabic documents write «22 كانون الثاني/يناير 2004» all the same.
    for (const tag of ['ar', 'ar-EG', 'ar-SA', 'ar-u-nu-arab']) {
      expect(formatDate(date, tag), tag).to.equal('22 كانون الثاني/يناير 2004');
      expect(formatYear(2004, tag), tag).to.equal('2004');
    }
    // Other languages keep their own numbering system: the pin is the UN's Arabic usage only.
    expect(formatYear(2004, 'fa')).to.equal(new Intl.NumberFormat('fa', { useGrouping: false }).format(2004));
  });

  it('names every month in Arabic as UN documents do, Levantine/Egyptian, from Intl', () => {
    const months = Array.from({ length: 12 }, (_, m) => unArabicMonth(m + 1));
    expect(months).to.deep.equal(
      Array.from({ length: 12 }, (_, m) =>
        expectedDate('ar', 2004, m + 1, 15)
          .split(/[\s\d٠-٩]+/)
          .filter(Boolean)
          .join(' '),
      ),
    );
    expect(months[0]).to.equal('كانون الثاني/يناير');
    expect(months[5]).to.equal('حزيران/يونيه');
    expect(months[6]).to.equal('تموز/يوليه');
  });

  it('formats years without grouping, in the locale digits (Western digits in Arabic)', () => {
    for (const code of LOCALE_CODES) {
      const digits = code === 'ar' ? { numberingSystem: 'latn' } : {};
      expect(formatYear(2004, code), code).to.equal(
        new Intl.NumberFormat(code, { useGrouping: false, ...digits }).format(2004),
      );
    }
    expect(formatYear(2004, 'en')).to.equal('2004');
  });
});

describe('internal/lang', () => {
  it('gives the direction of our six languages from LOCALES and of others from their script', () => {
    expect(languageInfo('ar')).to.deep.equal({ tag: 'ar', dir: 'rtl' });
    expect(languageInfo('zh-hans')).to.deep.equal({ tag: 'zh-Hans', dir: 'ltr' });
    expect(languageInfo('en')).to.deep.equal({ tag: 'en', dir: 'ltr' });
    expect(languageInfo('fa')?.dir).to.equal('rtl');
    expect(languageInfo('he')?.dir).to.equal('rtl');
    expect(languageInfo('ur')?.dir).to.equal('rtl');
    expect(languageInfo('de')?.dir).to.equal('ltr');
    expect(languageInfo('not a tag!')).to.be.undefined;
  });
});
