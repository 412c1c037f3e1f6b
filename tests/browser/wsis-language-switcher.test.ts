import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/language-switcher/wsis-language-switcher.js';
import type { WsisLanguageSwitcher } from '../../src/components/language-switcher/wsis-language-switcher.js';
import { LOCALES, getLocale } from '../../src/localization.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { LOCALE_STATUS_EVENT } from '@lit/localize';
import { itInEveryLocale, localeReady, settle, useLocale } from './helpers/locales.js';
import { captureConsole } from './helpers/console.js';
import { deepActiveElement } from './helpers/focus.js';

// The switcher offers exactly the library's list of languages (checked in localization.test.ts
// against lit-localize.json), so a language added by CONTRIBUTING.md's recipe is tested here too.
const ENDONYMS: [code: string, endonym: string, dir: string][] = LOCALES.map((l) => [
  l.code,
  l.endonym,
  l.dir,
]);

const LANGUAGE: Record<string, string> = {
  en: 'Language',
  ar: 'اللغة',
  es: 'Idioma',
  fr: 'Langue',
  ru: 'Язык',
  'zh-Hans': '语言',
};

/** A page fragment: the switcher in a banner, then the main content and a link after it. */
async function page(switcher: ReturnType<typeof html>) {
  const root = await fixture<HTMLDivElement>(html`
    <div>
      <header>${switcher}</header>
      <main>
        <h1>WSIS</h1>
        <a id="after" href="#x">After</a>
      </main>
    </div>
  `);
  await settle(root);
  const el = root.querySelector('wsis-language-switcher') as WsisLanguageSwitcher;
  return { root, el, shadow: el.shadowRoot! };
}

function items(shadow: ShadowRoot) {
  return Array.from(shadow.querySelectorAll('[part~="list"] [lang]')) as HTMLElement[];
}

