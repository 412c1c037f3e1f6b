/**
 * Whether developer messages (bad-input warnings, the long form of errors) are compiled in. `true`
 * in the source, so tests, Storybook and the package's development build (the `development` export
 * condition) have every message; the production build (scripts/build/build.mjs) replaces it with a
 * constant `false` and drops every `if (DEV_MODE)` block with the strings in it.
 *
 * Import it exactly as `import { DEV_MODE } from '…/dev-mode.js';` on one line: the build removes
 * that line and fails for a file that uses DEV_MODE any other way.
 */
export const DEV_MODE: boolean = true;
