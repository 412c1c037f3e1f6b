/**
 * The one gate every URL a site hands to an element passes through before it reaches an `href`, a
 * `src` or an `action`. Only URLs that resolve to a scheme that cannot run script are let through.
 *
 * The judgement is the browser's own: the value is resolved with the WHATWG URL parser
 * (`new URL()`), the same parser that later reads the rendered attribute, and the resolved protocol
 * is checked against an allow-list. The string rendered is exactly the string judged: nothing is
 * trimmed or rewritten after the check, so no character can be judged one way and rendered another
 * (JavaScript's `trim()` removes Unicode white space such as U+2028 that the URL parser keeps, which
 * once turned "\u2028javascript:…", judged relative, into a rendered "javascript:…").
 */
import { DEV_MODE } from './dev-mode.js';
import { report } from './report.js';
import { MAX_URL_LENGTH } from './bounds.js';

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * The base URL relative values are judged against when there is no document (server rendering) or
 * when the document's own base is not http(s).
 */
const FIXED_BASE = 'https://localhost/';

/** Empty to a reader and to the URL parser: only white space and C0 controls. */
const BLANK = /^[\s\u0000-\u001f]*$/;

/**
 * The base relative values are judged against.
 *
 * In a browser whose document has an http(s) base this is `document.baseURI`, the base the browser
 * itself resolves the rendered attribute against, so the check and the link agree exactly.
 *
 * Otherwise it is the fixed `https://localhost/`:
 * - On the server (no `document`; Lit's SSR shim may also offer a `document` without `baseURI`).
 * - In a page whose base is not http(s): `file:` (documentation or a static build opened from
 *   disk), `about:srcdoc`, `blob:` or `data:` frames. A relative value has no scheme of its own and
 *   takes the document's, which the page chose, not the value; it cannot bring in `javascript:`.
 *   Judged against `file:` every relative link would be refused, and against an opaque base
 *   (`about:`, `blob:`, `data:`) the parser rejects everything but a fragment, so the same element
 *   would render different links depending on how the page was opened.
 *
 * The scheme the check reads is the value's own when it has one, the base's otherwise, so every
 * http(s) base gives the same verdict: the server's render and the browser's agree (hydration needs
 * that), whatever the page's address. (Only whether a degenerate value such as a bare `http:` parses
 * at all can depend on the base; it is then refused, never rendered unsafe.)
 */
function judgementBase(): string {
  const base = typeof document === 'undefined' ? undefined : (document as { baseURI?: unknown }).baseURI;
  if (typeof base === 'string' && (base.startsWith('https:') || base.startsWith('http:'))) return base;
  return FIXED_BASE;
}

/** `url` resolved as the browser would, or `undefined` when the URL parser rejects it. */
function resolve(url: string): URL | undefined {
  try {
    return new URL(url, judgementBase());
  } catch {
    return undefined;
  }
}

/**
 * `true` when `url`, resolved by the URL parser against the document's base, uses a scheme that
 * cannot run script (http, https, mailto, tel); relative URLs take the base's scheme. A value the
 * parser rejects is not safe.
 */
export function isSafeUrl(url: string): boolean {
  const resolved = resolve(url);
  return resolved !== undefined && SAFE_PROTOCOLS.has(resolved.protocol);
}

// Characters a reader of the console cannot see or tell apart: controls, format characters
// (U+FEFF, U+200B…), separators other than the plain space (U+00A0, U+2028, U+3000…), private-use,
// unassigned and default-ignorable code points.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Z}\p{Default_Ignorable_Code_Point}]/gu;
const SHOWN_LENGTH = 200;

function escapeCodePoint(ch: string): string {
  const code = ch.codePointAt(0)!;
  const hex = code.toString(16).toUpperCase();
  return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}

/**
 * The value quoted for a console message, with every invisible character written as an escape
 * (`"\u2028javascript:…"`), and long values (a `data:` image) cut short.
 */
function shown(value: string): string {
  const cut = value.length > SHOWN_LENGTH;
  // JSON.stringify escapes quotes, backslashes, C0 controls and lone surrogates; the rest here.
  const quoted = JSON.stringify(cut ? value.slice(0, SHOWN_LENGTH) : value).replace(INVISIBLE, (ch) =>
    ch === ' ' ? ch : escapeCodePoint(ch),
  );
  return cut ? `${quoted}… (${value.length} characters)` : quoted;
}

/**
 * Returns `url`, unchanged, when it is safe to render (see `isSafeUrl`), otherwise `undefined` after
 * one console warning that names the element, the attribute it came from and the refused value. A
 * missing value, or one that is empty to the URL parser too (only white space and controls), gives
 * `undefined` silently.
 *
 * The value is not trimmed: the browser's parser itself drops leading and trailing controls and
 * spaces and removes tabs and newlines, exactly as the check did.
 */
export function safeUrl(
  url: string | null | undefined,
  element: string,
  attribute: string,
): string | undefined {
  if (url == null || BLANK.test(url)) return undefined;
  if (url.length > MAX_URL_LENGTH) {
    if (DEV_MODE)
      report(
        'warning',
        element,
        attribute,
        `refused a URL of ${url.length} characters (${shown(url.slice(0, 40))}…); a URL may have ${MAX_URL_LENGTH}.`,
      );
    return undefined;
  }
  const resolved = resolve(url);
  if (resolved !== undefined && SAFE_PROTOCOLS.has(resolved.protocol)) return url;
  if (DEV_MODE) {
    report(
      'warning',
      element,
      attribute,
      `refused ${resolved ? 'unsafe' : 'invalid'} URL ${shown(url)}; only http, https, mailto, tel and relative URLs are rendered.`,
    );
  }
  return undefined;
}

/** An in-page link to the element with this id. */
export function fragmentHref(id: string): string {
  return `#${encodeURIComponent(id)}`;
}
