// Storybook's pseudo-locales (en-XA, ar-XB) are for its toolbar and the story sweep: registered here
// from the very module and in the very way .storybook/preview.ts registers them, they switch every
// element, and still no language switcher lists them (the header's own, links, in-page, compact), nor
// does a message's "Also available in". A language a test asks to be listed is listed, so the check
// can fail.
import { fixture, html, expect } from '@open-wc/testing';
import pseudoLocales from 'virtual:wsis-pseudo-locales';
import '../../src/index.js';
import { LOCALES, registerLocale, resolveLocale } from '../../src/localization.js';
import { settle, useLocale } from './helpers/locales.js';

// Module level, before any setLocale, as Storybook's preview does.
for (const pseudo of pseudoLocales) registerLocale(pseudo);
// A test that asks for a pseudo-locale in the switchers: the same data, listed.
const asked = { ...pseudoLocales[0]!, code: 'en-XC', endonym: 'Pseudo, listed', listed: true };
registerLocale(asked);

const PSEUDO_CODES = pseudoLocales.map((p) => p.code);
const PSEUDO_NAMES = pseudoLocales.map((p) => p.endonym);

/** What every language switcher and "Also available in" list under `root` offers: [code, name] pairs. */
function offered(root: ParentNode): [string, string][] {
  const out: [string, string][] = [];
  const visit = (node: ParentNode) => {
    for (const el of Array.from(node.querySelectorAll('*'))) {
      if (el.shadowRoot) visit(el.shadowRoot);
    }
    for (const item of Array.from(node.querySelectorAll('[part~="list"] [lang], .translations li [lang]')))
      out.push([item.getAttribute('lang')!, item.textContent!.trim()]);
  };
  visit(root);
  return out;
}

async function page() {
  const translations = JSON.stringify(
    Object.fromEntries(['fr', 'ar', 'en-XA', 'ar-XB', 'en-XC'].map((c) => [c, `/${c}/message.html`])),
  );
  const root = await fixture<HTMLDivElement>(
    html`<div>
      <wsis-header language-href-template="/{locale}/"></wsis-header>
      <wsis-language-switcher href-template="/{locale}/index.html"></wsis-language-switcher>
      <wsis-language-switcher></wsis-language-switcher>
      <wsis-language-switcher compact></wsis-language-switcher>
      <wsis-message author="Yoshio Utsumi" translations=${translations}><p>Text.</p></wsis-message>
    </div>`,
  );
  await settle(root);
  return root;
}

describe('pseudo-locales', () => {
  afterEach(async () => {
    await useLocale('en');
  });

  it('are registered from the module Storybook builds, unlisted, and setLocale switches to them', async () => {
    expect(PSEUDO_CODES).to.deep.equal(['en-XA', 'ar-XB']);
    for (const code of PSEUDO_CODES) {
      expect(resolveLocale(code)).to.equal(code);
      expect(LOCALES.find((l) => l.code === code)?.listed).to.equal(false);
    }
    await useLocale('en-XA');
    const root = await page();
    // The elements speak the pseudo-locale: the skip link's label, in brackets and accented.
    const label = root
      .querySelector('wsis-header')!
      .shadowRoot!.querySelector('wsis-language-switcher')!
      .shadowRoot!.querySelector('nav')!
      .getAttribute('aria-label');
    expect(label).to.match(/^\[.*\]$/);
  });

  for (const code of ['en', 'ar', 'en-XA', 'ar-XB']) {
    it(`no language switcher lists them, nor "Also available in", in ${code}`, async () => {
      await useLocale(code);
      const root = await page();
      const items = offered(root);
      // Four switchers of six languages, and the message's other languages.
      expect(items.length).to.be.at.least(24);
      for (const [lang, name] of items) {
        expect(PSEUDO_CODES, `${lang} "${name}"`).to.not.include(lang);
        expect(PSEUDO_NAMES, `${lang} "${name}"`).to.not.include(name);
      }
      // What a test asked for is listed: the check sees a listed pseudo-locale.
      expect(items.filter(([lang]) => lang === asked.code).length).to.be.at.least(3);
    });
  }
});
