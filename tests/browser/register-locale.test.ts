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

describe('registerLocale (a site’s own language)', () => {
  afterEach(async () => {
    await useLocale('en');
  });

  it('adds the language to the list, after the shipped ones, and resolves its tags', () => {
    expect(added).to.be.true;
    expect(addedRtl).to.be.true;
    expect(LOCALES.slice(-2).map((l) => [l.code, l.endonym, l.dir])).to.deep.equal([
      ['pt', 'Português', 'ltr'],
      ['fa', 'فارسی', 'rtl'],
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
