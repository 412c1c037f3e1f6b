/**
 * The one place that knows which languages the library speaks, how a tag from a browser or a CMS
 * maps onto them, and how `@lit/localize` is configured for the page.
 *
 * Safe to import on the server: nothing here touches `window` or `document` until a function that
 * only makes sense in a browser (`setLocale`, `syncDocumentLocale`) is called.
 */
import { configureLocalization, LOCALE_STATUS_EVENT } from '@lit/localize';
import type { LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { DEV_MODE } from './internal/dev-mode.js';

/** A locale code the library ships messages for. */
export type WsisLocaleCode = typeof sourceLocale | (typeof targetLocales)[number];

/** A supported locale: its code, its name in itself and its writing direction. */
export interface WsisLocaleInfo {
  readonly code: WsisLocaleCode;
  /** The language's name in the language itself, as a language switcher shows it. */
  readonly endonym: string;
  readonly dir: 'ltr' | 'rtl';
}

/**
 * The six official languages of the United Nations, in the order the UN lists them
 * (alphabetical by their English names).
 */
export const LOCALES: readonly WsisLocaleInfo[] = Object.freeze([
  { code: 'ar', endonym: 'العربية', dir: 'rtl' },
  { code: 'zh-Hans', endonym: '中文', dir: 'ltr' },
  { code: 'en', endonym: 'English', dir: 'ltr' },
  { code: 'fr', endonym: 'Français', dir: 'ltr' },
  { code: 'ru', endonym: 'Русский', dir: 'ltr' },
  { code: 'es', endonym: 'Español', dir: 'ltr' },
] as const);

export { sourceLocale };

/** Looks up a supported locale by its exact code; any other code gives the source locale's. */
export function localeInfo(code: WsisLocaleCode): WsisLocaleInfo {
  return (
    LOCALES.find((l) => l.code === code) ??
    // By name, not by position: the order of LOCALES is the UN's, and may change with it.
    LOCALES.find((l) => l.code === sourceLocale)!
  );
}

/** `ltr` or `rtl` for a supported locale. */
export function localeDir(code: WsisLocaleCode): 'ltr' | 'rtl' {
  return localeInfo(code).dir;
}

/**
 * Maps any BCP 47 tag a browser or a CMS sends (`fr-CA`, `zh-CN`, `zh-Hans-CN`, `ar-EG`, `es-419`,
 * `EN`, `pt_BR`) to the best supported locale, or `undefined` when none fits.
 */
export function resolveLocale(tag: string): WsisLocaleCode | undefined {
  const cleaned = String(tag ?? '')
    .trim()
    .replace(/_/g, '-');
  if (!cleaned) return undefined;
  const exact = LOCALES.find((l) => l.code.toLowerCase() === cleaned.toLowerCase());
  if (exact) return exact.code;
  let language: string;
  try {
    language = new Intl.Locale(cleaned).language;
  } catch {
    return undefined;
  }
  // Every Chinese tag (zh, zh-CN, zh-TW, zh-Hant-HK…) goes to the one Chinese the UN publishes in:
  // Simplified. A Traditional-script reader is better served by it than by English.
  if (language === 'zh') return 'zh-Hans';
  return LOCALES.find((l) => l.code === language)?.code;
}

// Literal imports so that bundlers and the dev servers can see every locale module; a template
// literal import 404s in the test runner (the generated files are TypeScript).
const loaders: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
  ar: () => import('./generated/locales/ar.js'),
  es: () => import('./generated/locales/es.js'),
  fr: () => import('./generated/locales/fr.js'),
  ru: () => import('./generated/locales/ru.js'),
  'zh-Hans': () => import('./generated/locales/zh-Hans.js'),
};

/**
 * The library's translated templates for one locale, for a site that configures `@lit/localize`
 * itself and merges our messages with its own (see the README).
 */
export async function loadWsisTemplates(code: WsisLocaleCode): Promise<LocaleModule['templates']> {
  if (code === sourceLocale) return {};
  return (await loaders[code]()).templates;
}

interface LocalizationApi {
  getLocale: () => string;
  setLocale: (locale: string) => Promise<void>;
}

let api: LocalizationApi | undefined;

/**
 * For a site that already called `configureLocalization` (it can be called once per page): hand us
 * its `getLocale` and `setLocale`, and make its `loadLocale` merge in `loadWsisTemplates(locale)`.
 * Our elements then follow the site's locale.
 */
export function adoptLocalization(siteApi: LocalizationApi): void {
  api = siteApi;
}

function ensureConfigured(): LocalizationApi {
  api ??= configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: (locale) => loaders[locale as keyof typeof loaders](),
  });
  return api;
}

/** The current locale (the source locale, `en`, until `setLocale` is called). */
export function getLocale(): WsisLocaleCode {
  if (!api) return sourceLocale;
  return resolveLocale(api.getLocale()) ?? sourceLocale;
}

/**
 * Switches every element on the page to the best supported locale for `tag`. An unknown tag falls
 * back to `en` with one console warning naming it; this never throws. Resolves to the locale used.
 */
export async function setLocale(tag: string): Promise<WsisLocaleCode> {
  let code = resolveLocale(tag);
  if (!code) {
    if (DEV_MODE)
      console.warn(
        `wsis-components setLocale(): unknown locale "${tag}"; using "${sourceLocale}". ` +
          `Supported: ${LOCALES.map((l) => l.code).join(', ')}.`,
      );
    code = sourceLocale;
  }
  await ensureConfigured().setLocale(code);
  return code;
}

/**
 * Opt-in: keeps `lang` and `dir` on `<html>` (or another element) in step with the library's
 * locale, now and after every change. Returns a function that stops it.
 */
export function syncDocumentLocale(root: HTMLElement = document.documentElement): () => void {
  const apply = () => {
    const code = getLocale();
    root.lang = code;
    root.dir = localeDir(code);
  };
  const onStatus = (event: Event) => {
    if ((event as CustomEvent<{ status: string }>).detail.status === 'ready') apply();
  };
  apply();
  window.addEventListener(LOCALE_STATUS_EVENT, onStatus);
  return () => window.removeEventListener(LOCALE_STATUS_EVENT, onStatus);
}
