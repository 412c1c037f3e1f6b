/**
 * Registers an element once per page. A page can carry two copies of the library (a site's bundle
 * and a CMS widget that brought its own): `customElements.define` throws for the second copy's
 * tag, which would stop the rest of that bundle. Here the second registration is skipped with one
 * console message naming the element, and the first copy keeps serving every element on the page.
 */
import { DEV_MODE } from './dev-mode.js';
import { report } from './report.js';

/** Defines `tag` as `element`, unless the page already has it (then one warning, and nothing else). */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  // No registry: a server without Lit's DOM shim. Nothing to register.
  const registry = (globalThis as { customElements?: CustomElementRegistry }).customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (existing === element) return;
  if (existing) {
    // A developer message: the production build drops it with its text (see dev-mode.ts).
    if (DEV_MODE)
      report(
        'warning',
        tag,
        '',
        'already defined on this page by another copy of wsis-components; this copy is not registered and ' +
          'the first one serves every element. Load the library once (one bundle, or mark it external).',
      );
    return;
  }
  registry.define(tag, element);
}
