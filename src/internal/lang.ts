/**
 * Language tags a site writes into attributes (`body-lang="en"`): checking them and finding their
 * writing direction, for our six languages from `LOCALES` and for any other language from `Intl`.
 */
import { parseOptional } from './report.js';
import { LOCALES } from '../localization.js';
import { DEV_MODE } from './dev-mode.js';

// Scripts written right to left (ISO 15924): Arabic, Hebrew, Syriac, Thaana, N'Ko, Adlam, Hanifi
// Rohingya, Mandaic, Samaritan, Mende Kikakui, Old South Arabian, Imperial Aramaic, Avestan.
const RTL_SCRIPTS = new Set([
  'Arab',
  'Hebr',
  'Syrc',
  'Thaa',
  'Nkoo',
  'Adlm',
  'Rohg',
  'Mand',
  'Samr',
  'Mend',
  'Sarb',
  'Armi',
  'Avst',
]);

/** A checked language tag with its direction. */
export interface LanguageInfo {
  /** The tag in canonical form (`zh-hans` becomes `zh-Hans`). */
  readonly tag: string;
  readonly dir: 'ltr' | 'rtl';
}

/**
 * Canonicalises a BCP 47 tag and finds its direction: from `LOCALES` for the six UN languages,
 * otherwise from the script `Intl.Locale` infers (`fa` → Arab → rtl). `undefined` when the tag is
 * not well-formed.
 */
export function languageInfo(tag: string): LanguageInfo | undefined {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag.trim());
  } catch {
    return undefined;
  }
  const canonical = locale.toString();
  const known = LOCALES.find((l) => l.code.toLowerCase() === canonical.toLowerCase());
  if (known) return { tag: known.code, dir: known.dir };
  const script = locale.maximize().script;
  return { tag: canonical, dir: script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr' };
}

/**
 * `languageInfo(value)`, warning with the element and attribute when the value is given but is not
 * a language tag. A missing or empty value gives `undefined` silently.
 */
export function checkLanguage(
  value: string | null | undefined,
  element: string,
  attribute: string,
): LanguageInfo | undefined {
  return parseOptional(
    value,
    languageInfo,
    element,
    attribute,
    DEV_MODE ? 'not a BCP 47 language tag (for example en, fr, ar, zh-Hans); ignored.' : '',
  );
}
