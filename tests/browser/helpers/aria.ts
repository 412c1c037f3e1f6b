/** Asks the browser's own accessibility tree (not the DOM) which elements have a role and name. */
import { executeServerCommand } from '@web/test-runner-commands';

/** One element the accessibility tree exposes with the role asked for. */
export interface AriaMatch {
  tag: string;
  id: string | null;
  label: string | null;
  inShadow: boolean;
}

/**
 * Every element the browser exposes with `role` (and `name` when given), in the document and every
 * open shadow root; or, with `within` (a CSS selector for a shadow host), in that shadow root only.
 * Served by tests/browser/runner/aria-plugin.mjs.
 */
export function ariaMatches(role: string, name?: string, within?: string): Promise<AriaMatch[]> {
  return executeServerCommand<AriaMatch[], { role: string; name?: string; within?: string }>('aria-query', {
    role,
    name,
    within,
  });
}

/** The same, as `tag#id` strings: handy for exact assertions. */
export async function ariaQuery(role: string, name?: string, within?: string): Promise<string[]> {
  return (await ariaMatches(role, name, within)).map((m) => `${m.tag}${m.id ? `#${m.id}` : ''}`);
}
