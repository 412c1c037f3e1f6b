/** Registers every element of the library and re-exports their classes and the localization API. */
export { WsisSkipLink } from './components/skip-link/wsis-skip-link.js';
export { WsisMessage } from './components/message/wsis-message.js';
export type { MessageTranslations } from './components/message/wsis-message.js';
export { WsisFooter } from './components/footer/wsis-footer.js';
export * from './localization.js';
