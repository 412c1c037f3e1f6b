/** Asks the browser's own accessibility tree (not the DOM) which elements have a role and name. */
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Tag names (with `#id`) of the elements the browser exposes with `role`, and with `name` when
 * given, in document order. `within`, a CSS selector for a shadow host, searches its shadow root
 * (Firefox does not descend into shadow roots from the document).
 */
export function ariaQuery(role: string, name?: string, within?: string): Promise<string[]> {
  return executeServerCommand<string[], { role: string; name?: string; within?: string }>('aria-query', {
    role,
    name,
    within,
  });
}
