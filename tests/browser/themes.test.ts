/**
 * The themes: contrast of every pair of colour tokens used together, measured from the values in
 * src/styles/shared.ts in both themes; the theme switch (theme.css: prefers-color-scheme and
 * data-wsis-theme on any ancestor, across shadow roots); and forced colours, where the browser can
 * emulate them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/components/breadcrumb/wsis-breadcrumb.js';
import '../../src/components/footer/wsis-footer.js';
import '../../src/components/header/wsis-header.js';
import '../../src/components/language-switcher/wsis-language-switcher.js';
import '../../src/components/message/wsis-message.js';
import '../../src/components/nav/wsis-nav.js';
import '../../src/components/privacy-notice/wsis-privacy-notice.js';
import '../../src/components/skip-link/wsis-skip-link.js';
import { memoryConsentStorage } from '../../src/components/privacy-notice/wsis-privacy-notice.js';
import { colourTokens, fallbackValues, sharedTokens, type ColourToken } from './helpers/tokens.js';
import { deepActiveElement } from './helpers/focus.js';

type Rgb = [number, number, number];
type Theme = 'light' | 'dark';
const THEMES: Theme[] = ['light', 'dark'];

/** Any CSS colour as the browser resolves it under a colour scheme (system colours included). */
function resolve(colour: string, scheme: Theme): Rgb {
  const probe = document.createElement('span');
  probe.style.colorScheme = scheme;
  probe.style.color = colour;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return parseRgb(value);
}

function parseRgb(value: string): Rgb {
  const n = value.match(/[\d.]+/g);
  if (!n || n.length < 3) throw new Error(`not an rgb() colour: ${value}`);
  return [Number(n[0]), Number(n[1]), Number(n[2])];
}

/** WCAG 2 relative luminance and contrast ratio. */
function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The pairs the elements' styles actually put together (see each *.styles.ts), with the threshold
 * WCAG sets: 4.5 for text (1.4.3), 3 for borders and bars that mark a state (1.4.11). `page` is the
 * browser's canvas under that scheme: elements without a background of their own sit on it.
 */
const TEXT = ['text', 'text-muted', 'link', 'brand'];
const BACKGROUNDS = ['surface', 'surface-subtle', 'page'];
interface Pair {
  fg: string;
  bg: string;
  min: number;
  what: string;
}
const PAIRS: Pair[] = [
  ...TEXT.flatMap((fg) => BACKGROUNDS.map((bg) => ({ fg, bg, min: 4.5, what: 'text' }))),
  { fg: 'on-brand', bg: 'brand', min: 4.5, what: 'text on the privacy notice buttons' },
  { fg: 'on-brand', bg: 'brand-strong', min: 4.5, what: 'text on a hovered button' },
  { fg: 'focus-text', bg: 'focus', min: 4.5, what: 'the focused skip link' },
  ...BACKGROUNDS.flatMap((bg) => [
    { fg: 'border', bg, min: 3, what: 'rules and borders' },
    { fg: 'brand', bg, min: 3, what: 'accent and current-page bars' },
  ]),
  { fg: 'focus', bg: 'focus-text', min: 3, what: 'the two rings of the focus indicator' },
];
/** The focus indicator is two rings: at least one of them must stand out from what lies around it. */
const FOCUS_AROUND = [...BACKGROUNDS, 'brand'];

interface Measure {
  theme: Theme;
  pair: string;
  ratio: number;
  min: number;
}

/** Every ratio for a token set; `failures` are those below their threshold. */
function measure(list: ColourToken[]): { all: Measure[]; failures: Measure[] } {
  const all: Measure[] = [];
  for (const theme of THEMES) {
    const value = (key: string) => {
      if (key === 'page') return resolve('Canvas', theme);
      const token = list.find((t) => t.name === `--wsis-color-${key}`);
      if (!token) throw new Error(`no token --wsis-color-${key}`);
      return resolve(token[theme], theme);
    };
    for (const { fg, bg, min } of PAIRS) {
      all.push({ theme, pair: `${fg} on ${bg}`, ratio: contrast(value(fg), value(bg)), min });
    }
    for (const bg of FOCUS_AROUND) {
      const ratio = Math.max(contrast(value('focus'), value(bg)), contrast(value('focus-text'), value(bg)));
      all.push({ theme, pair: `focus ring around ${bg}`, ratio, min: 3 });
    }
  }
  return { all, failures: all.filter((m) => m.ratio < m.min) };
}

