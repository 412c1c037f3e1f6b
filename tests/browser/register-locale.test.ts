// A site's own language through the public API: Portuguese registered before the first setLocale,
// then used by every element and the language switcher as a shipped language is.
import { fixture, html, expect } from '@open-wc/testing';
import '../../src/index.js';
import { LOCALES, registerLocale, resolveLocale, setLocale } from '../../src/localization.js';
import { captureConsole } from './helpers/console.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { settle, useLocale } from './helpers/locales.js';

// Module level, as a site does at start-up: before anything calls setLocale.
const added = registerLocale({
  code: 'pt',
  endonym: 'Português',
  dir: 'ltr',
  translations: {
    'skip-link.label': 'Saltar para o conteúdo principal',
    'language-switcher.label': 'Idioma',
    'footer.top': 'Topo',
    // Values reordered: the year first (a str message).
    'footer.copyright': '{1} © {0}. Todos os direitos reservados.',
    // An html message: the value is the <time> element, which must survive.
    'footer.updated': 'Atualizado em {0}',
    'message.heading-from': 'Mensagem de {0}',
    // Markup in a translation stays text.
    'nav.menu': '<b>Menu</b> & mais',
  },
});
// A right-to-left language the library does not ship.
const addedRtl = registerLocale({ code: 'fa', endonym: 'فارسی', dir: 'rtl', translations: {} });
// Translations a site can get wrong: placeholders that are no value of the message, values left
// out, ids that are no message (Object's own names among them), a value that is not text.
const addedFaulty = registerLocale({
  code: 'sw',
  endonym: 'Kiswahili',
  translations: {
    'skip-link.label': 'Ruka {0}',
    'footer.copyright': 'Kutoka {3}',
    'message.heading-from': '{9}',
    'footer.updated': 'Imesasishwa {0} {0}',
    'nav.menu': 'Menyu',
    ['__proto__']: 'x',
    constructor: 'y',
    toString: 'z',
    'footer.top': 42 as unknown as string,
  },
});

