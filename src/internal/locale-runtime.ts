/**
 * What switching language needs and a page that stays in its source language does not:
 * lit-localize's runtime (`configureLocalization`, its message lookup and id hashing), the loading
 * of a locale's templates and the conversion of a site's registered translations. localization.ts
 * loads this module on the first `setLocale()` (or `loadWsisTemplates()`); until then `msg()` gives
 * the source (English) text.
 *
 * It imports nothing from localization.ts: what it needs comes in as `LocaleSources`. A bundler
 * that splits code puts a module both files import into a chunk of its own, and that would be one
 * more file for every page to fetch at start.
 */
import { configureLocalization, type LocaleModule } from '@lit/localize';
import { registeredTemplates } from './registered-templates.js';

/** A language a site added with `registerLocale()`: its code and `{0}`-style translations. */
interface Registration {
  readonly code: string;
  readonly translations: Readonly<Record<string, string>>;
}

/** Where the templates of each locale come from, and how a problem is reported. */
export interface LocaleSources {
  readonly sourceLocale: string;
  /** The shipped target locales, in order. */
  readonly targetLocales: readonly string[];
  /**
   * The shipped locales (localization.ts's SHIPPED table): each target locale has the loader of its
   * generated module.
   */
  readonly shipped: Readonly<Record<string, object & { readonly load?: () => Promise<LocaleModule> }>>;
  /** The languages a site registered, by code. */
  readonly registered: ReadonlyMap<string, Registration>;
  /** Reports a problem with a registered language (localization.ts writes it to the console). */
  readonly report: (code: string, problem: string) => void;
}

/**
 * A registered language's templates. The kinds of the messages (plain, `str`, `html`) come from one
 * of our own locale modules.
 */
async function registeredModule(registration: Registration, sources: LocaleSources): Promise<LocaleModule> {
  const reference = await sources.shipped[sources.targetLocales[0]!]!.load!();
  const { templates, unknown, problems } = registeredTemplates(
    registration.translations,
    reference.templates,
  );
  if (unknown.length)
    sources.report(
      registration.code,
      `no message has the id ${unknown.map((i) => `"${i}"`).join(', ')}; ignored.`,
    );
  for (const { id, problem } of problems)
    sources.report(registration.code, `"${id}": ${problem}; the message shows in English.`);
  return { templates };
}

/** The templates of a target locale, shipped or registered. */
export function loadModule(code: string, sources: LocaleSources): Promise<LocaleModule> {
  const own = sources.registered.get(code);
  return own ? registeredModule(own, sources) : sources.shipped[code]!.load!();
}

/** Configures lit-localize for the page (once per page): every shipped and registered locale. */
export function configure(sources: LocaleSources) {
  return configureLocalization({
    sourceLocale: sources.sourceLocale,
    targetLocales: [...sources.targetLocales, ...sources.registered.keys()],
    loadLocale: (code) => loadModule(code, sources),
  });
}
