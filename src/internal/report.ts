/**
 * The one way the library tells a site's developer about bad input: a console message that starts
 * with the element and the attribute (`<wsis-footer> year="twenty": …`), says what is wrong and
 * what the element does instead.
 *
 * The rule for the level: an **error** when what the site wrote is dropped whole, so that content
 * the site meant to show is missing (an unknown `org` renders no logo, malformed JSON renders no
 * links, a navigation item without a label is skipped); a **warning** when the element still shows
 * it, with a fallback (a link refused and its label shown as text, the default heading level, the
 * current year, a missing date left out).
 */

import { DEV_MODE } from './dev-mode.js';

export type WsisSeverity = 'warning' | 'error';

/** `text` cut to `length` characters, with `...` where it was cut. */
function cut(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 3)}...` : text;
}

/** `String(value)`; for a value whose `toString` throws (or recurses past the stack), its type. */
function asText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** `name="value"`, the way a site wrote an attribute; the value is cut at 200 characters. */
export function written(name: string, value: unknown): string {
  return `${name}="${cut(asText(value), 200)}"`;
}

/**
 * A value a site passed, for a message: as JSON where it can be, cut at `length` characters. Never
 * throws, whatever the value: nested too deep to serialize, cyclic, or with a `toString` that throws.
 */
export function preview(value: unknown, length = 160): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    // cyclic, or deeper than the stack: shown as text below
  }
  return cut(text ?? asText(value), length);
}

/**
 * Prints one message. `subject` is the attribute or property as the site wrote it (`privacy-href`,
 * `year="twenty"`, `items[2].href`), or `''` for the element as a whole.
 */
export function report(severity: WsisSeverity, element: string, subject: string, problem: string): void {
  // Production keeps only errors, in short: content the site wrote is missing from the page, and
  // a site must be able to see that without a development build. Warnings (the element shows a
  // fallback) are for development only, as Lit's own are. Call sites put their long text behind
  // DEV_MODE, so it is not in the production build at all.
  if (!DEV_MODE && severity === 'warning') return;
  const text = DEV_MODE ? problem : 'bad input, left out (the "development" build says why)';
  const message = `<${element}>${subject ? ` ${subject}` : ''}: ${text}`;
  // (Production has only errors left here.)
  if (!DEV_MODE || severity === 'error') console.error(message);
  else console.warn(message);
}

/**
 * Reads an optional attribute with `parse`: a missing or empty value gives `undefined` silently; a
 * value that `parse` rejects gives `undefined` after one warning, `problem`, naming it.
 */
export function parseOptional<T>(
  value: string | null | undefined,
  parse: (value: string) => T | undefined,
  element: string,
  attribute: string,
  problem: string,
): T | undefined {
  if (value == null || String(value).trim() === '') return undefined;
  const parsed = parse(value);
  if (DEV_MODE && parsed === undefined) report('warning', element, written(attribute, value), problem);
  return parsed;
}
