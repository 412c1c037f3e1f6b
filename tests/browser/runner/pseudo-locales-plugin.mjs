// Serves `virtual:wsis-pseudo-locales`, the module Storybook's build makes from the XLIFF
// (scripts/i18n/pseudo-locales.mjs), to the browser tests: a test registers the pseudo-locales
// exactly as .storybook/preview.ts does, from the same data.
import { resolve } from 'node:path';
import { pseudoLocales } from '../../../scripts/i18n/pseudo-locales.mjs';

const root = resolve(import.meta.dirname, '../../..');
const ID = 'virtual:wsis-pseudo-locales';
const PATH = '/__wsis/pseudo-locales.js';

export function pseudoLocalesPlugin() {
  return {
    name: 'wsis-pseudo-locales',
    resolveImport: ({ source }) => (source === ID ? PATH : undefined),
    serve(context) {
      if (context.path !== PATH) return undefined;
      return { body: `export default ${JSON.stringify(pseudoLocales(root))};`, type: 'js' };
    },
  };
}
