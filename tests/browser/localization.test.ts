import { expect } from '@open-wc/testing';
import {
  LOCALES,
  SHIPPED,
  getLocale,
  resolveLocale,
  setLocale,
  sourceLocale,
  syncDocumentLocale,
} from '../../src/localization.js';
import { targetLocales } from '../../src/generated/locale-codes.js';
import { captureConsole } from './helpers/console.js';

describe('localization', () => {
  afterEach(async () => {
    await setLocale('en');
  });

  it('lists the shipped languages, as lit-localize.json names them, with endonyms and directions', () => {
    // The codes come from lit-localize.json (through the generated locale-codes module); the UN's
    // six are checked by name, and any other shipped language must at least be complete.
    expect(LOCALES.map((l) => l.code).sort()).to.deep.equal([sourceLocale, ...targetLocales].sort());
    const un: Record<string, [string, string, string]> = {
      ar: ['العربية', 'rtl', 'Arab'],
      'zh-Hans': ['中文', 'ltr', 'Hans'],
      en: ['English', 'ltr', 'Latn'],
      fr: ['Français', 'ltr', 'Latn'],
      ru: ['Русский', 'ltr', 'Cyrl'],
      es: ['Español', 'ltr', 'Latn'],
    };
    for (const l of LOCALES) {
      const row = SHIPPED[l.code as keyof typeof SHIPPED];
      expect([l.endonym, l.dir], l.code).to.deep.equal([row.endonym, row.dir]);
      if (un[l.code]) expect([row.endonym, row.dir, row.script], l.code).to.deep.equal(un[l.code]);
      else expect(row.endonym.trim(), l.code).to.not.equal('');
    }
    // The UN's own order (alphabetical by English name) for its six.
    expect(LOCALES.map((l) => l.code).filter((c) => un[c])).to.deep.equal(Object.keys(un));
  });

  it('resolves the tags browsers and CMSs send', () => {
    const cases: Record<string, string> = {
      'fr-CA': 'fr',
      'zh-CN': 'zh-Hans',
      'zh-Hans-CN': 'zh-Hans',
      'zh-TW': 'zh-Hans',
      zh: 'zh-Hans',
      'ar-EG': 'ar',
      'es-419': 'es',
      EN: 'en',
      'en-GB': 'en',
      ru_RU: 'ru',
      'ZH-HANS': 'zh-Hans',
    };
    for (const [tag, code] of Object.entries(cases)) expect(resolveLocale(tag), tag).to.equal(code);
    expect(resolveLocale('de-DE')).to.be.undefined;
    expect(resolveLocale('')).to.be.undefined;
    expect(resolveLocale('not a tag!')).to.be.undefined;
  });

  it('setLocale resolves the tag and getLocale reports it', async () => {
    expect(await setLocale('fr-CA')).to.equal('fr');
    expect(getLocale()).to.equal('fr');
    expect(await setLocale('zh-Hans-CN')).to.equal('zh-Hans');
    expect(getLocale()).to.equal('zh-Hans');
  });

  it('falls back to en with one warning naming an unknown tag, without throwing', async () => {
    await setLocale('fr');
    const { result, messages } = await captureConsole(() => setLocale('xx-YY'));
    expect(result).to.equal('en');
    expect(getLocale()).to.equal('en');
    expect(messages.length).to.equal(1);
    expect(messages[0].level).to.equal('warn');
    expect(messages[0].text).to.match(/^wsis-components setLocale\(\): unknown locale "xx-YY"; using "en"/);
  });

  it('syncDocumentLocale keeps lang and dir on <html> in step, until stopped', async () => {
    const html = document.documentElement;
    const stop = syncDocumentLocale();
    try {
      await setLocale('ar-EG');
      expect(html.lang).to.equal('ar');
      expect(html.dir).to.equal('rtl');
      await setLocale('ru');
      expect(html.lang).to.equal('ru');
      expect(html.dir).to.equal('ltr');
    } finally {
      stop();
    }
    await setLocale('ar');
    expect(html.lang).to.equal('ru');
  });
});
