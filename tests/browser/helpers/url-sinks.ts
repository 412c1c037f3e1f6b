/** What the URL tests judge rendered output by, in one place for the URL corpus and the XSS corpus. */

/** The protocols a rendered URL may resolve to. */
export const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Attributes through which a rendered element can load or navigate to a URL. */
export const URL_ATTRIBUTES = new Set([
  'href', // also SVG's xlink:href, whose local name is href
  'src',
  'action',
  'formaction',
  'poster',
  'data',
  'cite',
  'background',
  'ping',
  'srcset',
]);
