/**
 * The README's whole-page example, loaded as a site serves it: the markup is parsed first, and the
 * library is loaded afterwards by module scripts at the end of `<body>`. So every element written in
 * the HTML exists, undefined, when the library registers it, and is upgraded in place, unlike the
 * elements the other tests create after the library is loaded.
 *
 * The markup is read from `/README.md` on the test server (which serves the repository root), so
 * the test and the README cannot drift apart. The README's own script is kept, with its package
 * imports (`wsis-components`, `wsis-components/localization.js`) mapped through `package.json`'s
 * `exports` to the TypeScript sources.
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

export interface ReadmePage {
  iframe: HTMLIFrameElement;
  win: Window;
  doc: Document;
  probe: MarkupProbe;
  l10n: PageLocalization;
  /** The README's page snippet, as fetched. */
  snippet: string;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;

/** The README's ```html block that holds a whole page (the one with `<wsis-header`). */
export async function readmePageSnippet(): Promise<string> {
  const response = await fetch('/README.md');
  if (!response.ok) throw new Error(`GET /README.md: ${response.status}`);
  const readme = await response.text();
  const blocks = Array.from(readme.matchAll(/^```html[^\n]*\n([\s\S]*?)^```/gm), (m) => m[1]);
  const pages = blocks.filter((b) => b.includes('<wsis-header'));
  if (pages.length !== 1) {
    throw new Error(`README.md: expected one \`\`\`html block with <wsis-header>, found ${pages.length}`);
  }
  return pages[0];
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
      throw new Error(`README imports "${specifier}": package.json exports no ./dist/*.js file for it`);
    }
    return `/src/${target.slice('./dist/'.length, -'.js'.length)}.ts`;
  };
}

/** Runs first (module scripts run in document order, after parsing), before any library code. */
const PROBE = `
const found = Array.from(document.querySelectorAll('*')).filter((el) => el.localName.startsWith('wsis-'));
const tags = [...new Set(found.map((el) => el.localName))];
const state = (window.__readmePage = {
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
 * The page's document: the README's markup (its scripts taken out), then at the end of `<body>` the
 * probe and the README's scripts with their imports mapped to the sources. A module script runs
 * after parsing wherever it stands, so moving the README's script changes nothing but its order
 * relative to the probe.
 */
export async function readmePageDocument(snippet: string): Promise<string> {
  const resolve = await sourceModules();
  const scripts: string[] = [];
  for (const [, attributes, body] of snippet.matchAll(SCRIPT)) {
    if (!/\btype=["']?module\b/.test(attributes)) {
      throw new Error(`README page: a script that is not a module would run before the markup is parsed`);
    }
    const mapped = body.replace(
      /(\b(?:import|from)\s*)(['"])(wsis-components(?:\/[^'"]*)?)\2/g,
      (_m, keyword: string, quote: string, specifier: string) =>
        `${keyword}${quote}${resolve(specifier)}${quote}`,
    );
    scripts.push(`<script type="module">${mapped}</script>`);
  }
  const markup = snippet.replace(SCRIPT, '').trim();
  const tail = `<script type="module">${PROBE}</script>\n${scripts.join('\n')}\n`;
  const body = /<\/body>\s*$/.test(markup) ? markup.replace(/<\/body>\s*$/, `${tail}</body>`) : markup + tail;
  return `<!doctype html>
<html lang="en" dir="ltr">
<head><meta charset="utf-8"><title>README page</title></head>
${body}
</html>`;
}

/** Loads the README's page into an iframe and waits until its library is loaded. */
export async function loadReadmePage(): Promise<ReadmePage> {
  const snippet = await readmePageSnippet();
  const iframe = document.createElement('iframe');
  iframe.title = 'README page';
  iframe.style.cssText = 'width: 1280px; height: 900px; border: 0;';
  iframe.srcdoc = await readmePageDocument(snippet);
  const loaded = new Promise<void>((resolve) =>
    iframe.addEventListener('load', () => resolve(), { once: true }),
  );
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as (Window & { __readmePage?: PageState }) | null;
  if (!win) throw new Error('README page: the iframe has no window');
  // The probe's dynamic imports may still be settling after `load`. The README's own script has by
  // then called setLocale(navigator.language); a later setLocale supersedes it, even mid-load.
  await waitUntil(
    () => win.__readmePage?.l10n ?? win.__readmePage?.error,
    'README page: the probe never reported the library loaded',
    { timeout: 15000 },
  );
  if (win.__readmePage!.error) {
    throw new Error(`README page: the library did not load: ${win.__readmePage!.error}`);
  }
  const state = win.__readmePage!;
  return { iframe, win, doc: win.document, probe: state.probe, l10n: state.l10n!, snippet };
}
