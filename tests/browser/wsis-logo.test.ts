import { fixture, html, expect } from '@open-wc/testing';
import '../../src/components/logo/wsis-logo.js';
import type { WsisLogo } from '../../src/components/logo/wsis-logo.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { itInEveryLocale, settle, useLocale } from './helpers/locales.js';
import { NAMES, logoName } from './names.js';
import { captureConsole } from './helpers/console.js';

const ORGS = ['un', 'itu', 'wsis'] as const;

/** The three logos as a page shows them: linked, in a banner above the main content. */
async function page() {
  const root = await fixture<HTMLDivElement>(html`
    <div>
      <header>
        <wsis-logo org="un" href="https://www.un.org/"></wsis-logo>
        <wsis-logo org="itu" href="https://www.itu.int/"></wsis-logo>
        <wsis-logo org="wsis"></wsis-logo>
      </header>
      <main><h1>WSIS</h1></main>
    </div>
  `);
  await settle(root);
  return root;
}

function parts(logo: WsisLogo) {
  const root = logo.shadowRoot!;
  return {
    img: root.querySelector('[role="img"]') as HTMLElement | null,
    wordmark: root.querySelector('[part~="wordmark"]') as HTMLElement | null,
    link: root.querySelector('a'),
    mark: root.querySelector('[part~="mark"]') as HTMLElement | null,
  };
}

