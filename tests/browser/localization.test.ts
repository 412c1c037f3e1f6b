import { expect, waitUntil } from '@open-wc/testing';
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

/**
 * A page of its own (an iframe: its own modules, so no locale is set yet) with `<html lang>`, whose
 * module script is `script`, importing `/src/localization.ts` as `l10n`. The library's console
 * warnings are recorded from before any script runs (Lit's own dev-mode notice is not one).
 */
async function pageWithLang(lang: string, script: string) {
  const iframe = document.createElement('iframe');
  iframe.title = 'Page';
  iframe.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Page</title>
<script>window.__warnings = []; const warn = console.warn; console.warn = (...a) => { if (String(a[0]).startsWith('wsis-components')) window.__warnings.push(a.join(' ')); warn(...a); };</script>
</head><body><main id="main"><wsis-skip-link></wsis-skip-link></main>
<script type="module">
import * as l10n from '/src/localization.ts';
window.__l10n = l10n;
${script}
await import('/src/index.ts');
window.__done = true;
</script></body></html>`;
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Window & {
    __warnings: string[];
    __done?: boolean;
    __l10n: { getLocale(): string };
  };
  await waitUntil(() => win.__done, 'the page script never finished', { timeout: 15000 });
  const skip = win.document.querySelector('wsis-skip-link') as HTMLElement & {
    updateComplete: Promise<unknown>;
  };
  return { iframe, win, html: win.document.documentElement, skip };
}

describe('syncDocumentLocale and the page’s own <html lang>', () => {
  it('called before any setLocale, it takes the page’s lang (fr) instead of writing en over it', async () => {
    const { iframe, win, html, skip } = await pageWithLang('fr', 'l10n.syncDocumentLocale();');
    try {
      await waitUntil(() => win.__l10n.getLocale() === 'fr', 'the page never switched to French', {
        timeout: 15000,
      });
      await skip.updateComplete;
      expect(html.lang).to.equal('fr');
      expect(html.dir).to.equal('ltr');
      expect(skip.shadowRoot!.textContent!.trim()).to.equal('Aller au contenu principal');
      expect(win.__warnings).to.deep.equal([]);
    } finally {
      iframe.remove();
    }
  });

  it('keeps a tag the locale stands for as written (fr-CA), and follows later changes', async () => {
    const { iframe, win, html } = await pageWithLang('fr-CA', 'l10n.syncDocumentLocale();');
    try {
      await waitUntil(() => win.__l10n.getLocale() === 'fr', 'the page never switched to French', {
        timeout: 15000,
      });
      expect(html.lang).to.equal('fr-CA');
      await (win.__l10n as unknown as { setLocale(t: string): Promise<string> }).setLocale('ar');
      expect(html.lang).to.equal('ar');
      expect(html.dir).to.equal('rtl');
    } finally {
      iframe.remove();
    }
  });

  it('leaves a lang the library does not speak as written, with a warning that says why', async () => {
    const { iframe, win, html } = await pageWithLang('pt', 'l10n.syncDocumentLocale();');
    try {
      expect(html.lang).to.equal('pt');
      expect(win.__warnings.length).to.equal(1);
      expect(win.__warnings[0]).to.match(
        /^wsis-components syncDocumentLocale\(\): lang="pt" is not a language of the library; left as written/,
      );
    } finally {
      iframe.remove();
    }
  });

  it('after a setLocale that chose another language, rewrites lang with a warning naming both', async () => {
    const { iframe, win, html } = await pageWithLang(
      'fr',
      "await l10n.setLocale('es'); l10n.syncDocumentLocale();",
    );
    try {
      expect(html.lang).to.equal('es');
      expect(win.__warnings).to.deep.equal([
        'wsis-components syncDocumentLocale(): lang="fr" rewritten to "es", the locale setLocale() chose.',
      ]);
    } finally {
      iframe.remove();
    }
  });
});
