/**
 * The colour tokens as src/styles/shared.ts declares them, read from its CSS text: name, light and
 * dark value, what it is for (the comment above it). One source for tests/browser/themes.test.ts and the
 * Storybook Tokens page, so neither holds a copy of a value.
 */
import { tokens } from '../../../src/styles/shared.js';

export interface ColourToken {
  /** The public custom property, `--wsis-color-text`. */
  name: string;
  /** The private variable the elements read, `--_text`. */
  local: string;
  light: string;
  dark: string;
  /** What it is for, from the comment above its declaration. */
  use: string;
}

/** Splits `a, b` at the top-level comma (values such as `rgb(0 0 0 / 0.2)` hold none of their own). */
function pair(value: string): [string, string] {
  const match = /^light-dark\((.*)\)$/s.exec(value.trim());
  if (!match) return [value.trim(), value.trim()];
  let depth = 0;
  const inner = match[1];
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '(') depth++;
    else if (inner[i] === ')') depth--;
    else if (inner[i] === ',' && depth === 0) return [inner.slice(0, i).trim(), inner.slice(i + 1).trim()];
  }
  throw new Error(`tokens: cannot split ${value}`);
}

const DECLARATION = /\/\*\s*([^*]*?)\s*\*\/\s*(--_[\w-]+):\s*var\((--wsis-color-[\w-]+),\s*(.*?)\);\s*$/gm;

/** Every colour token of the theme, in declaration order. */
export function colourTokens(cssText = tokens.cssText): ColourToken[] {
  const main = cssText.slice(0, cssText.indexOf('@supports'));
  return [...main.matchAll(DECLARATION)].map(([, use, local, name, value]) => {
    const [light, dark] = pair(value);
    return { name, local, light, dark, use: use.replace(/\s+/g, ' ') };
  });
}

/** The values the `@supports not (light-dark)` block gives browsers without light-dark(). */
export function fallbackValues(cssText = tokens.cssText): Record<string, string> {
  const block = cssText.slice(cssText.indexOf('@supports'));
  return Object.fromEntries(
    [...block.matchAll(/(--_[\w-]+):\s*var\(--wsis-color-[\w-]+,\s*(.*?)\);/g)].map(([, l, v]) => [
      l,
      v.trim(),
    ]),
  );
}

/** A shared token as src/styles/shared.ts reads it: its public name and its default (light first). */
export interface SharedToken {
  name: string;
  /** The default: for a colour, `light-dark(light, dark)`. */
  value: string;
}

/** Every public token the shared styles read (`var(--wsis-…, default)` in `:host`), in order. */
export function sharedTokens(cssText = tokens.cssText): SharedToken[] {
  const main = cssText.slice(0, cssText.indexOf('@supports'));
  const out: SharedToken[] = [];
  for (const [, name, rest] of main.matchAll(/--_[\w-]+:\s*var\(\s*(--wsis-[\w-]+),\s*([\s\S]*?)\);\s*$/gm)) {
    out.push({ name, value: rest.replace(/\s+/g, ' ').trim() });
  }
  return out;
}
