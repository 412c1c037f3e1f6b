/**
 * Server rendering for sites (`wsis-components/ssr`, Node only): renders a page's template with our
 * elements in one locale, with that locale's messages in the HTML, and names the scripts a page
 * loads, in the order hydration needs.
 *
 * Renders are serialized. `msg()` reads one locale for the whole process while the template renders,
 * so two renders in different locales running at once would mix their languages. Each call here
 * waits for the previous one to finish (locale set, template rendered and collected to a string)
 * before it sets its own locale.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { LocaleModule, MsgOptions } from '@lit/localize';
import type { TemplateLike } from '@lit/localize/internal/types.js';
import { msg as installedMsg, _installMsgImplementation } from '@lit/localize/init/install.js';
import { defaultMsg } from '@lit/localize/internal/default-msg.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import {
  LOCALES,
  adoptLocalization,
  loadWsisTemplates,
  localeDir,
  resolveLocale,
  setLocale,
  sourceLocale,
  type WsisLocaleCode,
} from './localization.js';
import { DEV_MODE } from './internal/dev-mode.js';
import {
  CONSENT_COOKIE_MAX_AGE,
  DEFAULT_CONSENT_KEY,
  checkCookieName,
  consentCookie,
  cookieValue,
  parseConsentRecord,
  type WsisConsentRecord,
} from './internal/consent-storage.js';
import type { CSSResultOrNative } from 'lit';
import * as library from './index.js';
import { WsisElement } from './internal/wsis-element.js';

/**
 * Lit's `html`, the one the elements render with, for the site's templates: a site that renders on
 * the server needs no `lit` of its own.
 */
export { html } from 'lit';

/** What `renderInLocale` gives back: the HTML and the locale actually used (with its direction). */
export interface WsisRenderResult {
  readonly html: string;
  readonly locale: WsisLocaleCode;
  readonly dir: 'ltr' | 'rtl';
}

let last: Promise<unknown> = Promise.resolve();

// The locale of the render under way and its templates, read by the server's `msg()`.
let serverLocale: string = sourceLocale;
let serverTemplates: LocaleModule['templates'] | undefined;
let serverLocalization: 'own' | 'site' | undefined;

/**
 * Sets up the server's localization once, before the first render: `@lit/localize`'s own message
 * lookup (`runtimeMsg`) over the templates of the locale being rendered, which `setLocale()` loads.
 * Its browser runtime (`configureLocalization`) is not used here: it announces every change by
 * dispatching an event on a global `window`, and a `window` in the global scope, even for the time
 * a locale loads, is seen by every other task of the process (a site's own code that tests
 * `typeof window` would take the browser's path). This needs none.
 *
 * A site that configured `@lit/localize` itself and handed it over with `adoptLocalization()` keeps
 * its own runtime ('site'): `msg()` is then already installed, and only that runtime can translate
 * the site's own messages.
 */
function setUpServerLocalization(): 'own' | 'site' {
  if (serverLocalization) return serverLocalization;
  if (installedMsg !== defaultMsg) return (serverLocalization = 'site');
  _installMsgImplementation(((template: TemplateLike, options?: MsgOptions) =>
    runtimeMsg(serverTemplates, template, options)) as typeof installedMsg);
  adoptLocalization({
    getLocale: () => serverLocale,
    setLocale: async (code) => {
      const templates = code === sourceLocale ? undefined : await loadWsisTemplates(code);
      serverTemplates = templates;
      serverLocale = code;
    },
  });
  return (serverLocalization = 'own');
}

/**
 * Sets the locale of the next render. With a site's own `@lit/localize` runtime (see above), which
 * announces the change on `window`, a bare event target stands in for it while `setLocale` runs, as
 * that runtime needs, and is removed afterwards; with the library's own, no `window` ever exists.
 */
