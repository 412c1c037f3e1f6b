/** Asks the browser's own accessibility tree (not the DOM) which elements have a role and name. */
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Tag names (with `#id`) of the elements the browser exposes with `role`, and with `name` when
 * given, in document order, shadow roots included.
 */
export function ariaQuery(role: string, name?: string): Promise<string[]> {
  return executeServerCommand<string[], { role: string; name?: string }>('aria-query', { role, name });
}
