/**
 * Lit's hydration support for the drop-in build, loaded only by a page whose elements came from the
 * server with their shadow roots (declarative shadow DOM).
 *
 * `@lit-labs/ssr-client/lit-element-hydrate-support.js` sets a global hook that LitElement calls
 * once, when its module is evaluated. In the drop-in build Lit lives in the shared chunk, which the
 * autoloader has already evaluated when it finds server-rendered elements, so the hook is called
 * here, with the same LitElement, before any element is defined. (The patch it makes is to
 * LitElement's prototype and static `observedAttributes`; an element class read after it sees it.)
 */
import { LitElement } from 'lit';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

type HydrateHook = (lit: { LitElement: typeof LitElement }) => void;

/** Applies the hydration support to LitElement, unless Lit's own module already called the hook. */
export function applyHydrateSupport(): void {
  // The support adds `defer-hydration` to the observed attributes of every LitElement class: a
  // throwaway subclass shows whether it has run (LitElement's own getter cannot be read once patched).
  if (class extends LitElement {}.observedAttributes.includes('defer-hydration')) return;
  (globalThis as { litElementHydrateSupport?: HydrateHook }).litElementHydrateSupport?.({ LitElement });
}
