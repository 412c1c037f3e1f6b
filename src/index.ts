/** Registers every element of the library and re-exports their classes and the localization API. */
export { WsisSkipLink } from './components/skip-link/wsis-skip-link.js';
export { WsisNav } from './components/nav/wsis-nav.js';
export type { WsisNavItem } from './components/nav/wsis-nav.js';
export { WsisBreadcrumb } from './components/breadcrumb/wsis-breadcrumb.js';
export type { WsisBreadcrumbItem } from './components/breadcrumb/wsis-breadcrumb.js';
export * from './localization.js';
