/** Registers every element of the library and re-exports their classes and the localization API. */
export { WsisSkipLink } from './components/skip-link/wsis-skip-link.js';
export {
  WsisPrivacyNotice,
  localConsentStorage,
  memoryConsentStorage,
} from './components/privacy-notice/wsis-privacy-notice.js';
export type {
  ConsentDecision,
  ConsentRecord,
  ConsentStorage,
  WsisConsentChangeDetail,
} from './components/privacy-notice/wsis-privacy-notice.js';
export * from './localization.js';
