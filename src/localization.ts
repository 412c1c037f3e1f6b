/**
 * The one place that knows which languages the library speaks, how a tag from a browser or a CMS
 * maps onto them, and how `@lit/localize` is configured for the page.
 *
 * Safe to import on the server: nothing here touches `window` or `document` until a function that
 * only makes sense in a browser (`setLocale`, `syncDocumentLocale`) is called.
 */
import { LOCALE_STATUS_EVENT } from './internal/localize.js';
import type { LocaleModule } from '@lit/localize';
import type { LocaleSources } from './internal/locale-runtime.js';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { DEV_MODE } from './internal/dev-mode.js';
import { preview } from './internal/report.js';

/** A locale code the library ships messages for (the codes of lit-localize.json). */
export type WsisShippedLocaleCode = typeof sourceLocale | (typeof targetLocales)[number];

/**
 * A locale code the library speaks: one it ships, or one a site added with `registerLocale()`.
 * (`string & Record<never, never>` keeps the shipped codes offered by editors.)
 */
export type WsisLocaleCode = WsisShippedLocaleCode | (string & Record<never, never>);

/** A supported locale: its code, its name in itself and its writing direction. */
export interface WsisLocaleInfo {
  readonly code: WsisLocaleCode;
  /** The language's name in the language itself, as a language switcher shows it. */
  readonly endonym: string;
  readonly dir: 'ltr' | 'rtl';
  /**
   * Whether the language is offered to readers: language switchers list it, and a message links to
   * it under "Also available in". `false` only for a language registered with `listed: false`.
   */
  readonly listed: boolean;
}

interface ShippedLocale {
  readonly endonym: string;
  readonly dir: 'ltr' | 'rtl';
  /** ISO 15924 script of the messages: tells a font stack or a line height what it has to set. */
  readonly script: string;
}
type ShippedTable = {
  readonly [K in WsisShippedLocaleCode]: K extends typeof sourceLocale
    ? ShippedLocale
    : ShippedLocale & { readonly load: () => Promise<LocaleModule> };
};

/**
 * The languages the library ships, one row each, in the order the UN lists its six official
 * languages (alphabetical by their English names). The codes come from lit-localize.json: the type
 * makes tsc fail when a code there has no row here, and the translation gate (`npm run i18n:check`)
 * fails on a row that lit-localize.json does not list. Literal imports, so that bundlers and dev
 * servers see every locale module (a template-literal import 404s in the test runner).
 */
export const SHIPPED: ShippedTable = Object.freeze({
  ar: { endonym: 'العربية', dir: 'rtl', script: 'Arab', load: () => import('./generated/locales/ar.js') },
  'zh-Hans': {
    endonym: '中文',
    dir: 'ltr',
    script: 'Hans',
    load: () => import('./generated/locales/zh-Hans.js'),
  },
  en: { endonym: 'English', dir: 'ltr', script: 'Latn' },
  fr: { endonym: 'Français', dir: 'ltr', script: 'Latn', load: () => import('./generated/locales/fr.js') },
  ru: { endonym: 'Русский', dir: 'ltr', script: 'Cyrl', load: () => import('./generated/locales/ru.js') },
  es: { endonym: 'Español', dir: 'ltr', script: 'Latn', load: () => import('./generated/locales/es.js') },
});

const locales: WsisLocaleInfo[] = (Object.keys(SHIPPED) as WsisShippedLocaleCode[]).map((code) => ({
  code,
  endonym: SHIPPED[code].endonym,
  dir: SHIPPED[code].dir,
  listed: true,
}));

/**
 * Every locale the library speaks: the shipped ones in the UN's order, then any a site added with
 * `registerLocale()`, in the order it added them. Every element reads it; the language switcher
 * lists those that are `listed`.
 */