describe('the shared tokens', () => {
  it('are documented on the base element, all and only those the shared styles read', async () => {
    // Foundations/Tokens lists them from there (each element's Docs page links to it), with the
    // defaults read from the same styles as here.
    const manifest = await (await fetch('/custom-elements.json')).json();
    const base = manifest.modules
      .flatMap((m: { declarations?: { name: string }[] }) => m.declarations ?? [])
      .find((d: { name: string }) => d.name === 'WsisElement');
    const documented = (base.cssProperties as { name: string }[]).map((p) => p.name).sort();
    const read = sharedTokens().map((t) => t.name);
    expect(read.length).to.be.at.least(20);
    expect(documented).to.deep.equal([...read].sort());
  });
});

describe('colour tokens: contrast in both themes', () => {
  const list = colourTokens();

  it('reads every colour token, each with a light and a dark value and what it is for', () => {
    expect(list.map((t) => t.name)).to.include.members([
      '--wsis-color-text',
      '--wsis-color-surface',
      '--wsis-color-border',
      '--wsis-color-brand',
      '--wsis-color-link',
      '--wsis-color-focus',
    ]);
    for (const t of list) {
      expect(t.light, t.name).to.not.equal('');
      expect(t.dark, t.name).to.not.equal('');
      expect(t.use, t.name).to.match(/\w/);
    }
  });

  it('meets 4.5:1 for text and 3:1 for borders and focus indicators, for every pair used together', () => {
    const { all, failures } = measure(list);
    // The table, for the record (the Theming guide's figures come from here).
    console.log(
      `${navigator.userAgent.includes('Firefox') ? 'Firefox' : 'Chromium'} contrast:\n` +
        all.map((m) => `${m.theme}\t${m.pair}\t${m.ratio.toFixed(2)}\t(≥ ${m.min})`).join('\n'),
    );
    expect(failures.map((m) => `${m.theme}: ${m.pair} ${m.ratio.toFixed(2)} < ${m.min}`)).to.deep.equal([]);
    expect(all.length).to.be.greaterThan(40);
  });

  it('fails when a token is too pale (the check can fail)', () => {
    const pale = list.map((t) => (t.name === '--wsis-color-link' ? { ...t, dark: '#3a5a7a' } : t));
    const { failures } = measure(pale);
    expect(failures.map((m) => `${m.theme}: ${m.pair}`)).to.include('dark: link on surface');
  });

  it('gives browsers without light-dark() exactly the light theme', () => {
    const fallback = fallbackValues();
    const themed = list.filter((t) => t.light !== t.dark);
    expect(Object.keys(fallback).sort()).to.deep.equal(themed.map((t) => t.local).sort());
    for (const t of themed) expect(fallback[t.local], t.name).to.equal(t.light);
  });
});

const TEXT_TOKEN = colourTokens().find((t) => t.name === '--wsis-color-text')!;
const textIn = (theme: Theme) => `rgb(${resolve(TEXT_TOKEN[theme], theme).join(', ')})`;

let themeSheet: HTMLLinkElement;
/** Loads the package's page-side stylesheet as a site does, with a <link>. */
async function loadThemeCss() {
  themeSheet = document.createElement('link');
  themeSheet.rel = 'stylesheet';
  themeSheet.href = '/src/styles/theme.css';
  const loaded = new Promise((ok, fail) => {
    themeSheet.onload = ok;
    themeSheet.onerror = fail;
  });
  document.head.append(themeSheet);
  await loaded;
}

