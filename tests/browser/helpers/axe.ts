/** Runs axe-core in the page and fails with a readable list of what it found. */
import 'axe-core/axe.min.js';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';
import { settle } from './locales.js';

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

/** Every WCAG A and AA rule up to 2.2, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeCheckOptions {
  /**
   * Rules to switch off, each mapped to the reason why. A reason is required so that nobody turns a
   * rule off silently.
   */
  disabledRules?: Record<string, string>;
}

function describe(results: AxeResults): string {
  return results.violations
    .map(
      (v) =>
        `- ${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes
          .map((n) => `    at ${JSON.stringify(n.target)}: ${n.failureSummary?.replace(/\n/g, ' ')}`)
          .join('\n'),
    )
    .join('\n');
}

/** Fails when axe finds any violation in `context` (the whole document by default). */
export async function expectNoAxeViolations(
  context: ElementContext = document,
  { disabledRules = {} }: AxeCheckOptions = {},
): Promise<void> {
  for (const [rule, why] of Object.entries(disabledRules)) {
    if (!why.trim()) throw new Error(`axe rule "${rule}" is switched off without a reason`);
  }
  await settle();
  const options: RunOptions = {
    runOnly: { type: 'tag', values: AXE_TAGS },
    rules: Object.fromEntries(Object.keys(disabledRules).map((id) => [id, { enabled: false }])),
    resultTypes: ['violations'],
  };
  const results = await window.axe.run(context, options);
  if (results.violations.length > 0) {
    throw new Error(
      `axe found ${results.violations.length} violation(s) with lang="${document.documentElement.lang}" ` +
        `dir="${document.documentElement.dir}":\n${describe(results)}`,
    );
  }
}