export const LOCALES: readonly WsisLocaleInfo[] = locales;

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
  // Only text is a tag: not a Symbol, nor an object (whose toString may even throw).
  if (typeof tag !== 'string') return undefined;
  const cleaned = tag.trim().replace(/_/g, '-');
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

/** A site's own language, as given to `registerLocale()`. */
export interface WsisLocaleRegistration {
  /** BCP 47 code, e.g. `pt` or `sw`. A shipped code cannot be replaced. */
  readonly code: string;
  /** The language's name in itself, as the language switcher shows it (e.g. `Português`). */
  readonly endonym: string;
  /** Writing direction; `ltr` when left out. */
  readonly dir?: 'ltr' | 'rtl';
  /**
   * Message id → translation, ids as in `locales/*.xlf`. A message's values are written `{0}`,
   * `{1}`… by the `id` of their `<x>` in the XLIFF, in any order. A message left out shows in
   * English, and so does one whose placeholders are not exactly its message's values (reported).
   */
  readonly translations: Readonly<Record<string, string>>;
  /**
   * Whether language switchers list it (and a message's "Also available in" links offer it);
   * `true` when left out. `false` keeps it out of every list a reader sees while `setLocale()` still
   * switches to it: for a translation under review, or a pseudo-locale for testing.
   */
  readonly listed?: boolean;
}

const registered = new Map<string, WsisLocaleRegistration>();

function registrationError(code: unknown, problem: string): void {
  console.error(`wsis-components registerLocale(): ${preview(code)}: ${problem}`);
}

/**
 * Adds a language the library does not ship (a site's regional language, say), with its
 * translations, endonym and direction, without a fork: every element, the language switcher,
 * `resolveLocale` and `setLocale` then know it. Call it once at start-up, before the first
 * `setLocale` (lit-localize fixes its list of locales then). Bad input is reported on the console
 * (`console.error`, naming the code) and ignored; returns whether the language was added.
 */
export function registerLocale(registration: WsisLocaleRegistration): boolean {
  const {
    code,
    endonym,
    dir = 'ltr',
    translations,
    listed = true,
  } = registration ?? ({} as WsisLocaleRegistration);
  let canonical: string;
  try {
    if (typeof code !== 'string') throw new TypeError('not text');
    canonical = new Intl.Locale(code).toString();
  } catch {
    registrationError(code, 'not a BCP 47 language tag; the language is not added.');
    return false;
  }
  if (resolveShippedExact(canonical) || registered.has(canonical)) {
    registrationError(code, 'already a language of the library; the language is not added.');
    return false;
  }
  if (configuring) {
    registrationError(
      code,
      'registerLocale() came after setLocale(); call it first. The language is not added.',
    );
    return false;
  }
  if (!String(endonym ?? '').trim() || (dir !== 'ltr' && dir !== 'rtl') || typeof translations !== 'object') {
    registrationError(
      code,
      'needs an endonym, a dir of "ltr" or "rtl" and a translations object; not added.',
    );
    return false;
  }
  registered.set(canonical, {
    code: canonical,
    endonym: endonym.trim(),
    dir,
    translations: { ...translations },
    listed: listed !== false,
  });
  locales.push(Object.freeze({ code: canonical, endonym: endonym.trim(), dir, listed: listed !== false }));
  return true;
}

function resolveShippedExact(code: string): boolean {
  return Object.keys(SHIPPED).some((c) => c.toLowerCase() === code.toLowerCase());
}

/**
 * The library's translated templates for one locale, for a site that configures `@lit/localize`
 * itself and merges our messages with its own (see the Localization guide).
 */
