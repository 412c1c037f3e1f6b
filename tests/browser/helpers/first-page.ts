/**
 * The first page of the README and of the Getting started guide, loaded as a site serves it: the
 * markup is parsed first, and the library is loaded afterwards by module scripts at the end of
 * `<body>`. So every element written in the HTML exists, undefined, when the library registers it,
 * and is upgraded in place, unlike the elements the other tests create after the library is loaded.
 *
 * The page and its script are the snippet files the README and the guide show
 * (stories/guides/snippets/page.html and locale-from-html.mjs, fetched from the test server, which
 * serves the repository root), so the test and the docs cannot drift apart. The script's package
 * imports (`wsis-components`, `wsis-components/localization.js`) are mapped through
 * `package.json`'s `exports` to the TypeScript sources.
 */
import { waitUntil } from '@open-wc/testing';

/** The iframe window's localization API: the library's own module, as loaded in that page. */
export interface PageLocalization {
  setLocale(tag: string): Promise<string>;
  getLocale(): string;
}

/** What the probe script saw when it began, before any of the library's code had run. */
export interface MarkupProbe {
  /** `document.readyState` then: `interactive` once the parser has finished the document. */
  readyState: string;
  /** Each `wsis-*` tag in the markup: how many of them the document held. */
  counts: Record<string, number>;
  /** Each `wsis-*` tag in the markup: whether it was already a defined custom element. */
  defined: Record<string, boolean>;
  /** A copy of each `wsis-*` element as written (attributes and children), in document order. */
  originals: Element[];
}

interface PageState {
  probe: MarkupProbe;
  l10n?: PageLocalization;
  error?: string;
}

export interface FirstPage {
  iframe: HTMLIFrameElement;
  win: Window;
  doc: Document;
  probe: MarkupProbe;
  l10n: PageLocalization;
  /** The page with its script inline, as loaded. */
  snippet: string;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;

// As written (the test server would rewrite the imports of a .mjs file it serves as a module).
const SNIPPETS = '/raw/stories/guides/snippets';
const fetchText = async (path: string) => {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return response.text();
};

/** page.html with its `<script src>` replaced by the script it loads, locale-from-html.mjs. */
export async function firstPageSnippet(): Promise<string> {
  const [page, script] = await Promise.all([
    fetchText(`${SNIPPETS}/page.html`),
    fetchText(`${SNIPPETS}/locale-from-html.mjs`),
  ]);
  const tag = /<script type="module" src="[^"]+"><\/script>/;
  if (!tag.test(page)) throw new Error('page.html: no <script type="module" src> at the end of <body>');
  return page.replace(tag, () => `<script type="module">\n${script}</script>`);
}

/** `wsis-components` and `wsis-components/<entry>` → the source module its `exports` entry is built from. */
export async function sourceModules(): Promise<(specifier: string) => string> {
  const pkg = (await (await fetch('/package.json')).json()) as {
    name: string;
    exports: Record<string, string | { default?: string }>;
  };
  return (specifier) => {
    const subpath = specifier === pkg.name ? '.' : `.${specifier.slice(pkg.name.length)}`;
    const entry = pkg.exports[subpath];
    const target = typeof entry === 'string' ? entry : entry?.default;
    if (!target?.startsWith('./dist/') || !target.endsWith('.js')) {
      throw new Error(`The page imports "${specifier}": package.json exports no ./dist/*.js file for it`);
    }
    return `/src/${target.slice('./dist/'.length, -'.js'.length)}.ts`;
  };
}

/** Runs first (module scripts run in document order, after parsing), before any library code. */
const PROBE = `
const found = Array.from(document.querySelectorAll('*')).filter((el) => el.localName.startsWith('wsis-'));
const tags = [...new Set(found.map((el) => el.localName))];
const state = (window.__firstPage = {
  probe: {
    readyState: document.readyState,
    counts: Object.fromEntries(tags.map((t) => [t, document.querySelectorAll(t).length])),
    defined: Object.fromEntries(tags.map((t) => [t, customElements.get(t) !== undefined])),
    originals: found.map((el) => el.cloneNode(true)),
  },
});
try {
  const [, l10n] = await Promise.all([import('/src/index.ts'), import('/src/localization.ts')]);
  state.l10n = l10n;
} catch (error) {
  state.error = String(error);
}
`;

/**
 * The page's document: its markup (its scripts taken out), then at the end of `<body>` the probe and
 * the page's scripts with their imports mapped to the sources. A module script runs after parsing
 * wherever it stands, so moving the page's script changes nothing but its order relative to the
 * probe.
 */
export async function firstPageDocument(snippet: string): Promise<string> {
  const resolve = await sourceModules();
  const scripts: string[] = [];
  for (const [, attributes, body] of snippet.matchAll(SCRIPT)) {
    if (!/\btype=["']?module\b/.test(attributes)) {
      throw new Error(`first page: a script that is not a module would run before the markup is parsed`);
    }
    const mapped = body.replace(
      /(\b(?:import|from)\s*\(?\s*)(['"])(wsis-components(?:\/[^'"]*)?)\2/g,
      (_m, keyword: string, quote: string, specifier: string) =>
        `${keyword}${quote}${resolve(specifier)}${quote}`,
    );
    scripts.push(`<script type="module">${mapped}</script>`);
  }
  const markup = snippet.replace(SCRIPT, '').trim();
  const tail = `<script type="module">${PROBE}</script>\n${scripts.join('\n')}\n`;
  if (!markup.includes('</body>')) throw new Error('first page: no </body>');
  return markup.replace('</body>', () => `${tail}</body>`);
}

/** Loads the first page into an iframe and waits until its library is loaded. */
export async function loadFirstPage(): Promise<FirstPage> {
  const snippet = await firstPageSnippet();
  const iframe = document.createElement('iframe');
  iframe.title = 'First page';
  iframe.style.cssText = 'width: 1280px; height: 900px; border: 0;';
  iframe.srcdoc = await firstPageDocument(snippet);
  const loaded = new Promise<void>((resolve) =>
    iframe.addEventListener('load', () => resolve(), { once: true }),
  );
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as (Window & { __firstPage?: PageState }) | null;
  if (!win) throw new Error('first page: the iframe has no window');
  // The probe's dynamic imports may still be settling after `load`. The page's own script has by
  // then called setLocale(<html lang>); a later setLocale supersedes it, even mid-load.
  await waitUntil(
    () => win.__firstPage?.l10n ?? win.__firstPage?.error,
    'first page: the probe never reported the library loaded',
    { timeout: 15000 },
  );
  if (win.__firstPage!.error) {
    throw new Error(`first page: the library did not load: ${win.__firstPage!.error}`);
  }
  const state = win.__firstPage!;
  return { iframe, win, doc: win.document, probe: state.probe, l10n: state.l10n!, snippet };
}