describe('theme switch: theme.css, prefers-color-scheme and data-wsis-theme', () => {
  before(loadThemeCss);
  after(() => {
    themeSheet.remove();
    document.documentElement.removeAttribute('data-wsis-theme');
  });
  afterEach(() => document.documentElement.removeAttribute('data-wsis-theme'));

  it('follows data-wsis-theme on <html>', async () => {
    const crumb = await fixture(
      html`<wsis-breadcrumb
        ><ol>
          <li><a href="/">Home</a></li>
        </ol></wsis-breadcrumb
      >`,
    );
    document.documentElement.dataset.wsisTheme = 'dark';
    expect(getComputedStyle(crumb).color).to.equal(textIn('dark'));
    document.documentElement.dataset.wsisTheme = 'light';
    expect(getComputedStyle(crumb).color).to.equal(textIn('light'));
  });

  it('follows a wrapper, both themes side by side, nested, on a host, and into shadow roots of our own elements', async () => {
    const root = await fixture<HTMLDivElement>(html`
      <div>
        <div data-wsis-theme="dark" id="dark">
          <wsis-header></wsis-header>
          <div data-wsis-theme="light">
            <wsis-message id="nested" author="A"><p>Text</p></wsis-message>
          </div>
        </div>
        <div data-wsis-theme="light" id="light"><wsis-header></wsis-header></div>
        <wsis-footer data-wsis-theme="dark" logo-policy-href="/logo" privacy-href="/privacy"></wsis-footer>
      </div>
    `);
    const darkHeader = root.querySelector('#dark wsis-header')!;
    const lightHeader = root.querySelector('#light wsis-header')!;
    expect(getComputedStyle(darkHeader).color).to.equal(textIn('dark'));
    expect(getComputedStyle(lightHeader).color).to.equal(textIn('light'));
    // The switcher the header renders in its own shadow root inherits the scheme.
    const inner = darkHeader.shadowRoot!.querySelector('wsis-language-switcher')!;
    expect(getComputedStyle(inner).color).to.equal(textIn('dark'));
    expect(getComputedStyle(root.querySelector('#nested')!).color).to.equal(textIn('light'));
    expect(getComputedStyle(root.querySelector('wsis-footer')!).color).to.equal(textIn('dark'));
    // The wrapper paints its own canvas, so elements without a background stay readable.
    expect(parseRgb(getComputedStyle(root.querySelector('#dark')!).backgroundColor)).to.deep.equal(
      resolve('Canvas', 'dark'),
    );
  });

  it('follows prefers-color-scheme with no attribute, and stays light without theme.css', async function () {
    try {
      await emulateMedia({ colorScheme: 'dark' });
    } catch {
      // Firefox over WebDriver BiDi: puppeteer cannot emulate prefers-color-scheme there. The
      // attribute tests above drive the same color-scheme path in Firefox.
      this.skip();
    }
    try {
      const crumb = await fixture(
        html`<wsis-breadcrumb
          ><ol>
            <li><a href="/">Home</a></li>
          </ol></wsis-breadcrumb
        >`,
      );
      expect(getComputedStyle(crumb).color).to.equal(textIn('dark'));
      themeSheet.disabled = true;
      expect(getComputedStyle(crumb).color).to.equal(textIn('light'));
    } finally {
      themeSheet.disabled = false;
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});

/** The colour a box is painted on: its own background or the nearest ancestor's, across shadow roots. */
function backgroundBehind(el: Element): Rgb {
  let node: Element | null = el;
  while (node) {
    const bg = getComputedStyle(node).backgroundColor;
    if (!/rgba\(.*, 0\)$|transparent/.test(bg)) return parseRgb(bg);
    node = node.assignedSlot ?? node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return resolve('Canvas', 'light');
}
const px = (value: string) => parseFloat(value);

describe('forced colours (Windows high contrast)', () => {
  before(async function () {
    const emulated = await executeServerCommand('emulate-media-features', [
      { name: 'forced-colors', value: 'active' },
    ]);
    // Firefox: no emulation over WebDriver BiDi; forced colours there need the profile preference
    // browser.display.document_color_use=2 at launch: site/tests/site.test.mjs starts such a Firefox.
    if (!emulated) this.skip();
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });
  after(() => executeServerCommand('emulate-media-features', []));

  it('nav: the current page keeps a bar in a system colour, the other links none', async () => {
    const nav = await fixture(html`
      <wsis-nav>
        <ul>
          <li><a href="/a">A</a></li>
          <li><a href="/b" aria-current="page">B</a></li>
        </ul>
      </wsis-nav>
    `);
    const [other, current] = [...nav.shadowRoot!.querySelectorAll('a.link')];
    const bar = getComputedStyle(current);
    expect(current.getAttribute('aria-current')).to.equal('page');
    expect(px(bar.borderBottomWidth)).to.be.at.least(3);
    expect(contrast(parseRgb(bar.borderBottomColor), backgroundBehind(current))).to.be.at.least(3);
    // The other links' reserved space is painted as the background: no bar.
    expect(
      contrast(parseRgb(getComputedStyle(other).borderBottomColor), backgroundBehind(other)),
    ).to.be.below(1.1);
    expect(bar.fontWeight).to.equal('700');
  });

  it('language switcher: the current language keeps its bar and bold type', async () => {
    const switcher = await fixture(
      html`<wsis-language-switcher href-template="/{locale}/"></wsis-language-switcher>`,
    );
    const links = [...switcher.shadowRoot!.querySelectorAll('a')];
    const current = links.find((a) => a.getAttribute('aria-current') === 'true')!;
    const other = links.find((a) => a !== current)!;
    const bar = getComputedStyle(current);
    expect(contrast(parseRgb(bar.borderBottomColor), backgroundBehind(current))).to.be.at.least(3);
    expect(
      contrast(parseRgb(getComputedStyle(other).borderBottomColor), backgroundBehind(other)),
    ).to.be.below(1.1);
    expect(bar.fontWeight).to.equal('700');
  });

  it('breadcrumb: the current page is bold and not underlined, the links underlined', async () => {
    const crumb = await fixture(html`
      <wsis-breadcrumb>
        <ol>
          <li><a href="/">Home</a></li>
          <li><a href="/here" aria-current="page">Here</a></li>
        </ol>
      </wsis-breadcrumb>
    `);
    const [home, here] = [...crumb.shadowRoot!.querySelectorAll('a')];
    expect(getComputedStyle(here).fontWeight).to.equal('700');
    expect(getComputedStyle(here).textDecorationLine).to.equal('none');
    expect(getComputedStyle(home).textDecorationLine).to.equal('underline');
  });

  it('focus: a focused link shows a solid outline in a system colour that stands out', async () => {
    await fixture(html`
      <div>
        <button id="start">start</button>
        <wsis-breadcrumb
          ><ol>
            <li><a href="/">Home</a></li>
          </ol></wsis-breadcrumb
        >
      </div>
    `);
    (document.getElementById('start') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    const link = deepActiveElement()!;
    expect(link.tagName).to.equal('A');
    const ring = getComputedStyle(link);
    expect(ring.outlineStyle).to.equal('solid');
    expect(px(ring.outlineWidth)).to.be.at.least(2);
    expect(contrast(parseRgb(ring.outlineColor), backgroundBehind(link))).to.be.at.least(3);
  });

  it('borders: the privacy notice, its buttons, the footer and the header keep visible edges', async () => {
    const root = await fixture<HTMLDivElement>(html`
      <div>
        <wsis-privacy-notice .storage=${memoryConsentStorage()} privacy-href="/privacy"></wsis-privacy-notice>
        <wsis-header></wsis-header>
        <wsis-footer logo-policy-href="/logo" privacy-href="/privacy"></wsis-footer>
      </div>
    `);
    const notice = root.querySelector('wsis-privacy-notice')!;
    await (notice as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const region = notice.shadowRoot!.querySelector('.region')!;
    const edges: [string, Element, 'Top' | 'Bottom'][] = [
      ['privacy notice', region, 'Top'],
      ...[...notice.shadowRoot!.querySelectorAll('button.choice')].map(
        (b) => ['button', b, 'Top'] as [string, Element, 'Top'],
      ),
      ['header', root.querySelector('wsis-header')!, 'Bottom'],
      ['footer', root.querySelector('wsis-footer')!, 'Top'],
    ];
    expect(edges.length).to.be.at.least(5);
    for (const [what, el, side] of edges) {
      const style = getComputedStyle(el);
      const around = el.parentElement ?? (el.getRootNode() as ShadowRoot).host;
      expect(px(style.getPropertyValue(`border-${side.toLowerCase()}-width`)), what).to.be.at.least(1);
      const edge = parseRgb(style.getPropertyValue(`border-${side.toLowerCase()}-color`));
      // A border shows against what is outside it (no information carried by a background alone).
      expect(contrast(edge, backgroundBehind(around)), what).to.be.at.least(3);
    }
  });
});
