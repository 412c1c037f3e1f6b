// Types for scripts/i18n/pseudo-locales.mjs, which Storybook's TypeScript config imports.
import type { Plugin } from 'vite';

export interface PseudoLocale {
  code: string;
  endonym: string;
  dir: 'ltr' | 'rtl';
  listed: false;
  translations: Record<string, string>;
}
export function lengthen(source: string): string;
export function mirror(source: string): string;
export function pseudoLocales(root?: string): PseudoLocale[];
export function pseudoLocalesPlugin(root?: string): Plugin;
