/**
 * Attributes that give one URL a language as a JSON object (`{"fr": "/fr/", "ar": "/ar/"}`): a
 * logo's artwork per language, a message's other languages. Checked once, the same way everywhere.
 */
import { LOCALES, resolveLocale, type WsisLocaleCode } from '../localization.js';
import { checkJsonObject } from './json.js';
import { DEV_MODE } from './dev-mode.js';
import { preview, report, written } from './report.js';
import { safeUrl } from './url.js';

/**
 * The safe URL for each locale, keyed by the library's locale codes (`zh` and `zh-CN` count as
 * `zh-Hans`; the first key for a locale wins). Reports, naming `element` and `attribute`: a value
 * that is not a JSON object (an error: nothing is rendered from it, `consequence` says what), a key
 * that is no locale of the library or a value that is no string (warnings: that entry is skipped),
 * and unsafe URLs (through `safeUrl`).
 */
export function checkLocaleUrls(
  value: unknown,
  element: string,
  attribute: string,
  consequence: string,
): Map<WsisLocaleCode, string> {
  const urls = new Map<WsisLocaleCode, string>();
  const entries = checkJsonObject(value, (shown) =>
    report(
      'error',
      element,
      written(attribute, shown),
      DEV_MODE
        ? `not a JSON object of locale codes and URLs (for example {"fr": "/fr/"}); ${consequence}`
        : '',
    ),
  );
  for (const [key, url] of Object.entries(entries)) {
    const code = resolveLocale(key);
    if (!code) {
      if (DEV_MODE) {
        report(
          'warning',
          element,
          attribute,
          `"${key}" is not one of ${LOCALES.map((l) => l.code).join(', ')}; skipped.`,
        );
      }
    } else if (typeof url !== 'string') {
      if (DEV_MODE)
        report('warning', element, `${attribute}["${key}"]`, `not a URL (${preview(url)}); skipped.`);
    } else {
      const safe = safeUrl(url, element, `${attribute}["${key}"]`);
      if (safe && !urls.has(code)) urls.set(code, safe);
    }
  }
  return urls;
}
