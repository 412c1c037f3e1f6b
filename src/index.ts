/** Registers every element of the library and re-exports their classes and the localization API. */
export { WsisSkipLink } from './components/skip-link/wsis-skip-link.js';
export * from './localization.js';
export { WsisLogo } from './components/logo/wsis-logo.js';
export type { WsisOrg, WsisLogoSources } from './components/logo/wsis-logo.js';
export { WsisLanguageSwitcher } from './components/language-switcher/wsis-language-switcher.js';
export type { WsisLocaleChangeDetail } from './components/language-switcher/wsis-language-switcher.js';
export { WsisHeader } from './components/header/wsis-header.js';