export async function loadWsisTemplates(code: WsisLocaleCode): Promise<LocaleModule['templates']> {
  if (code === sourceLocale) return {};
  const { loadModule } = await loadRuntime();
  return (await loadModule(code, sources)).templates;
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

// internal/locale-runtime.ts, loaded on first use (the first setLocale()): a page that never
// switches language never needs it. It gets what it needs from here, as `sources`.
let runtime: Promise<typeof import('./internal/locale-runtime.js')> | undefined;

const sources: LocaleSources = {
  sourceLocale,
  targetLocales,
  shipped: SHIPPED,
  registered,
  report: registrationError,
};

function loadRuntime() {
  runtime ??= import('./internal/locale-runtime.js');
  return runtime;
}

// Set by the first setLocale(), before the runtime has loaded (and `api` is set): registerLocale()
// refuses from then on.
let configuring = false;

async function ensureConfigured(): Promise<LocalizationApi> {
  if (api) return api;
  configuring = true;
  const { configure } = await loadRuntime();
  api ??= configure(sources);
  return api;
}

/** The current locale (the source locale, `en`, until `setLocale` is called). */
export function getLocale(): WsisLocaleCode {
  if (!api) return sourceLocale;
  return resolveLocale(api.getLocale()) ?? sourceLocale;
}

// The locale the latest setLocale() asked for, set before its messages load: until then getLocale()
// still gives the previous one, which syncDocumentLocale() must not write over the page's `lang`.
let requested: WsisLocaleCode | undefined;

/**
 * Switches every element on the page to the best supported locale for `tag`. An unknown tag falls
 * back to `en` with one console warning naming it; this never throws. Resolves to the locale used.
 */
export async function setLocale(tag: string): Promise<WsisLocaleCode> {
  let code = resolveLocale(tag);
  if (!code) {
    if (DEV_MODE)
      console.warn(
        `wsis-components setLocale(): unknown locale ${preview(tag)}; using "${sourceLocale}". ` +
          `Supported: ${LOCALES.map((l) => l.code).join(', ')}.`,
      );
    code = sourceLocale;
  }
  requested = code;
  await (await ensureConfigured()).setLocale(code);
  return code;
}

/**
 * Opt-in: keeps `lang` and `dir` on `<html>` (or another element) in step with the library's
 * locale, now and after every change. Returns a function that stops it.
 *
 * The page's own language wins: called before any `setLocale()`, on a page whose `lang` is a
 * language of the library (`<html lang="fr">`), it sets that locale rather than write `en` over
 * the page's `lang`; a `lang` the library does not speak is left as written, with a warning. A tag
 * the locale already stands for (`fr-CA` for `fr`) is kept as the page wrote it.
 */
export function syncDocumentLocale(root: HTMLElement = document.documentElement): () => void {
  const apply = () => {
    const code = getLocale();
    if (resolveLocale(root.lang) !== code) root.lang = code;
    root.dir = localeDir(code);
  };
  const onStatus = (event: Event) => {
    if ((event as CustomEvent<{ status: string }>).detail.status === 'ready') apply();
  };
  window.addEventListener(LOCALE_STATUS_EVENT, onStatus);
  const own = root.lang;
  const ownLocale = resolveLocale(own);
  if (!requested && !api) {
    // No locale chosen yet: the page's says which. Its messages are applied once loaded (`ready`).
    if (ownLocale && ownLocale !== sourceLocale) void setLocale(ownLocale);
    else if (own && !ownLocale) {
      if (DEV_MODE)
        console.warn(
          `wsis-components syncDocumentLocale(): lang="${own}" is not a language of the library; ` +
            `left as written, the elements show "${sourceLocale}" until setLocale(). ` +
            `Supported: ${LOCALES.map((l) => l.code).join(', ')}.`,
        );
    } else apply();
  } else if (requested === undefined || requested === getLocale()) {
    if (DEV_MODE && own && ownLocale !== getLocale())
      console.warn(
        `wsis-components syncDocumentLocale(): lang="${own}" rewritten to "${getLocale()}", ` +
          `the locale setLocale() chose.`,
      );
    apply();
  }
  // Otherwise a setLocale() is loading: its `ready` applies it.
  return () => window.removeEventListener(LOCALE_STATUS_EVENT, onStatus);
}
