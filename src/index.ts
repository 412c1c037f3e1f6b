/** Registers every element of the library and re-exports their classes and the localization API. */
export { WsisSkipLink } from './components/skip-link/wsis-skip-link.js';
export {
  WsisPrivacyNotice,
  cookieConsentStorage,
  localConsentStorage,
  memoryConsentStorage,
} from './components/privacy-notice/wsis-privacy-notice.js';
export type {
  WsisConsentDecision,
  WsisConsentRecord,
  WsisConsentStorage,
  WsisConsentChangeDetail,
} from './components/privacy-notice/wsis-privacy-notice.js';
export { WsisNav } from './components/nav/wsis-nav.js';
export type { WsisNavItem } from './components/nav/wsis-nav.js';
export { WsisBreadcrumb } from './components/breadcrumb/wsis-breadcrumb.js';
export type { WsisBreadcrumbItem } from './components/breadcrumb/wsis-breadcrumb.js';
export { WsisMessage } from './components/message/wsis-message.js';
export type { WsisHeadingLevel, WsisMessageTranslations } from './components/message/wsis-message.js';
export { WsisFooter } from './components/footer/wsis-footer.js';
export * from './localization.js';
export { WsisLogo } from './components/logo/wsis-logo.js';
export type { WsisOrg, WsisLogoSources } from './components/logo/wsis-logo.js';
export { WsisLanguageSwitcher } from './components/language-switcher/wsis-language-switcher.js';
export type { WsisLocaleChangeDetail } from './components/language-switcher/wsis-language-switcher.js';
export { WsisHeader } from './components/header/wsis-header.js';
