/**
 * The one gate every URL a site hands to an element passes through before it reaches an `href` or
 * a `src`. Only schemes that cannot run script are let through.
 */

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** `true` when `url` is relative or uses a scheme that cannot run script (http, https, mailto, tel). */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore ASCII control characters and whitespace inside a scheme ("java\tscript:"), so
  // strip them before reading the scheme, as the URL parser would.
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  if (!scheme) return true; // relative: path, query, fragment or protocol-relative
  return SAFE_SCHEMES.has(scheme[1].toLowerCase() + ':');
}

/**
 * Returns `url` when it is safe to render, otherwise `undefined` after a console warning that names
 * the element and the attribute it came from. A missing or empty value gives `undefined` silently.
 */
export function safeUrl(
  url: string | null | undefined,
  element: string,
  attribute: string,
): string | undefined {
  if (url == null || url.trim() === '') return undefined;
  if (isSafeUrl(url)) return url.trim();
  console.warn(
    `<${element}> ${attribute}: refused unsafe URL "${url}"; only http, https, mailto, tel and relative URLs are rendered.`,
  );
  return undefined;
}

/** An in-page link to the element with this id. */
export function fragmentHref(id: string): string {
  return `#${encodeURIComponent(id)}`;
}
