/**
 * What switching language needs and a page that stays in its source language does not:
 * lit-localize's runtime (`configureLocalization`, its message lookup and id hashing) and the
 * conversion of a site's registered translations. localization.ts loads this module on the first
 * `setLocale()`; until then `msg()` gives the source (English) text.
 */
export { configureLocalization } from '@lit/localize';
export { registeredTemplates } from './registered-templates.js';
