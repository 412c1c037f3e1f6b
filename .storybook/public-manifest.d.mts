// Types for .storybook/public-manifest.mjs, which preview.ts imports.
export const API_LISTS: readonly string[];
export function isInternal(item: {
  name?: string;
  fieldName?: string;
  privacy?: string;
  description?: string;
}): boolean;
export function publicManifest<T>(manifest: T): T;
export const BASE_ELEMENT: string;
export function isSharedToken(item: { inheritedFrom?: { name?: string } }): boolean;
export function apiRowNames(decl: object): string[];
export interface ManifestMethod {
  kind: 'method';
  name: string;
  static?: boolean;
  description?: string;
  parameters?: {
    name: string;
    type?: { text?: string };
    default?: string;
    optional?: boolean;
    description?: string;
  }[];
  return?: { type?: { text?: string } };
}
export function publicMethods(decl: object): ManifestMethod[];
