/** Registers every element of the library and re-exports their classes and the localization API. */
export { WsisSkipLink } from './components/skip-link/wsis-skip-link.js';
export * from './localization.js';
