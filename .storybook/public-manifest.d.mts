// Types for .storybook/public-manifest.mjs, which preview.ts imports.
export const API_LISTS: readonly string[];
export function isInternal(item: {
  name?: string;
  fieldName?: string;
  privacy?: string;
  description?: string;
}): boolean;
export function publicManifest<T>(manifest: T): T;
