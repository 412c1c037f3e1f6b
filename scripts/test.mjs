// The test command. `npm test` (and CI) runs the whole gate: lint, types, translations, manifest,
// the package build and its checks (size-limit, publint, arethetypeswrong, changesets), the Node
// tests, every browser test in Chromium and Firefox, the Storybook build, the story sweep, the
// sub-path check and the screenshots. `npm run test:quick` (`--quick`) is the loop for one change:
// lint, types and the browser tests in Chromium only.
//
// Every step runs even when an earlier one fails, so that one run shows everything; the counts of
// the steps that run tests are summed into one last line, a plain "N passed, N failed". A task
// runner (wireit, npm-run-all) would stop at the first failure or not add up the counts of four
// different test runners, which is all this file does beyond running commands.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { findBrowsers, missingBrowsersMessage } from './lib/browsers.mjs';
import { findNginx } from './lib/nginx.mjs';

const quick = process.argv.includes('--quick');
const isRoot = process.getuid?.() === 0;
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

function run(cmd, args, env = {}) {
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return { ok: result.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

// Browsers (and nginx, the server the includes test runs): on Debian as root, install what is
// missing; elsewhere say what to install and stop (the includes test names nginx itself).
let missing = missingBrowsersMessage();
if ((missing || !findNginx()) && isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('Installing the test browsers, the fonts Arabic and Chinese need and nginx (Debian packages)…');
  run('apt-get', ['update', '-qq']);
  run(
    'apt-get',
    ['install', '-y', '-qq', 'chromium', 'firefox-esr', 'fonts-noto-core', 'fonts-noto-cjk', 'nginx'],
    { DEBIAN_FRONTEND: 'noninteractive' },
  );
  missing = missingBrowsersMessage(findBrowsers());
}
if (missing) {
  console.error(missing);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const TMP = '.tmp';
const SUMMARIES = {
  wtr: join(TMP, 'wtr-summary.json'),
  node: join(TMP, 'node-tests.tap'),
  sizes: join(TMP, 'size-limit.json'),
  stories: join(TMP, 'stories-summary.json'),
  screenshots: join(TMP, 'screenshots-summary.json'),
};
// npm pack refuses a destination that does not exist, as in a fresh clone.
mkdirSync(join(TMP, 'pack'), { recursive: true });
for (const file of Object.values(SUMMARIES)) rmSync(file, { force: true });
const tarball = join(TMP, 'pack', `${pkg.name}-${pkg.version}.tgz`);

const bin = (name, ...args) => ['node', [`node_modules/.bin/${name}`, ...args]];
const testFiles = (dir, suffix) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .map((f) => `${dir}/${f}`);

// [name, command, args, how its tests are counted (a key of SUMMARIES), environment]
const lint = [
  ['locale modules', ...bin('lit-localize', 'build')],
  ['eslint', ...bin('eslint', '--max-warnings', '0', '.')],
  ['lit-analyzer', ...bin('lit-analyzer', '--strict', 'src/**/*.ts')],
  ['prettier', ...bin('prettier', '--check', '.')],
  ['typecheck', ...bin('tsc', '-p', 'tsconfig.json')],
];
const steps = quick
  ? [...lint, ['browser tests (Chromium)', ...bin('wtr'), 'wtr', { WTR_BROWSERS: 'chromium' }]]
  : [
      ...lint,
      ['translations (i18n:check)', 'node', ['scripts/i18n/check.mjs']],
      ['manifest up to date', 'node', ['scripts/build/manifest.mjs', '--check']],
      ['package build', 'node', ['scripts/build/build.mjs']],
      ['byte budgets (size-limit)', ...bin('size-limit', '--json'), 'sizes'],
      ['package contents (publint)', ...bin('publint', '--strict')],
      [
        'packed tarball',
        'npm',
        ['pack', '--ignore-scripts', '--silent', '--pack-destination', join(TMP, 'pack')],
      ],
      [
        'package types (arethetypeswrong)',
        ...bin(
          'attw',
          tarball,
          '--profile',
          'esm-only',
          '--exclude-entrypoints',
          './theme.css',
          '--format',
          'ascii',
        ),
      ],
      ['release notes (changeset status)', ...bin('changeset', 'status')],
      [
        'node tests',
        'node',
        [
          '--test',
          // Two files at a time at least: node's default (cores − 1) runs them one by one on two
          // cores, leaving a core idle. The files can run side by side: each writes only into folders
          // of its own, serves on a free port, and only reads dist/, which the package build made.
          `--test-concurrency=${Math.max(2, availableParallelism())}`,
          '--test-reporter=spec',
          '--test-reporter-destination=stdout',
          '--test-reporter=tap',
          `--test-reporter-destination=${SUMMARIES.node}`,
          ...testFiles('tests/node', '.test.mjs'),
          ...testFiles('tests/storybook', '.test.mjs'),
          ...testFiles('site/tests', '.test.mjs'),
        ],
        'node',
      ],
      ['browser tests (Chromium, Firefox)', ...bin('wtr'), 'wtr'],
      ['storybook build', ...bin('storybook', 'build', '-o', 'storybook-static', '--quiet')],
      // The Docs pages' screen-reader sections match the built stories; their API tables are public only.
      ['docs pages (a11y data, API tables)', 'node', ['scripts/docs/docs-a11y.mjs', '--check']],
      [
        'stories × locales × themes × browsers (axe, focus, reflow, text spacing, text size)',
        'node',
        ['tests/storybook/sweep.mjs'],
        'stories',
      ],
      ['storybook served from a sub-path', 'node', ['tests/storybook/subpath.mjs']],
      [
        'screenshots (en, ar, zh-Hans × light, dark)',
        'node',
        ['tests/storybook/screenshots.mjs'],
        'screenshots',
      ],
    ];

/** The tests a step ran, read from the summary its runner wrote: { passed, failed, skipped }. */
const counters = {
  wtr() {
    const s = JSON.parse(readFileSync(SUMMARIES.wtr, 'utf8'));
    return { passed: s.passed, failed: s.failed + s.erroredFiles, skipped: s.skipped ?? 0 };
  },
  node() {
    const tap = readFileSync(SUMMARIES.node, 'utf8');
    const n = (key) => Number(new RegExp(`^# ${key} (\\d+)`, 'm').exec(tap)?.[1] ?? 0);
    return { passed: n('pass'), failed: n('fail'), skipped: n('skipped') };
  },
  sizes() {
    const checks = JSON.parse(readFileSync(SUMMARIES.sizes, 'utf8'));
    const failed = checks.filter((c) => !c.passed).length;
    return { passed: checks.length - failed, failed, skipped: 0 };
  },
  stories: () => ({ skipped: 0, ...JSON.parse(readFileSync(SUMMARIES.stories, 'utf8')) }),
  screenshots: () => ({ skipped: 0, ...JSON.parse(readFileSync(SUMMARIES.screenshots, 'utf8')) }),
};

const report = [];
for (const [name, cmd, args, counted, env] of steps) {
  console.log(`\n=== ${name} ===`);
  if (counted === 'sizes') {
    // size-limit --json writes its report to stdout: keep it for the count, and show a table.
    const started = Date.now();
    const result = spawnSync(cmd, args, { encoding: 'utf8' });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    let ok = result.status === 0;
    try {
      const checks = JSON.parse(result.stdout);
      for (const c of checks)
        console.log(`${c.passed ? 'ok  ' : 'OVER'} ${c.name}: ${c.size} B (limit ${c.sizeLimit} B)`);
      writeFileSync(SUMMARIES.sizes, result.stdout);
    } catch {
      ok = false;
      console.log(result.stdout, result.stderr);
    }
    report.push({ name, ok, seconds, counted });
    continue;
  }
  const { ok, seconds } = run(cmd, args, env);
  report.push({ name, ok, seconds, counted });
}

// Count tests, not steps, where a step runs tests; every other step counts as one check.
let passed = 0;
let failed = 0;
let skipped = 0;
console.log('\n=== summary ===');
for (const { name, ok, seconds, counted } of report) {
  let detail = '';
  if (counted) {
    let c;
    try {
      c = counters[counted]();
    } catch {
      c = { passed: 0, failed: 0, skipped: 0 };
    }
    // A runner that failed without counting a failure (it crashed, or wrote no summary) is one.
    const failures = c.failed + (ok || c.failed ? 0 : 1);
    passed += c.passed;
    failed += failures;
    skipped += c.skipped;
    detail = ` (${c.passed} passed, ${failures} failed${c.skipped ? `, ${c.skipped} skipped` : ''})`;
  } else if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail} — ${seconds} s`);
}
const allOk = report.every((r) => r.ok);
// What each failed Node test said, under the table: a log cut to its last lines still shows why.
if (report.some((r) => r.counted === 'node' && !r.ok) && existsSync(SUMMARIES.node)) {
  for (const [, title, yaml] of readFileSync(SUMMARIES.node, 'utf8').matchAll(
    /^not ok \d+ - (.*)\n {2}---\n([\s\S]*?)\n {2}\.\.\./gm,
  )) {
    const location = /^ {2}location: '(.*)'/m.exec(yaml)?.[1] ?? '';
    const error = /^ {2}error: \|-?\n((?: {4}.*\n?)*)/m.exec(yaml)?.[1] ?? yaml;
    const lines = error
      .split('\n')
      .map((l) => l.slice(4))
      .filter(Boolean);
    console.log(`not ok: ${title} (${location.replace(`${process.cwd()}/`, '')})`);
    for (const line of lines.slice(0, 8)) console.log(`    ${line}`);
  }
}
// Skipped: tests a browser cannot run (print and reduced-motion emulation need CDP, absent in Firefox).
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(allOk && failed === 0 ? 0 : 1);
