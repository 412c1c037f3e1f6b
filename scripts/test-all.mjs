// The whole test suite, as `npm test` and CI run it: gates (lint, types, translations, manifest,
// build), the Node tests, every browser test in Chromium and Firefox, and the Storybook build.
// Every step runs even when an earlier one fails, so one run shows everything; the last line is a
// plain "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { findBrowsers, missingBrowsersMessage } from './browsers.mjs';

const isRoot = process.getuid?.() === 0;

function run(cmd, args, env = {}) {
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return { ok: result.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

// Browsers: on Debian as root, install what is missing; elsewhere say what to install and stop.
let missing = missingBrowsersMessage();
if (missing && isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('Installing the test browsers and the fonts Arabic and Chinese need (Debian packages)…');
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium', 'firefox-esr', 'fonts-noto-core', 'fonts-noto-cjk'], {
    DEBIAN_FRONTEND: 'noninteractive',
  });
  missing = missingBrowsersMessage(findBrowsers());
}
if (missing) {
  console.error(missing);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

mkdirSync('.tmp', { recursive: true });
rmSync('.tmp/wtr-summary.json', { force: true });
rmSync('.tmp/node-tests.tap', { force: true });
rmSync('.tmp/stories-summary.json', { force: true });
rmSync('.tmp/screenshots-summary.json', { force: true });

const npx = (bin, ...args) => ['node', [`node_modules/.bin/${bin}`, ...args]];
const steps = [
  ['locale modules', ...npx('lit-localize', 'build')],
  ['eslint', ...npx('eslint', '--max-warnings', '0', '.')],
  ['lit-analyzer', ...npx('lit-analyzer', '--strict', 'src/**/*.ts')],
  ['prettier', ...npx('prettier', '--check', '.')],
  ['typecheck', ...npx('tsc', '-p', 'tsconfig.json')],
  ['i18n:check', 'node', ['scripts/i18n-check.mjs']],
  ['manifest up to date', 'node', ['scripts/manifest.mjs', '--check']],
  ['package build', 'node', ['scripts/build.mjs']],
  [
    'node tests',
    'node',
    [
      '--test',
      // Two files at a time at least: node's default (cores − 1) runs them one by one on two cores,
      // leaving a core idle. The files can run side by side: each writes only into folders of its
      // own, serves on a free port, and only reads dist/, which the package build above made.
      `--test-concurrency=${Math.max(2, availableParallelism())}`,
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      '--test-reporter-destination=.tmp/node-tests.tap',
      ...readdirSync('scripts')
        .filter((f) => f.endsWith('.test.mjs'))
        .map((f) => `scripts/${f}`),
      ...readdirSync('tests/node')
        .filter((f) => f.endsWith('.test.mjs'))
        .map((f) => `tests/node/${f}`),
    ],
  ],
  ['browser tests (Chromium, Firefox)', ...npx('wtr')],
  ['storybook build', ...npx('storybook', 'build', '-o', 'storybook-static', '--quiet')],
  // The Docs pages' screen-reader sections match the built stories; their API tables are public only.
  ['docs pages (a11y data, API tables)', 'node', ['scripts/docs-a11y.mjs', '--check']],
  [
    'stories × locales × themes × browsers (axe, focus, reflow, text spacing, text size)',
    'node',
    ['scripts/stories-sweep.mjs'],
  ],
  ['storybook served from a sub-path', 'node', ['scripts/storybook-subpath.mjs']],
  ['screenshots (en, ar, zh-Hans × light, dark)', 'node', ['scripts/screenshots.mjs']],
];

const report = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const { ok, seconds } = run(cmd, args);
  report.push({ name, ok, seconds });
}

// Count tests, not steps, where a step runs tests; every other step counts as one check.
let passed = 0;
let failed = 0;
let skipped = 0;
const tap = existsSync('.tmp/node-tests.tap') ? readFileSync('.tmp/node-tests.tap', 'utf8') : '';
const nodePass = Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0);
const nodeFail = Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? 0);
const nodeSkip = Number(/^# skipped (\d+)/m.exec(tap)?.[1] ?? 0);
const wtr = existsSync('.tmp/wtr-summary.json')
  ? JSON.parse(readFileSync('.tmp/wtr-summary.json', 'utf8'))
  : { passed: 0, failed: 0, erroredFiles: 0 };
console.log('\n=== summary ===');
for (const { name, ok, seconds } of report) {
  let detail = '';
  if (name === 'node tests') {
    passed += nodePass;
    skipped += nodeSkip;
    failed += nodeFail + (ok || nodeFail ? 0 : 1);
    detail = ` (${nodePass} passed, ${nodeFail} failed)`;
  } else if (name.startsWith('browser tests')) {
    passed += wtr.passed;
    skipped += wtr.skipped ?? 0;
    failed += wtr.failed + wtr.erroredFiles + (ok || wtr.failed || wtr.erroredFiles ? 0 : 1);
    detail = ` (${wtr.passed} passed, ${wtr.failed} failed${wtr.erroredFiles ? `, ${wtr.erroredFiles} files errored` : ''})`;
  } else if (name.startsWith('stories')) {
    const sweep = existsSync('.tmp/stories-summary.json')
      ? JSON.parse(readFileSync('.tmp/stories-summary.json', 'utf8'))
      : { passed: 0, failed: 1 };
    passed += sweep.passed;
    failed += sweep.failed + (ok || sweep.failed ? 0 : 1);
    detail = ` (${sweep.passed} passed, ${sweep.failed} failed)`;
  } else if (name.startsWith('screenshots')) {
    const shots = existsSync('.tmp/screenshots-summary.json')
      ? JSON.parse(readFileSync('.tmp/screenshots-summary.json', 'utf8'))
      : { passed: 0, failed: 1 };
    passed += shots.passed;
    failed += shots.failed + (ok || shots.failed ? 0 : 1);
    detail = ` (${shots.passed} passed, ${shots.failed} failed)`;
  } else if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail} — ${seconds} s`);
}
const allOk = report.every((r) => r.ok);
// Skipped: tests a browser cannot run (print and reduced-motion emulation need CDP, absent in Firefox).
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(allOk && failed === 0 ? 0 : 1);