describe('registerLocale (a site’s own language)', () => {
  afterEach(async () => {
    await useLocale('en');
  });

  it('adds the language to the list, after the shipped ones, and resolves its tags', () => {
    expect(added).to.be.true;
    expect(addedRtl).to.be.true;
    expect(LOCALES.slice(-3).map((l) => [l.code, l.endonym, l.dir])).to.deep.equal([
      ['pt', 'Português', 'ltr'],
      ['fa', 'فارسی', 'rtl'],
      ['sw', 'Kiswahili', 'ltr'],
    ]);
    expect(resolveLocale('pt-BR')).to.equal('pt');
    expect(resolveLocale('PT')).to.equal('pt');
  });

  it('translates the elements, with values reordered, html values kept and markup as text', async () => {
    expect(await setLocale('pt-BR')).to.equal('pt');
    const root = await fixture<HTMLDivElement>(
      html`<div>
        <wsis-skip-link target="main"></wsis-skip-link>
        <wsis-nav></wsis-nav>
        <main id="main">
          <wsis-message author="Yoshio Utsumi"><p>Texto.</p></wsis-message>
        </main>
        <wsis-footer
          year="2004"
          last-updated="2004-01-22"
          logo-policy-href="/l"
          privacy-href="/p"
        ></wsis-footer>
      </div>`,
    );
    await settle(root);
    const shadowOf = (tag: string) => root.querySelector(tag)!.shadowRoot!;
    expect(shadowOf('wsis-skip-link').querySelector('a')!.textContent!.trim()).to.equal(
      'Saltar para o conteúdo principal',
    );
    const footer = shadowOf('wsis-footer');
    expect(footer.querySelector('[part~="copyright"]')!.textContent!.trim()).to.equal(
      '2004 © WSIS. Todos os direitos reservados.',
    );
    const updated = footer.querySelector('time')!;
    expect(updated.getAttribute('datetime')).to.equal('2004-01-22');
    expect(updated.parentElement!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      `Atualizado em ${new Intl.DateTimeFormat('pt', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2004, 0, 22)))}`,
    );
    expect(shadowOf('wsis-message').querySelector('[part~="heading"]')!.textContent!.trim()).to.equal(
      'Mensagem de Yoshio Utsumi',
    );
    const menu = Array.from(shadowOf('wsis-nav').querySelectorAll('button span')).find((s) =>
      s.textContent!.includes('Menu'),
    )!;
    expect(menu.textContent!.trim()).to.equal('<b>Menu</b> & mais');
    expect(menu.querySelector('b')).to.be.null;
    // A message the site did not translate falls back to English.
    expect(footer.querySelector('[part~="logo-policy"]')!.textContent!.trim()).to.equal('Logo Policy');
  });

  it('the language switcher offers it, marks it current, with lang and dir', async () => {
    await useLocale('pt');
    const root = await fixture<HTMLDivElement>(
      html`<div>
        <header><wsis-language-switcher href-template="/{locale}/"></wsis-language-switcher></header>
      </div>`,
    );
    await settle(root);
    const shadow = root.querySelector('wsis-language-switcher')!.shadowRoot!;
    const pt = shadow.querySelector('[lang="pt"]') as HTMLElement;
    expect(pt.textContent!.trim()).to.equal('Português');
    expect(shadow.querySelector('[part~="list"] [aria-current]')!.textContent!.trim()).to.equal('Português');
    const fa = shadow.querySelector('[lang="fa"]') as HTMLElement;
    expect(fa.getAttribute('dir') ?? fa.closest('[dir]')!.getAttribute('dir')).to.equal('rtl');
    expect(shadow.querySelector('nav')!.getAttribute('aria-label')).to.equal('Idioma');
    await expectNoAxeViolations(root);
  });

  it('leaves out a translation whose placeholders are not its message’s values, naming the id; the rest works', async () => {
    expect(addedFaulty).to.be.true;
    const { result: root, messages } = await captureConsole(async () => {
      await setLocale('sw');
      const root = await fixture<HTMLDivElement>(
        html`<div>
          <wsis-skip-link target="main"></wsis-skip-link>
          <wsis-nav><a href="/a">A</a></wsis-nav>
          <main id="main">
            <wsis-message author="Yoshio Utsumi"><p>Maandishi.</p></wsis-message>
          </main>
          <wsis-footer
            year="2004"
            last-updated="2004-01-22"
            logo-policy-href="/l"
            privacy-href="/p"
          ></wsis-footer>
        </div>`,
      );
      await settle(root);
      return root;
    });
    expect(messages.map((m) => `${m.level}: ${m.text}`)).to.deep.equal([
      'error: wsis-components registerLocale(): "sw": no message has the id "__proto__", "constructor", "toString"; ignored.',
      'error: wsis-components registerLocale(): "sw": "skip-link.label": {0} is no value of this message (it takes no value); the message shows in English.',
      'error: wsis-components registerLocale(): "sw": "footer.copyright": {3} is no value of this message (its values are {0}, {1}), and it leaves out {0}, {1}; the message shows in English.',
      'error: wsis-components registerLocale(): "sw": "message.heading-from": {9} is no value of this message (its values are {0}), and it leaves out {0}; the message shows in English.',
      'error: wsis-components registerLocale(): "sw": "footer.top": not text but number; the message shows in English.',
    ]);
    const shadow = (tag: string) => root.querySelector(tag)!.shadowRoot!;
    expect(shadow('wsis-skip-link').textContent!.trim()).to.equal('Skip to main content');
    expect(shadow('wsis-footer').querySelector('[part~="copyright"]')!.textContent!.trim()).to.match(
      /^© WSIS, 2004\. All Rights Reserved\.$/,
    );
    expect(shadow('wsis-message').querySelector('h2')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Message from Yoshio Utsumi',
    );
    // The good ones are used: a value twice is allowed, and the rest of the language works.
    expect(shadow('wsis-nav').querySelector('[part~="menu-button"]')!.textContent!.trim()).to.equal('Menyu');
    expect(shadow('wsis-footer').textContent).to.match(/Imesasishwa (\S.*) \1/);
    expect(Object.getPrototypeOf({})).to.equal(Object.prototype);
  });

  it('refuses a shipped code, a bad tag, and a registration after setLocale, naming the code', async () => {
    const { result, messages } = await captureConsole(async () => [
      registerLocale({ code: 'fr', endonym: 'Français', translations: {} }),
      registerLocale({ code: 'not a tag!', endonym: 'X', translations: {} }),
      registerLocale({ code: 'de', endonym: 'Deutsch', translations: {} }),
    ]);
    expect(result).to.deep.equal([false, false, false]);
    expect(messages.map((m) => [m.level, m.text.replace(/;.*/, '')])).to.deep.equal([
      ['error', 'wsis-components registerLocale(): "fr": already a language of the library'],
      ['error', 'wsis-components registerLocale(): "not a tag!": not a BCP 47 language tag'],
      ['error', 'wsis-components registerLocale(): "de": registerLocale() came after setLocale()'],
    ]);
    expect(LOCALES.some((l) => l.code === 'de')).to.be.false;
  });
});
