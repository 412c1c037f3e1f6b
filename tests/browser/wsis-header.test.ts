import { fixture, html, expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/header/wsis-header.js';
import '../../src/components/skip-link/wsis-skip-link.js';
import type { WsisHeader } from '../../src/components/header/wsis-header.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { itInEveryLocale, settle } from './helpers/locales.js';
import { NAMES, logoName } from './names.js';
import { ariaMatches as ariaQuery } from './helpers/aria.js';
import { captureConsole } from './helpers/console.js';
import { deepActiveElement } from './helpers/focus.js';

/**
 * The page without the skip link, which its own test file checks: axe's skip-link detection
 * (isSkipLink) compares document positions, which are "disconnected" across shadow roots, so it
 * takes the skip link for content outside any landmark (rule `region`) once another shadow root
 * holds a link.
 */
const PAGE = { exclude: [['wsis-skip-link']] };

/** A page as a site writes it: skip link, the header with its navigation, then the main content. */
async function page(attrs: { home?: string } = {}) {
  const root = await fixture<HTMLDivElement>(html`
    <div>
      <wsis-skip-link></wsis-skip-link>
      <wsis-header
        home-href=${attrs.home ?? '/'}
        un-href="https://www.un.org/"
        itu-href="https://www.itu.int/"
        language-href-template="/{locale}/index.html"
      >
        <nav slot="navigation" aria-label="Main">
          <a href="/basic/">basic information</a>
          <a href="/geneva/">first phase: Geneva</a>
        </nav>
      </wsis-header>
      <main id="main">
        <h1>Message from the Secretary-General of ITU</h1>
        <p>Text</p>
      </main>
    </div>
  `);
  await settle(root);
  const header = root.querySelector('wsis-header') as WsisHeader;
  return { root, header, shadow: header.shadowRoot! };
}

/** The default role the element keeps in its ElementInternals. */
function internalsRole(el: Element): string | null {
  return (el as unknown as { internals: ElementInternals }).internals.role;
}

describe('wsis-header', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  itInEveryLocale('has no axe violations, the localized title and the institutional line', async (code) => {
    await setViewport({ width: 1024, height: 768 });
    const { shadow } = await page();
    expect(shadow.querySelector('[part~="title"]')!.textContent!.trim()).to.equal(NAMES[code].wsis[0]);
    const logos = Array.from(shadow.querySelectorAll('[part~="institutions"] wsis-logo'));
    const names = logos.map((l) => l.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label'));
    expect(names).to.deep.equal([logoName(code, 'un'), logoName(code, 'itu')]);
    await expectNoAxeViolations(PAGE);
  });

  itInEveryLocale(
    'takes the skip link in its slot: first Tab stop, inside the banner, axe clean with every rule',
    async () => {
      const root = await fixture<HTMLDivElement>(html`
        <div>
          <wsis-header home-href="/" language-href-template="/{locale}/index.html">
            <wsis-skip-link slot="skip-link"></wsis-skip-link>
            <nav slot="navigation" aria-label="Main"><a href="/basic/">basic information</a></nav>
          </wsis-header>
          <main id="main"><h1>Message</h1></main>
        </div>
      `);
      await settle(root);
      const header = root.querySelector('wsis-header')!;
      const skip = root.querySelector('wsis-skip-link')!;
      expect(skip.assignedSlot?.name).to.equal('skip-link');
      // Nothing excluded: inside the banner, the skip link is not "content outside landmarks".
      await expectNoAxeViolations();
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'Tab' });
      const link = skip.shadowRoot!.querySelector('a')!;
      expect(deepActiveElement()).to.equal(link);
      expect(link.getBoundingClientRect().height).to.be.greaterThan(20);
      const headerBox = header.getBoundingClientRect();
      expect(link.getBoundingClientRect().top).to.be.at.least(headerBox.top);
      await sendKeys({ press: 'Enter' });
      expect(deepActiveElement()).to.equal(root.querySelector('main'));
    },
  );

  it('is exactly one banner landmark, by axe and in the accessibility tree', async () => {
    const { header, shadow } = await page();
    // A default role in ElementInternals (the server renders it too); no attribute to override the site's.
    expect(internalsRole(header)).to.equal('banner');
    expect(header.hasAttribute('role')).to.be.false;
    expect(shadow.querySelector('header')).to.be.null;
    await expectNoAxeViolations(PAGE);
    const results = await window.axe.run(document, {
      runOnly: [
        'landmark-no-duplicate-banner',
        'landmark-unique',
        'landmark-banner-is-top-level',
        'landmark-one-main',
      ],
    });
    expect(results.violations.map((v) => v.id)).to.deep.equal([]);
    // axe picks the banner rules' subjects by markup (header, [role=banner]), so for a role held in
    // ElementInternals they are inapplicable: the browser's accessibility tree below is the check.
    // The browser's accessibility tree, shadow roots included: one banner, the host itself.
    expect(await ariaQuery('banner')).to.deep.equal([
      { tag: 'wsis-header', id: null, label: null, inShadow: false },
    ]);
    const navs = await ariaQuery('navigation');
    expect(navs.map((n) => n.label).sort()).to.deep.equal(['Language', 'Main']);
  });

  it('the accessibility-tree check fails for a banner hidden in a shadow root', async () => {
    // Proves the check above can fail: a <header> in a shadow root is a second banner.
    const root = await fixture<HTMLDivElement>(
      html`<div>
        <wsis-header></wsis-header>
        <div id="host"></div>
      </div>`,
    );
    const shadow = root.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.append(document.createElement('header'));
    shadow.firstElementChild!.textContent = 'Second';
    await settle(root);
    const banners = await ariaQuery('banner');
    expect(banners.map((b) => b.tag).sort()).to.deep.equal(['header', 'wsis-header']);
  });

  it('is walked by Tab in reading order, after the skip link that precedes it', async () => {
    await setViewport({ width: 1024, height: 768 });
    await page();
    (document.activeElement as HTMLElement | null)?.blur();
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: 'Tab' });
      const el = deepActiveElement();
      seen.push(`${el?.localName}:${el?.textContent?.trim().replace(/\s+/g, ' ')}`);
    }
    expect(seen).to.deep.equal([
      'a:Skip to main content',
      'a:UNUnited Nations',
      'a:ITUInternational Telecommunication Union',
      'a:العربية',
      'a:中文',
      'a:English',
      'a:Français',
      'a:Русский',
      'a:Español',
      'a:World Summit on the Information Society',
      'a:basic information',
      'a:first phase: Geneva',
    ]);
  });

  it("keeps a role the site set, and does not add a second banner to the site's own", async () => {
    const root = await fixture<HTMLDivElement>(html`
      <div>
        <wsis-header role="banner"></wsis-header>
        <main><h1>WSIS</h1></main>
      </div>
    `);
    await settle(root);
    expect(root.querySelector('wsis-header')!.getAttribute('role')).to.equal('banner');
    const other = await fixture<HTMLElement>(html`<wsis-header role="none"></wsis-header>`);
    expect(other.getAttribute('role')).to.equal('none');
  });

  it("inside the site's own <header>, leaves the banner to it: one banner in the accessibility tree", async () => {
    const root = await fixture<HTMLDivElement>(html`
      <div>
        <header id="site-banner"><wsis-header></wsis-header></header>
        <main><h1>WSIS</h1></main>
      </div>
    `);
    await settle(root);
    const header = root.querySelector('wsis-header')!;
    expect(internalsRole(header)).to.equal(null);
    expect(await ariaQuery('banner')).to.deep.equal([
      { tag: 'header', id: 'site-banner', label: null, inShadow: false },
    ]);
  });

  it('gives up its role inside a site <header>, and takes it again when moved out', async () => {
    const root = await fixture<HTMLDivElement>(html`<div><wsis-header></wsis-header></div>`);
    const header = root.querySelector('wsis-header')!;
    expect(internalsRole(header)).to.equal('banner');
    const siteHeader = document.createElement('header');
    root.append(siteHeader);
    siteHeader.append(header);
    expect(internalsRole(header), 'moved into a <header>: the site has the banner').to.equal(null);
    root.append(header);
    expect(internalsRole(header)).to.equal('banner');
  });

  it('lets the site replace the title through a slot, and links the brand home', async () => {
    const root = await fixture<HTMLDivElement>(html`
      <div>
        <wsis-header home-href="/en/"><span slot="title">WSIS Forum 2025</span></wsis-header>
        <main><h1>WSIS</h1></main>
      </div>
    `);
    await settle(root);
    const shadow = root.querySelector('wsis-header')!.shadowRoot!;
    const slot = shadow.querySelector('slot[name="title"]') as HTMLSlotElement;
    expect(slot.assignedElements()[0].textContent).to.equal('WSIS Forum 2025');
    const brand = shadow.querySelector('a[part~="brand"]') as HTMLAnchorElement;
    expect(brand.getAttribute('href')).to.equal('/en/');
    expect(brand.contains(slot)).to.be.true;
    await expectNoAxeViolations(PAGE);
  });

  it('refuses an unsafe home-href with a warning naming it, and still shows the title', async () => {
    const {
      result: { shadow },
      messages,
    } = await captureConsole(() => page({ home: 'javascript:alert(1)' }));
    expect(shadow.querySelector('a[part~="brand"]')).to.be.null;
    expect(shadow.querySelector('[part~="title"]')!.textContent!.trim()).to.equal(NAMES.en.wsis[0]);
    expect(messages.length).to.equal(1);
    expect(messages[0].level).to.equal('warn');
    expect(messages[0].text).to.match(/^<wsis-header> home-href: refused unsafe URL "javascript:alert\(1\)"/);
  });

  itInEveryLocale(
    'is mirrored by direction: the WSIS logo at the inline start, UN before ITU',
    async (code) => {
      await setViewport({ width: 1024, height: 768 });
      const { shadow } = await page();
      const wsis = shadow.querySelector('wsis-logo[org="wsis"]');
      const title = shadow.querySelector('[part~="title"]')!.getBoundingClientRect();
      // Where the WSIS short form is the full name (Arabic, Chinese), the title is the wordmark, and
      // no box repeats it beside it.
      if (code === 'ar' || code === 'zh-Hans') expect(wsis).to.be.null;
      const brand = (wsis ?? shadow.querySelector('[part~="title"]')!).getBoundingClientRect();
      const un = shadow.querySelector('wsis-logo[org="un"]')!.getBoundingClientRect();
      const itu = shadow.querySelector('wsis-logo[org="itu"]')!.getBoundingClientRect();
      const languages = shadow.querySelector('wsis-language-switcher')!.getBoundingClientRect();
      if (code === 'ar') {
        if (wsis) expect(brand.left, 'logo right of the title').to.be.at.least(title.right - 1);
        expect(un.left, 'UN right of ITU').to.be.at.least(itu.right - 1);
        expect(languages.right, 'languages at the left').to.be.at.most(itu.left + 1);
        expect(brand.right).to.be.greaterThan(document.documentElement.clientWidth - 80);
      } else {
        if (wsis) expect(brand.right, 'logo left of the title').to.be.at.most(title.left + 1);
        expect(un.right, 'UN left of ITU').to.be.at.most(itu.left + 1);
        expect(languages.left, 'languages at the right').to.be.at.least(itu.right - 1);
        expect(brand.left).to.be.lessThan(80);
      }
    },
  );

  itInEveryLocale('has no horizontal scroll at 320 px, with the languages folded and opened', async () => {
    await setViewport({ width: 320, height: 640 });
    const { shadow } = await page();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const switcher = shadow.querySelector('wsis-language-switcher')!;
    const toggle = switcher.shadowRoot!.querySelector('[part~="toggle"]') as HTMLButtonElement;
    expect(getComputedStyle(toggle).display).to.not.equal('none');
    toggle.click();
    await settle(shadow);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const panel = switcher.shadowRoot!.querySelector('[part~="panel"]')!.getBoundingClientRect();
    expect(panel.left).to.be.at.least(0);
    expect(panel.right).to.be.at.most(320);
    await expectNoAxeViolations(PAGE);
  });
});
