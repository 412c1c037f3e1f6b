// @web/test-runner: every test file in Chromium and Firefox, TypeScript through esbuild.
import { fileURLToPath } from 'node:url';
import * as puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { CHROMIUM_ARGS, findBrowsers, missingBrowsersMessage } from './scripts/lib/browsers.mjs';
import { summaryReporter } from './tests/browser/runner/summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { ariaQueryPlugin } from './tests/browser/runner/aria-plugin.mjs';
import { mediaFeaturesPlugin } from './tests/browser/runner/media-plugin.mjs';
import { rawFilesPlugin } from './tests/browser/runner/raw-files-plugin.mjs';
import { pseudoLocalesPlugin } from './tests/browser/runner/pseudo-locales-plugin.mjs';

const found = findBrowsers();
const missing = missingBrowsersMessage(found);
if (missing) {
  console.error(missing);
  process.exit(1);
}

// WTR_BROWSERS=chromium (or firefox) narrows the run; watch mode is for one change at a time, so it
// opens Chromium only unless told otherwise.
const only =
  process.env.WTR_BROWSERS?.split(',') ?? (process.argv.includes('--watch') ? ['chromium'] : undefined);
const browsers = [
  chromeLauncher({
    puppeteer,
    launchOptions: { browser: 'chrome', executablePath: found.chromium, headless: true, args: CHROMIUM_ARGS },
  }),
  chromeLauncher({
    puppeteer,
    launchOptions: { browser: 'firefox', executablePath: found.firefox, headless: true },
  }),
].filter((b) => !only || only.includes(b.name.toLowerCase()));

export default {
  files: ['tests/browser/**/*.test.ts'],
  nodeResolve: true,
  browsers,
  concurrency: 1,
  concurrentBrowsers: 2,
  testFramework: { config: { timeout: 20000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 300000,
  // A page as a site would serve it: a title, a language, a viewport, so that axe's page-level rules
  // judge the components and not the runner's bare page.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en" dir="ltr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>wsis-components tests</title>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  reporters: [defaultReporter(), summaryReporter('.tmp/wtr-summary.json')],
  plugins: [
    // The browser's own accessibility tree, for checks axe cannot make (how many banners a page has).
    ariaQueryPlugin(),
    // Forced colours (and other media features) for tests/browser/themes.test.ts.
    mediaFeaturesPlugin(),
    // Documented snippets as written, for the tests that run them (/raw/<path>).
    rawFilesPlugin(),
    // Storybook's pseudo-locales (virtual:wsis-pseudo-locales), for the test that keeps them out of
    // every language switcher.
    pseudoLocalesPlugin(),
    esbuildPlugin({
      ts: true,
      target: 'es2021',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
};
