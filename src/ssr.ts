/**
 * Server rendering for sites (`wsis-components/ssr`, Node only): renders a page's template with our
 * elements in one locale, with that locale's messages in the HTML, and names the scripts a page
 * loads, in the order hydration needs.
 *
 * Renders are serialized. `@lit/localize` keeps one runtime locale for the whole process and
 * `msg()` reads it while the template renders, so two renders in different locales running at once
 * would mix their languages. Each call here waits for the previous one to finish (locale set,
 * template rendered and collected to a string) before it sets its own locale.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { localeDir, setLocale, type WsisLocaleCode } from './localization.js';
import './index.js';

/** What `renderInLocale` gives back: the HTML and the locale actually used (with its direction). */
export interface WsisRenderResult {
  readonly html: string;
  readonly locale: WsisLocaleCode;
  readonly dir: 'ltr' | 'rtl';
}

let last: Promise<unknown> = Promise.resolve();

/**
 * `@lit/localize` announces a locale change on `window`, which Node has not: a bare event target
 * stands in for it while the locale is set, and is removed afterwards so that no other code takes
 * the server for a browser.
 */
async function setServerLocale(tag: string): Promise<WsisLocaleCode> {
  const g = globalThis as { window?: unknown };
  const shim = g.window === undefined;
  if (shim) g.window = new EventTarget();
  try {
    return await setLocale(tag);
  } finally {
    if (shim) delete g.window;
  }
}

/**
 * Renders `template()` (called once the locale is set, so a site's own `msg()` calls in it are
 * translated too) in the best supported locale for `locale`, to a string of HTML with declarative
 * shadow DOM. Calls may overlap: they run one after the other, each in its own locale. An unknown
 * locale renders in English with one console warning.
 */
export function renderInLocale(locale: string, template: () => unknown): Promise<WsisRenderResult> {
  const run = async (): Promise<WsisRenderResult> => {
    const code = await setServerLocale(locale);
    const html = await collectResult(render(template()));
    return { html, locale: code, dir: localeDir(code) };
  };
  const result = last.then(run, run);
  last = result.catch(() => undefined);
  return result;
}

/**
 * The body of the early consent script: a classic script for `<head>`, before any stylesheet. When
 * the reader's stored choice answers a notice's policy version, it hides that notice until our
 * script takes over (`:not(:defined)`), so a returning reader never sees the server-rendered notice
 * appear and vanish. It covers the default storage (`localStorage`, key `storageKey`); a site with
 * its own `storage` decides on its server instead. Either inline it (`scriptTags({ earlyConsentInline })`,
 * with `cspHash()` of it in the CSP's `script-src`: no extra request before the first paint), or serve
 * it as a file from the site's own origin (`script-src 'self'` then allows it, at the cost of one
 * blocking round trip). It sets no inline style.
 */
export function earlyConsentScript(storageKey = 'wsis-consent'): string {
  // `<` escaped, so that no storage key can close the inline <script> element.
  const key = JSON.stringify(storageKey).replace(/</g, '\\u003c');
  return `(${earlyConsent.toString()})(${key});\n`;
}

/**
 * The CSP source that allows exactly this inline script: `'sha256-…'` of its text, for the page's
 * `script-src`. The hash covers the script's text byte for byte, so compute it from the same string
 * that goes between `<script>` and `</script>`.
 */
export function cspHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

// Runs in the browser, as written (it is serialized with toString()): ES2017, no imports.
function earlyConsent(key: string): void {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return;
    const record = JSON.parse(raw) as { version?: unknown; decision?: unknown };
    if (typeof record?.version !== 'string' || !/^(accepted|rejected)$/.test(String(record.decision))) return;
    const version = CSS.escape(record.version);
    const notices = [`wsis-privacy-notice[policy-version="${version}"]`];
    if (record.version === '1') notices.push('wsis-privacy-notice:not([policy-version])');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`:is(${notices.join(',')}):not([storage-key]):not(:defined){display:none}`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // No storage, no constructable stylesheets: the notice shows until the element decides.
  }
}

/** A page's HTML with its shadow roots' styles moved out into files, and those files' contents. */
export interface WsisSharedStyles {
  readonly html: string;
  /** File name (a content hash, `.css`) → the stylesheet's text. Write each under `href`. */
  readonly sheets: ReadonlyMap<string, string>;
}

// A shadow root Lit SSR rendered opens with its styles: `<template shadowrootmode…><style>…</style>`.
const SHADOW_STYLE = /(<template shadowroot[^>]*>)<style>([\s\S]*?)<\/style>/g;

/**
 * Replaces the `<style>` that opens every server-rendered shadow root with a `<link rel="stylesheet">`
 * to a file named by a hash of its content, under `href` (e.g. `/assets/styles/`). Each element's
 * styles are then sent once and cached, not repeated in every instance of every page, and the page
 * holds no inline style, so it can be served with a strict `style-src 'self'` CSP. Hydration is
 * unaffected: the styles sit before the part Lit hydrates, and Lit keeps them as they are.
 */