describe('wsis-language-switcher', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  itInEveryLocale(
    'links mode: endonyms with lang, dir, hreflang; the current one marked; no axe violations',
    async (code) => {
      await setViewport({ width: 1024, height: 700 });
      const { shadow } = await page(
        html`<wsis-language-switcher href-template="/{locale}/index.html"></wsis-language-switcher>`,
      );
      const links = Array.from(shadow.querySelectorAll('[part~="list"] a')) as HTMLAnchorElement[];
      expect(links.map((a) => [a.lang, a.textContent!.trim(), a.dir])).to.deep.equal(ENDONYMS);
      for (const a of links) {
        expect(a.getAttribute('hreflang')).to.equal(a.lang);
        expect(a.getAttribute('href')).to.equal(`/${a.lang}/index.html`);
        // Nothing in another language inside a language's own element.
        expect(a.children.length).to.equal(0);
      }
      const current = links.filter((a) => a.getAttribute('aria-current') === 'true');
      expect(current.map((a) => a.lang)).to.deep.equal([code]);
      // A cue that is not colour alone: bold and a bar.
      expect(Number(getComputedStyle(current[0]).fontWeight)).to.be.at.least(700);
      expect(getComputedStyle(current[0]).borderBlockEndStyle).to.equal('solid');
      expect(shadow.querySelector('nav')!.getAttribute('aria-label')).to.equal(LANGUAGE[code]);
      await expectNoAxeViolations();
    },
  );

  itInEveryLocale(
    'in-page mode and the compact button: no axe violations; button names language and "Language"',
    async (code) => {
      const { shadow } = await page(html`<wsis-language-switcher compact></wsis-language-switcher>`);
      const toggle = shadow.querySelector('[part~="toggle"]') as HTMLButtonElement;
      // The current language in its own language, inside a button in the reader's.
      const current = toggle.querySelector('[lang]') as HTMLElement;
      const [, endonym, dir] = ENDONYMS.find(([c]) => c === code)!;
      expect(toggle.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${LANGUAGE[code]} ${endonym}`);
      expect(current.textContent!.trim()).to.equal(endonym);
      expect(current.lang).to.equal(code);
      expect(current.dir).to.equal(dir);
      await expectNoAxeViolations();
      toggle.click();
      await settle(shadow);
      const buttons = Array.from(shadow.querySelectorAll('[part~="list"] button')) as HTMLButtonElement[];
      expect(buttons.map((b) => [b.lang, b.textContent!.trim(), b.dir])).to.deep.equal(ENDONYMS);
      await expectNoAxeViolations();
    },
  );

  for (const [mode, markup] of [
    ['links mode', html`<wsis-language-switcher href-template="/{locale}/"></wsis-language-switcher>`],
    ['in-page mode', html`<wsis-language-switcher></wsis-language-switcher>`],
  ] as const) {
    it(`${mode}: the current language is marked by weight and a bar, never by colour alone`, async () => {
      await setViewport({ width: 1024, height: 700 });
      const { shadow } = await page(markup);
      const all = items(shadow);
      const current = all.find((i) => i.getAttribute('aria-current') === 'true')!;
      const others = all.filter((i) => i !== current);
      expect(current.lang).to.equal(getLocale());
      expect(current.tagName).to.equal(mode === 'links mode' ? 'A' : 'BUTTON');
      const marked = getComputedStyle(current);
      expect(marked.fontWeight, 'bold').to.equal('700');
      expect(marked.textDecorationLine, 'no underline').to.equal('none');
      expect(marked.borderBottomWidth, 'a bar').to.equal('3px');
      expect(marked.borderBottomColor, 'the bar in the text colour').to.equal(marked.color);
      for (const other of others) {
        const plain = getComputedStyle(other);
        expect(plain.fontWeight, `${other.lang}: not bold`).to.equal('400');
        expect(plain.textDecorationLine, `${other.lang}: underlined`).to.equal('underline');
        expect(plain.borderBottomColor, `${other.lang}: no bar`).to.equal('rgba(0, 0, 0, 0)');
      }
    });
  }

  it('in-page mode: fires a cancelable wsis-locale-change, then switches the locale', async () => {
    const { el, shadow } = await page(html`<wsis-language-switcher></wsis-language-switcher>`);
    try {
      const fr = items(shadow).find((b) => b.lang === 'fr') as HTMLButtonElement;
      expect(fr.tagName).to.equal('BUTTON');
      const heard = oneEvent(document, 'wsis-locale-change');
      const ready = localeReady('fr');
      fr.click();
      const event = await heard;
      expect(event.detail).to.deep.equal({ locale: 'fr' });
      expect(event.bubbles && event.composed && event.cancelable).to.be.true;
      await ready;
      await settle(el.parentNode!);
      expect(getLocale()).to.equal('fr');
      expect(shadow.querySelector('nav')!.getAttribute('aria-label')).to.equal('Langue');
      expect(
        items(shadow)
          .find((b) => b.lang === 'fr')!
          .getAttribute('aria-current'),
      ).to.equal('true');
    } finally {
      await useLocale('en');
    }
  });

  it('in-page mode: the buttons are there after the first update, with no second update scheduled', async () => {
    const el = document.createElement('wsis-language-switcher');
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(items(el.shadowRoot!).map((b) => b.tagName)).to.deep.equal(LOCALES.map(() => 'BUTTON'));
      expect(el.isUpdatePending).to.be.false;
    } finally {
      el.remove();
    }
  });

  it("site's links added later replace the in-page buttons, and removed again bring them back", async () => {
    const { el, shadow } = await page(html`<wsis-language-switcher></wsis-language-switcher>`);
    expect(items(shadow)).to.have.length(LOCALES.length);
    const link = document.createElement('a');
    link.href = '/fr/';
    link.hreflang = 'fr';
    link.textContent = 'Français';
    el.append(link);
    await new Promise((resolve) =>
      shadow.querySelector('slot')!.addEventListener('slotchange', resolve, { once: true }),
    );
    await settle(el.parentNode!);
    expect(shadow.querySelector('[part~="list"]')).to.be.null;
    expect(shadow.querySelector('slot')!.hidden).to.be.false;
    expect(link.lang).to.equal('fr');
    link.remove();
    await new Promise((resolve) =>
      shadow.querySelector('slot')!.addEventListener('slotchange', resolve, { once: true }),
    );
    await settle(el.parentNode!);
    expect(items(shadow)).to.have.length(LOCALES.length);
  });

  it('in-page mode: a prevented wsis-locale-change leaves the locale alone', async () => {
    const { el, shadow } = await page(html`<wsis-language-switcher></wsis-language-switcher>`);
    const button = (code: string) => items(shadow).find((b) => b.lang === code) as HTMLButtonElement;
    // The site prevents Russian only; every locale change lit-localize starts is recorded.
    const chosen: string[] = [];
    const onChoice = (e: CustomEvent<{ locale: string }>) => {
      chosen.push(e.detail.locale);
      if (e.detail.locale === 'ru') e.preventDefault();
    };
    const started: string[] = [];
    const onStatus = (e: WindowEventMap[typeof LOCALE_STATUS_EVENT]) => {
      if (e.detail.status === 'loading') started.push(e.detail.loadingLocale);
    };
    el.addEventListener('wsis-locale-change', onChoice);
    window.addEventListener(LOCALE_STATUS_EVENT, onStatus);
    try {
      expect(getLocale()).to.equal('en');
      button('ru').click();
      // Then an allowed choice: once it is done, a change the prevented one had started would show.
      const ready = localeReady('fr');
      button('fr').click();
      await ready;
      await settle(el.parentNode!);
      expect(chosen).to.deep.equal(['ru', 'fr']);
      expect(started).to.deep.equal(['fr']);
      expect(getLocale()).to.equal('fr');
      expect(button('ru').hasAttribute('aria-current')).to.be.false;
      expect(button('fr').getAttribute('aria-current')).to.equal('true');
    } finally {
      el.removeEventListener('wsis-locale-change', onChoice);
      window.removeEventListener(LOCALE_STATUS_EVENT, onStatus);
      await useLocale('en');
    }
  });

  it("uses the site's own links, marks the current one and fills lang and dir from hreflang", async () => {
    await useLocale('ar');
    try {
      const { el, shadow } = await page(html`
        <wsis-language-switcher>
          <a href="/ar/" hreflang="ar">العربية</a>
          <a href="/en/" hreflang="en" lang="en">English</a>
        </wsis-language-switcher>
      `);
      expect(shadow.querySelector('[part~="list"]')).to.be.null;
      const [ar, en] = Array.from(el.querySelectorAll('a'));
      expect(ar.getAttribute('aria-current')).to.equal('true');
      expect(ar.lang).to.equal('ar');
      expect(ar.dir).to.equal('rtl');
      expect(en.hasAttribute('aria-current')).to.be.false;
      expect(Number(getComputedStyle(ar).fontWeight)).to.be.at.least(700);
      await expectNoAxeViolations();
      // A list of links works too.
      const list = await fixture<WsisLanguageSwitcher>(html`
        <wsis-language-switcher>
          <ul>
            <li><a href="/ar/" hreflang="ar">العربية</a></li>
            <li><a href="/fr/" hreflang="fr">Français</a></li>
          </ul>
        </wsis-language-switcher>
      `);
      await settle(list);
      expect(list.querySelector('a[hreflang="ar"]')!.getAttribute('aria-current')).to.equal('true');
      expect(list.querySelector('a[hreflang="fr"]')!.getAttribute('lang')).to.equal('fr');
    } finally {
      await useLocale('en');
    }
  });

  it('warns when the template has no {locale}, and still renders the links', async () => {
    const {
      result: { shadow },
      messages,
    } = await captureConsole(() =>
      page(html`<wsis-language-switcher href-template="/index.html"></wsis-language-switcher>`),
    );
    expect(messages.length).to.equal(1);
    expect(messages[0].level).to.equal('warn');
    expect(messages[0].text).to.match(
      /^<wsis-language-switcher> href-template="\/index.html": no \{locale\} placeholder/,
    );
    expect(shadow.querySelectorAll('[part~="list"] a').length).to.equal(6);
  });

  it('refuses an unsafe template: no links, the names as text, a warning', async () => {
    const {
      result: { shadow },
      messages,
    } = await captureConsole(() =>
      page(html`<wsis-language-switcher href-template="javascript:go('{locale}')"></wsis-language-switcher>`),
    );
    expect(shadow.querySelectorAll('a').length).to.equal(0);
    expect(items(shadow).map((s) => s.textContent!.trim())).to.deep.equal(ENDONYMS.map(([, e]) => e));
    // One warning for the template, not one a language.
    expect(messages.length).to.equal(1);
    expect(messages[0].level).to.equal('warn');
    expect(messages[0].text).to.match(
      /^<wsis-language-switcher> href-template: refused unsafe URL "javascript:go\('\{locale\}'\)"/,
    );
  });

  it('compact form by keyboard: open, move, Escape closes and returns focus, Tab is never trapped', async () => {
    const { shadow, root } = await page(
      html`<wsis-language-switcher compact href-template="/{locale}/"></wsis-language-switcher>`,
    );
    const toggle = shadow.querySelector('[part~="toggle"]') as HTMLButtonElement;
    const panel = shadow.querySelector('[part~="panel"]') as HTMLElement;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle(panel).display).to.equal('none');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await settle(shadow);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(panel).display).to.not.equal('none');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()!.textContent!.trim()).to.equal('العربية');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()!.textContent!.trim()).to.equal('中文');
    await sendKeys({ press: 'Escape' });
    await settle(shadow);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(deepActiveElement()).to.equal(toggle);
    // Space opens it too; Tab through all six and out: focus leaves and the panel closes.
    await sendKeys({ press: ' ' });
    await settle(shadow);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    for (let i = 0; i < 7; i++) await sendKeys({ press: 'Tab' });
    await settle(shadow);
    expect(deepActiveElement()).to.equal(root.querySelector('#after'));
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('in-page compact form: choosing a language closes the panel and returns focus to the button', async () => {
    const { root, shadow } = await page(html`<wsis-language-switcher compact></wsis-language-switcher>`);
    try {
      const toggle = shadow.querySelector('[part~="toggle"]') as HTMLButtonElement;
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await settle(shadow);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()!.textContent!.trim()).to.equal('中文');
      const ready = localeReady('zh-Hans');
      await sendKeys({ press: 'Enter' });
      await ready;
      await settle(root);
      expect(getLocale()).to.equal('zh-Hans');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(deepActiveElement()).to.equal(toggle);
      expect(toggle.querySelector('[lang]')!.textContent!.trim()).to.equal('中文');
    } finally {
      await useLocale('en');
    }
  });

  it('closes on a click outside', async () => {
    const { shadow, root } = await page(html`<wsis-language-switcher compact></wsis-language-switcher>`);
    const toggle = shadow.querySelector('[part~="toggle"]') as HTMLButtonElement;
    toggle.click();
    await settle(shadow);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    root.querySelector('h1')!.click();
    await settle(shadow);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('is compact on a narrow screen and a plain list on a wide one', async () => {
    const { shadow } = await page(html`<wsis-language-switcher></wsis-language-switcher>`);
    const toggle = shadow.querySelector('[part~="toggle"]') as HTMLButtonElement;
    await setViewport({ width: 1024, height: 700 });
    expect(getComputedStyle(toggle).display).to.equal('none');
    expect(getComputedStyle(shadow.querySelector('[part~="panel"]')!).display).to.not.equal('none');
    await setViewport({ width: 320, height: 640 });
    expect(getComputedStyle(toggle).display).to.not.equal('none');
    expect(getComputedStyle(shadow.querySelector('[part~="panel"]')!).display).to.equal('none');
  });

  itInEveryLocale('no horizontal scroll at 320 px, closed and open', async () => {
    await setViewport({ width: 320, height: 640 });
    const { shadow } = await page(html`<wsis-language-switcher></wsis-language-switcher>`);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    (shadow.querySelector('[part~="toggle"]') as HTMLButtonElement).click();
    await settle(shadow);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    // Overflow towards the inline start would not scroll but would be cut off: check the box.
    const panel = shadow.querySelector('[part~="panel"]')!.getBoundingClientRect();
    expect(panel.width).to.be.greaterThan(100);
    expect(panel.left).to.be.at.least(0);
    expect(panel.right).to.be.at.most(320);
  });
});
