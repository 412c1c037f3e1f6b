// What the story sweep runs (tests/storybook/sweep.mjs): its browsers, colour themes, locales, widths
// and text size, in one place. The sweep runs exactly this (its --browser, --theme and --locale only
// narrow it), and the Accessibility statement states it from here (scripts/docs/a11y-coverage.mjs),
// so the statement's matrix is the sweep's own. `node tests/storybook/sweep.mjs --matrix` prints it.
import { readFileSync } from 'node:fs';
import { shippedLocales as readShippedTable } from '../../scripts/i18n/check.mjs';
import { pseudoLocales } from '../../scripts/i18n/pseudo-locales.mjs';

const root = new URL('../..', import.meta.url);

/** The browsers: Chromium, and Debian's Firefox ESR over WebDriver BiDi. */
export const ENGINES = ['chromium', 'firefox'];

/** The colour themes: the `theme` global's light and dark, and forced colours. */
export const THEMES = ['light', 'dark', 'forced'];

/** axe's rule sets. */
export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The wide page (axe, console, lang and dir, the focus walk) and the phone (content lost). */
export const WIDE = { width: 1024, height: 768 };
export const NARROW = { width: 320, height: 640 };

/** The text size of the content-loss check, in % of the root font size (WCAG 1.4.4). */
export const TEXT_SIZE = 200;

/**
 * The library's languages and their directions, from the SHIPPED table of src/localization.ts (the
 * translation gate keeps it equal to lit-localize.json).
 */
export function shippedLocales() {
  return readShippedTable(readFileSync(new URL('src/localization.ts', root), 'utf8'));
}

/** The pseudo-locales Storybook registers, with their directions. */
export function pseudoLocaleDirs() {
  return Object.fromEntries(pseudoLocales(new URL('.', root).pathname).map((p) => [p.code, p.dir]));
}