async function setServerLocale(tag: string): Promise<WsisLocaleCode> {
  if (setUpServerLocalization() === 'own') return setLocale(tag);
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
 * locale renders in English; the development build (`node --conditions=development`) says so on
 * the console, naming the locale.
 */
export function renderInLocale(locale: string, template: () => unknown): Promise<WsisRenderResult> {
  const run = async (): Promise<WsisRenderResult> => {
    const known = resolveLocale(locale);
    if (DEV_MODE && !known)
      console.warn(
        `wsis-components renderInLocale(): unknown locale "${locale}"; rendering in "${sourceLocale}". ` +
          `Supported: ${LOCALES.map((l) => l.code).join(', ')}.`,
      );
    const code = await setServerLocale(known ?? sourceLocale);
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
 * appear and vanish. It reads the record with the element's own check (`parseConsentRecord`, whose
 * source it holds), so the two never disagree: a record the element would refuse leaves the notice
 * shown. It covers the default storage (`localStorage`, key `storageKey`); a site with its own
 * `storage` decides on its server instead (`readConsentCookie()`). Either inline it
 * (`scriptTags({ earlyConsentInline })`, with `cspHash()` of it in the CSP's `script-src`: no extra
 * request before the first paint), or serve it as a file from the site's own origin (`script-src
 * 'self'` then allows it, at the cost of one blocking round trip). It sets no inline style.
 */
export function earlyConsentScript(storageKey = 'wsis-consent'): string {
  // `<` escaped, so that no storage key can close the inline <script> element.
  const key = JSON.stringify(storageKey).replace(/</g, '\\u003c');
  return `(${earlyConsent.toString()})(${key}, ${parseConsentRecord.toString()});\n`;
}

/**
 * The CSP source that allows exactly this inline script: `'sha256-…'` of its text, for the page's
 * `script-src`. The hash covers the script's text byte for byte, so compute it from the same string
 * that goes between `<script>` and `</script>`.
 */
export function cspHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

// Runs in the browser, as written (it is serialized with toString()): ES2019, no imports; `parse` is
// parseConsentRecord, serialized beside it.
function earlyConsent(key: string, parse: typeof parseConsentRecord): void {
  try {
    const record = parse(window.localStorage.getItem(key));
    if (!record) return;
    const version = CSS.escape(record.version);
    const notices = [`wsis-privacy-notice[policy-version="${version}"]`];
    // The element reads a missing or empty policy-version as "1".
    if (record.version === '1')
      notices.push('wsis-privacy-notice:not([policy-version])', 'wsis-privacy-notice[policy-version=""]');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`:is(${notices.join(',')}):not([storage-key]):not(:defined){display:none}`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // No storage, no constructable stylesheets: the notice shows until the element decides.
  }
}

/** Where the consent cookie is, and which policy version it must answer. */
export interface WsisConsentCookieOptions {
  /** The cookie's name (`wsis-consent` by default), as given to `cookieConsentStorage()`. */
  readonly name?: string;
  /** The notice's `policy-version` (`1` by default): a record for another version does not count. */
  readonly version?: string;
}

function cookieName(options: WsisConsentCookieOptions, what: string): string {
  const name = options.name ?? DEFAULT_CONSENT_KEY;
  checkCookieName(name, what);
  return name;
}

/**
 * The reader's choice from a request's `Cookie` header, when it answers `version`; otherwise
 * (no cookie, another version, a value that is not a record) `null`. Checked as the element checks
 * it. Render the notice already answered with it, so that a reader without JavaScript is not asked
 * again: `<wsis-privacy-notice ?hidden=${readConsentCookie(request.headers.cookie) !== null}>`.
 * The page then differs by reader: send it with `Vary: Cookie`, or keep the cached page for readers
 * without the cookie only.
 */
export function readConsentCookie(
  cookieHeader: string | null | undefined,
  options: WsisConsentCookieOptions = {},
): WsisConsentRecord | null {
  const record = parseConsentRecord(cookieValue(cookieHeader, cookieName(options, 'readConsentCookie()')));
  const version = String(options.version ?? '').trim() || '1';
  return record && record.version === version ? record : null;
}

/** How `answerConsentForm()` answers. */
export interface WsisConsentFormOptions extends WsisConsentCookieOptions {
  /**
   * The site's origin as readers reach it (`https://www.itu.int`): the redirect never leaves it,
   * and the cookie is `Secure` when it is HTTPS. Required: a request's own `Host` is the client's
   * to write.
   */
  readonly origin: string;
  /** The page the form was sent from: the request's `Referer`. The reader goes back there when it is a page of `origin`, else to `/`. */
  readonly back?: string | null;
  /** How long the choice is kept, in seconds: one year by default. */
  readonly maxAge?: number;
}

/** The response to the notice's form post, to send as it is. */
export interface WsisConsentFormAnswer {
  /** 303 (See Other) with the cookie set; 400 when the form held no choice. */
  readonly status: 303 | 400;
  readonly headers: Readonly<Record<string, string>>;
  /** The record stored, or `null` (400). */
  readonly record: WsisConsentRecord | null;
}

/** The path and query of `back` when it is a page of `origin`, else `/`; never one that leaves it. */
function samePageOf(back: string | null | undefined, origin: URL): string {
  if (typeof back !== 'string' || back === '') return '/';
  let url: URL;
  try {
    url = new URL(back, origin);
  } catch {
    return '/';
  }
  if (url.origin !== origin.origin) return '/';
  // `//evil.example/` is a path of this origin but, as a Location, another host: one slash only.
  return `${url.pathname.replace(/^\/+/, '/')}${url.search}`;
}

/**
 * Answers the privacy notice's form (`POST`, `application/x-www-form-urlencoded`, `cookies=accept`
 * or `cookies=reject`), for readers without JavaScript: a 303 back to the page the form was on
 * (only ever a path of `origin`), with the choice in a `Set-Cookie` (see `cookieConsentStorage()`:
 * `Path=/`, `SameSite=Lax`, `Max-Age`, `Secure` on HTTPS, not `HttpOnly`, since the element reads
 * and rewrites it with JavaScript). `body` is the request's body, read by the site's server. A
 * body that holds no one choice gets 400 and no cookie. Throws a TypeError for options that cannot
 * work (an origin that is not http or https, a name that cannot be a cookie's).
 */
export function answerConsentForm(
  body: string | URLSearchParams | null | undefined,
  options: WsisConsentFormOptions,
): WsisConsentFormAnswer {
  const name = cookieName(options, 'answerConsentForm()');
  let origin: URL;
  try {
    origin = new URL(options.origin);
  } catch {
    origin = new URL('about:blank');
  }
  if (origin.protocol !== 'https:' && origin.protocol !== 'http:')
    throw new TypeError(
      `answerConsentForm(): origin ${JSON.stringify(options.origin)} is not an http or https origin`,
    );
  const maxAge = options.maxAge ?? CONSENT_COOKIE_MAX_AGE;
  if (!(Number.isFinite(maxAge) && maxAge > 0))
    throw new TypeError(`answerConsentForm(): maxAge ${JSON.stringify(maxAge)} is not a number of seconds`);
  const choices = new URLSearchParams(body ?? '').getAll('cookies');
  const choice = choices.length === 1 ? choices[0] : undefined;
  const decision = choice === 'accept' ? 'accepted' : choice === 'reject' ? 'rejected' : undefined;
  if (!decision) return { status: 400, headers: { 'cache-control': 'no-store' }, record: null };
  const record: WsisConsentRecord = {
    version: String(options.version ?? '').trim() || '1',
    decision,
    date: new Date().toISOString(),
  };
  return {
    status: 303,
    headers: {
      location: samePageOf(options.back, origin),
      'set-cookie': consentCookie(name, JSON.stringify(record), maxAge, origin.protocol === 'https:'),
      'cache-control': 'no-store',
    },
    record,
  };
}

/** A page's HTML with its shadow roots' styles moved out into files, and those files' contents. */
export interface WsisSharedStyles {
  readonly html: string;
  /** File name (a content hash, `.css`) → the stylesheet's text. Write each under `href`. */
  readonly sheets: ReadonlyMap<string, string>;
}

/** Text for a double-quoted attribute value: `&`, `"` and `<` escaped, so it cannot end the attribute or the tag. */
function attributeValue(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

let libraryStyles: ReadonlySet<string> | undefined;

/**
 * The style text Lit SSR writes into the shadow root of each of the library's elements (their
 * `elementStyles`, one after the other): the only styles `styleHashes` and `shareStyles` act on.
 */
function ourStyles(): ReadonlySet<string> {
  libraryStyles ??= new Set(
    Object.values(library as Record<string, unknown>)
      .filter(
        (value): value is typeof WsisElement =>
          typeof value === 'function' && value.prototype instanceof WsisElement,
      )
      .map((element) => {
        // Finalized when defined; finalize() does nothing for a class already finalized.
        (element as unknown as { finalize(): void }).finalize();
        return element.elementStyles
          .map((style: CSSResultOrNative) => ('cssText' in style ? style.cssText : ''))
          .join('');
      }),
  );
  return libraryStyles;
}

/** A `<style>` that opens a server-rendered shadow root, where it is in the page. */
interface ShadowStyle {
  /** Where `<style>` starts, and where `</style>` ends. */
  readonly start: number;
  readonly end: number;
  readonly css: string;
}

/**
 * Each `<style>` that opens a server-rendered shadow root (`<template shadowroot…><style>…</style>`)
 * and holds one of the library's own stylesheets, in order. Any other style is passed over, a style
 * a CMS put after a shadow root of its own included: it is not the library's to allow.
 *
 * One pass over the page, hand-written rather than a regular expression: every search starts past
 * the last one, and the `>` or `</style>` found for one opener serves every opener before it, so HTML
 * with openers never closed (8,000 of them) costs time in proportion to its length. The regular
 * expression this replaces scanned to the end of the page again for each.
 */
function* libraryShadowStyles(html: string): Generator<ShadowStyle> {
  const ours = ourStyles();
  let from = 0;
  let tagEnd = -1;
  let styleEnd = -1;
  for (;;) {
    const open = html.indexOf('<template shadowroot', from);
    if (open < 0) return;
    if (tagEnd < open) tagEnd = html.indexOf('>', open);
    if (tagEnd < 0) return;
    from = open + 1;
    const start = tagEnd + 1;
    if (!html.startsWith('<style>', start)) continue;
    const cssStart = start + '<style>'.length;
    if (styleEnd < cssStart) styleEnd = html.indexOf('</style>', cssStart);
    if (styleEnd < 0) return;
    const end = styleEnd + '</style>'.length;
    from = end;
    const css = html.slice(cssStart, styleEnd);
    if (ours.has(css)) yield { start, end, css };
  }
}

/** A page's HTML with its shadow roots' styles moved out into files, and those files' contents. */
export interface WsisSharedStyles {
  readonly html: string;
  /** File name (a content hash, `.css`) → the stylesheet's text. Write each under `href`. */
  readonly sheets: ReadonlyMap<string, string>;
}

/**
 * Replaces the `<style>` that opens every shadow root the library rendered with a `<link
 * rel="stylesheet">` to a file named by a hash of its content, under `href` (e.g. `/assets/styles/`,
 * written into the attribute escaped). Each element's styles are then sent once and cached, not
 * repeated in every instance of every page, and the page holds no inline style of ours, so it can be
 * served with a strict `style-src 'self'` CSP. Any other `<style>` stays where it is, inline, for the
 * CSP to judge. Hydration is unaffected: the styles sit before the part Lit hydrates, and Lit keeps
 * them as they are.
 */
export function shareStyles(html: string, href: string): WsisSharedStyles {
  const sheets = new Map<string, string>();
  const out: string[] = [];
  let last = 0;
  for (const { start, end, css } of libraryShadowStyles(html)) {
    const name = `${createHash('sha256').update(css).digest('hex').slice(0, 12)}.css`;
    sheets.set(name, css);
    out.push(html.slice(last, start), `<link rel="stylesheet" href="${attributeValue(`${href}${name}`)}">`);
    last = end;
  }
  out.push(html.slice(last));
  return { html: out.join(''), sheets };
}

/**
 * The CSP source expressions (`'sha256-…'`) of the distinct `<style>` blocks the library rendered
 * at the start of the page's shadow roots: with them in `style-src`, a strict policy allows exactly
 * these inline styles and no other, not even one a CMS put in the page in the same place. The other
 * way to keep styles under a strict CSP is `shareStyles()`. Inline styles cost no request: a `<link
 * rel="stylesheet">` in a shadow root holds up the parser until it is loaded, and one that is not
 * served from the cache (a page with several logos links one sheet several times) is fetched again,
 * one round trip after another. Brotli sends the repeated text of every instance of an element
 * almost for free.
 */
export function styleHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const { css } of libraryShadowStyles(html)) hashes.add(cspHash(css));
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
   * and one chunk for the shared code: see the Server rendering guide).
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
  const attr = (url: string) => `"${attributeValue(url)}"`;
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
