// The data the Storybook Docs pages render beside their prose, made when Storybook starts or builds
// and served as virtual modules, so that it is never a committed copy that can go stale:
//   virtual:wsis-docs-data        each element's HTML, its server rendering, strings, bad input
//                                 (scripts/docs/docs-data.mjs; needs the built package, dist/)
//   virtual:wsis-a11y-coverage    the Accessibility statement's figures, counted from the tests
//                                 (scripts/docs/a11y-coverage.mjs)
// The server rendering runs in a child process: @lit-labs/ssr installs its DOM shim into the
// process that renders, which is no place for Storybook's own build.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { coverage } from './a11y-coverage.mjs';

const root = new URL('../..', import.meta.url).pathname;
const DOCS_DATA = 'virtual:wsis-docs-data';
const COVERAGE = 'virtual:wsis-a11y-coverage';

function docsDataJson() {
  if (!existsSync(join(root, 'dist/ssr.js')))
    throw new Error('The Docs pages render the built package: run `npm run build` first.');
  return execFileSync(process.execPath, [join(root, 'scripts/docs/docs-data.mjs'), '--stdout'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The Vite plugin Storybook's configuration adds. */
export function storybookDataPlugin() {
  return {
    name: 'wsis-storybook-data',
    resolveId: (source) => (source === DOCS_DATA || source === COVERAGE ? `\0${source}` : undefined),
    load(resolved) {
      if (resolved === `\0${DOCS_DATA}`) return `export default ${docsDataJson()};`;
      if (resolved === `\0${COVERAGE}`) return `export default ${JSON.stringify(coverage())};`;
      return undefined;
    },
  };
}
