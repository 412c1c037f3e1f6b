/**
 * The parts of `@lit/localize` the elements (and, in the built package, the locale modules) use,
 * each from its own module rather than from the package's index. The index also re-exports the
 * runtime (`configureLocalization`, its message lookup and id hashing), and that module runs code
 * when loaded, so a bundler keeps it in every page that imports the index. Until `setLocale()`
 * configures the runtime, `msg()` gives the source (English) text; localization.ts loads the
 * runtime on the first `setLocale()` (internal/locale-runtime.ts).
 */
export { msg } from '@lit/localize/init/install.js';
export { str } from '@lit/localize/internal/str-tag.js';
export { updateWhenLocaleChanges } from '@lit/localize/internal/localized-controller.js';
export { LOCALE_STATUS_EVENT } from '@lit/localize/internal/locale-status-event.js';
