/**
 * How much of a value a site passes the elements render. Nothing an element shows needs more than
 * these: a name, a role, a label, a link. A CMS field that sends megabytes (a 10 MB `author` took
 * 44 s to render, its one word laid out three times) is cut to them, with a warning, so that one bad
 * field cannot freeze the page.
 */

/** Characters of text rendered from one attribute or item label. */
export const MAX_TEXT_LENGTH = 1000;

/**
 * Characters of a URL: longer than the request line most servers accept (8 KB by default in nginx
 * and Apache), so no such link would be served anyway.
 */
export const MAX_URL_LENGTH = 8192;

/**
 * `text` cut to `MAX_TEXT_LENGTH` characters, never inside a surrogate pair, with `…` where it was
 * cut; shorter text unchanged.
 */
export function boundText(text: string): string {
  if (text.length <= MAX_TEXT_LENGTH) return text;
  const last = text.charCodeAt(MAX_TEXT_LENGTH - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? MAX_TEXT_LENGTH - 1 : MAX_TEXT_LENGTH;
  return `${text.slice(0, end)}…`;
}