describe('wsis-logo', () => {
  itInEveryLocale(
    'reads as the name: the official short form in its box, the full name beside it, both in the accessible name',
    async (code) => {
      const root = await page();
      for (const org of ORGS) {
        const logo = root.querySelector(`wsis-logo[org="${org}"]`) as WsisLogo;
        const { img, wordmark, mark } = parts(logo);
        const [full, short] = NAMES[code][org];
        expect(img!.getAttribute('aria-label'), `${org} name`).to.equal(logoName(code, org));
        expect(img!.getAttribute('aria-label'), `${org} name holds the official name`).to.contain(full);
        expect(img!.getAttribute('aria-label'), `${org} name holds the visible text`).to.contain(short);
        // The mark is text set by the element, in the page's language, not a drawing.
        expect(mark!.textContent!.trim(), `${org} mark`).to.equal(short);
        expect(mark!.getAttribute('aria-hidden')).to.equal('true');
        expect(logo.shadowRoot!.querySelector('svg'), `${org} draws no icon`).to.be.null;
        // Where the short form is the full name (联合国, الأمم المتحدة), the box holds it alone.
        if (full === short) expect(wordmark, `${org} wordmark`).to.be.null;
        else {
          expect(wordmark!.textContent!.trim(), `${org} wordmark`).to.equal(full);
          expect(wordmark!.getAttribute('aria-hidden')).to.equal('true');
        }
      }
      await expectNoAxeViolations();
    },
  );

  it('is a link to the organisation with the official name as its name', async () => {
    const root = await page();
    const { link, img } = parts(root.querySelector('wsis-logo[org="itu"]')!);
    expect(link!.getAttribute('href')).to.equal('https://www.itu.int/');
    expect(link!.contains(img)).to.be.true;
    expect(link!.hasAttribute('tabindex')).to.be.false;
  });

  it('hides a decorative logo from assistive technology and takes a linked one out of the tab order', async () => {
    const root = await fixture<HTMLDivElement>(html`
      <div>
        <wsis-logo org="wsis" decorative></wsis-logo>
        <wsis-logo org="itu" decorative href="/"></wsis-logo>
      </div>
    `);
    await settle(root);
    const [plain, linked] = Array.from(root.querySelectorAll('wsis-logo'));
    expect(plain.shadowRoot!.querySelector('[role="img"]')).to.be.null;
    expect(plain.shadowRoot!.querySelector('[aria-hidden="true"]')).to.exist;
    const link = linked.shadowRoot!.querySelector('a')!;
    expect(link.getAttribute('aria-hidden')).to.equal('true');
    expect(link.getAttribute('tabindex')).to.equal('-1');
  });

  it('shows the mark only with mark-only, named with its visible short form', async () => {
    const logo = await fixture<WsisLogo>(html`<wsis-logo org="wsis" mark-only></wsis-logo>`);
    const { wordmark, img, mark } = parts(logo);
    expect(wordmark).to.be.null;
    expect(mark!.textContent!.trim()).to.equal('WSIS');
    expect(img!.getAttribute('aria-label')).to.equal(logoName('en', 'wsis'));
  });

  it('draws its box and letters in currentColor', async () => {
    const logo = await fixture<WsisLogo>(html`<wsis-logo org="un"></wsis-logo>`);
    logo.style.color = 'rgb(200, 0, 0)';
    const { mark, wordmark } = parts(logo);
    const style = getComputedStyle(mark!);
    expect(style.color).to.equal('rgb(200, 0, 0)');
    expect(style.borderBlockStartColor).to.equal('rgb(200, 0, 0)');
    expect(style.borderBlockStartStyle).to.equal('solid');
    expect(getComputedStyle(wordmark!).color).to.equal('rgb(200, 0, 0)');
  });

  it('grows with size and keeps clear space around the mark', async () => {
    const root = await fixture<HTMLDivElement>(html`
      <div>
        <wsis-logo org="wsis" size="small"></wsis-logo>
        <wsis-logo org="wsis" size="large"></wsis-logo>
      </div>
    `);
    await settle(root);
    const [small, large] = Array.from(root.querySelectorAll('wsis-logo')).map((l) => parts(l).mark!);
    expect(large.getBoundingClientRect().height).to.be.greaterThan(
      small.getBoundingClientRect().height * 1.5,
    );
    const box = large.closest('[part~="logo"]') as HTMLElement;
    expect(parseFloat(getComputedStyle(box).paddingInlineStart)).to.be.greaterThan(0);
  });

  it('shows site artwork for the current locale, named by the official name, with src as fallback', async () => {
    const logo = await fixture<WsisLogo>(html`<wsis-logo org="itu" src="/img/itu.svg"></wsis-logo>`);
    logo.sources = { fr: '/img/uit.svg', 'zh-CN': '/img/itu-zh.svg' };
    await logo.updateComplete;
    let img = logo.shadowRoot!.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal('/img/itu.svg');
    expect(img.alt).to.equal(NAMES.en.itu[0]);
    try {
      await useLocale('fr');
      await settle(logo.parentNode!);
      img = logo.shadowRoot!.querySelector('img')!;
      expect(img.getAttribute('src')).to.equal('/img/uit.svg');
      expect(img.alt).to.equal(NAMES.fr.itu[0]);
      await useLocale('zh-Hans');
      await settle(logo.parentNode!);
      expect(logo.shadowRoot!.querySelector('img')!.getAttribute('src')).to.equal('/img/itu-zh.svg');
      await useLocale('ru');
      await settle(logo.parentNode!);
      expect(logo.shadowRoot!.querySelector('img')!.getAttribute('src')).to.equal('/img/itu.svg');
    } finally {
      await useLocale('en');
    }
  });

  it('reads per-locale sources from a JSON attribute; a decorative image has an empty alt', async () => {
    const logo = await fixture<WsisLogo>(
      html`<wsis-logo org="un" decorative sources='{"en":"/img/un-en.svg"}'></wsis-logo>`,
    );
    const img = logo.shadowRoot!.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal('/img/un-en.svg');
    expect(img.getAttribute('alt')).to.equal('');
  });

  it('refuses unsafe URLs with a warning naming the attribute, and falls back to its own mark', async () => {
    const { result: logo, messages } = await captureConsole(async () => {
      const el = await fixture<WsisLogo>(
        html`<wsis-logo org="un" src="javascript:alert(1)" href="javascript:alert(2)"></wsis-logo>`,
      );
      // A second render must not warn again.
      el.requestUpdate();
      await el.updateComplete;
      return el;
    });
    expect(logo.shadowRoot!.querySelector('img')).to.be.null;
    expect(logo.shadowRoot!.querySelector('a')).to.be.null;
    expect(parts(logo).img).to.exist;
    expect(messages.map((m) => m.level)).to.deep.equal(['warn', 'warn']);
    const texts = messages.map((m) => m.text).sort();
    expect(texts[0]).to.match(/^<wsis-logo> href: refused unsafe URL "javascript:alert\(2\)"/);
    expect(texts[1]).to.match(/^<wsis-logo> src: refused unsafe URL "javascript:alert\(1\)"/);
  });

  it('reports malformed sources as an error (nothing is shown from them) and keeps rendering', async () => {
    const { result: logo, messages } = await captureConsole(() =>
      fixture<WsisLogo>(html`<wsis-logo org="wsis" sources="{fr:"></wsis-logo>`),
    );
    expect(messages.length).to.equal(1);
    expect(messages[0].level).to.equal('error');
    expect(messages[0].text).to.match(
      /^<wsis-logo> sources="\{fr:": not a JSON object of locale codes and URLs/,
    );
    expect(parts(logo).img).to.exist;
  });

  it('warns about an unknown size and shows the medium one', async () => {
    const { result: logo, messages } = await captureConsole(() =>
      fixture<WsisLogo>(html`<wsis-logo org="un" size="huge"></wsis-logo>`),
    );
    expect(messages.length).to.equal(1);
    expect(messages[0].level).to.equal('warn');
    expect(messages[0].text).to.match(/^<wsis-logo> size="huge": use "small", "medium" or "large"/);
    const medium = await fixture<WsisLogo>(html`<wsis-logo org="un"></wsis-logo>`);
    expect(parts(logo).mark!.getBoundingClientRect().height).to.equal(
      parts(medium).mark!.getBoundingClientRect().height,
    );
  });

  it('gives a console error naming an unknown org and renders nothing, without throwing', async () => {
    const { result: logo, messages } = await captureConsole(() =>
      fixture<WsisLogo>(html`<wsis-logo org="unesco"></wsis-logo>`),
    );
    expect(messages.length).to.equal(1);
    expect(messages[0].level).to.equal('error');
    expect(messages[0].text).to.match(/^<wsis-logo> org="unesco": unknown organisation/);
    expect(logo.shadowRoot!.children.length).to.equal(0);
    expect(logo.getBoundingClientRect().width).to.equal(0);
    const missing = await captureConsole(() => fixture(html`<wsis-logo></wsis-logo>`));
    expect(missing.messages.length).to.equal(1);
    expect(missing.messages[0].level).to.equal('error');
    expect(missing.messages[0].text).to.match(/^<wsis-logo> org: missing; use "un", "itu" or "wsis"/);
  });
});