export function shareStyles(html: string, href: string): WsisSharedStyles {
  const sheets = new Map<string, string>();
  const out = html.replace(SHADOW_STYLE, (_all, template: string, css: string) => {
    const name = `${createHash('sha256').update(css).digest('hex').slice(0, 12)}.css`;
    sheets.set(name, css);
    return `${template}<link rel="stylesheet" href="${href}${name}">`;
  });
  return { html: out, sheets };
}

/**
 * The CSP source expressions (`'sha256-…'`) of the distinct `<style>` blocks that open the page's
 * server-rendered shadow roots: with them in `style-src`, a strict policy allows exactly these inline
 * styles and no other. The other way to keep styles under a strict CSP is `shareStyles()`. Inline
 * styles cost no request: a `<link rel="stylesheet">` in a shadow root holds up the parser until it
 * is loaded, and one that is not served from the cache (a page with several logos links one sheet
 * several times) is fetched again, one round trip after another. Brotli sends the repeated text of
 * every instance of an element almost for free.
 */
export function styleHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, , css] of html.matchAll(SHADOW_STYLE)) hashes.add(cspHash(css));
  return [...hashes];
}

/** A page's first-paint CSS written into it, and the CSP sources that allow exactly that. */
export interface WsisInlineStyles {
  /** One `<style>` element per stylesheet, for the page's `<head>`. */
  readonly html: string;
  /** The `'sha256-…'` of each, for the page's `style-src`. */
  readonly hashes: readonly string[];
}

/**
 * The CSS a page's first paint needs (the theme's, `themeStyles()`, and the site's own), written
 * into its `<head>` as `<style>` elements, each allowed by its hash in the CSP's `style-src`: the
 * page then paints from its HTML alone. A `<link rel="stylesheet">` holds the first paint until the
 * file is in, one more round trip (about 560 ms on slow 4G). Each text is written as given (its hash
 * covers these exact bytes), so CSS that would end the element is refused.
 */
export function inlineStyles(...sheets: string[]): WsisInlineStyles {
  for (const css of sheets)
    if (/<\/style/i.test(css)) throw new TypeError('inlineStyles: a stylesheet holds "</style"');
  return {
    html: sheets.map((css) => `<style>${css}</style>`).join('\n'),
    hashes: [...new Set(sheets.map((css) => cspHash(css)))],
  };
}

/**
 * The theme's page-side stylesheet (`wsis-components/theme.css`: the page's light and dark colour
 * schemes, which the elements follow), as text, for `inlineStyles()`.
 */
export function themeStyles(): string {
  return readFileSync(fileURLToPath(import.meta.resolve('wsis-components/theme.css')), 'utf8');
}

/** Where a page finds the scripts, as URLs the site serves. */
export interface WsisScriptUrls {
  /**
   * `@lit-labs/ssr-client/lit-element-hydrate-support.js`, bundled or served as a module of its
   * own, written before the library. Leave it out only when `library` imports the hydration support
   * first and the bundler keeps it ahead of Lit in every chunk (the demo site, built with Rolldown
   * and one chunk for the shared code: see the README).
   */
  readonly hydrateSupport?: string;
  /** The site's module that sets the page's locale and then imports the elements. */
  readonly library: string;
  /** The file holding `earlyConsentScript()`, when the page has a privacy notice. */
  readonly earlyConsent?: string;
  /**
   * Or `earlyConsentScript()` itself, written inline (saves a blocking request; allow it in the CSP
   * with `cspHash()` of the same text). Takes the place of `earlyConsent`.
   */
  readonly earlyConsentInline?: string;
  /**
   * Module URLs the page needs at start (the library's chunks, the page's locale module, the
   * interactive elements' chunk): written as `<link rel="modulepreload">`, so the browser fetches
   * them in parallel while it parses, instead of one import after another. Preloading fetches and
   * parses; it evaluates nothing, so the hydration support still runs before Lit.
   */
  readonly modulepreload?: readonly string[];
}

// Written as given (its CSP hash covers these exact bytes), so text that would end the element is refused.
function inlineScript(text: string): string {
  if (/<\/script|<!--/i.test(text))
    throw new TypeError('scriptTags: earlyConsentInline holds "</script" or "<!--"');
  return text;
}

/**
 * The script tags, in the order that works: the early consent script (classic, in `<head>`, inline
 * or a file), then the hydration support as its own module (when given), so that it runs before any
 * module that evaluates Lit, then the library, then the module preloads. Module scripts run in
 * document order, after the document is parsed.
 */
export function scriptTags(urls: WsisScriptUrls): string {
  const attr = (url: string) =>
    `"${url.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`;
  return [
    urls.earlyConsentInline !== undefined
      ? `<script>${inlineScript(urls.earlyConsentInline)}</script>`
      : urls.earlyConsent
        ? `<script src=${attr(urls.earlyConsent)}></script>`
        : '',
    urls.hydrateSupport ? `<script type="module" src=${attr(urls.hydrateSupport)}></script>` : '',
    `<script type="module" src=${attr(urls.library)}></script>`,
    ...(urls.modulepreload ?? []).map((url) => `<link rel="modulepreload" href=${attr(url)}>`),
  ]
    .filter(Boolean)
    .join('\n');
}
