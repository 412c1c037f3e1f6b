// The sweep tests itself: a Storybook built with only the deliberately broken fixture
// (tests/storybook/fixtures/sweep-broken.stories.ts, WSIS_SWEEP_FIXTURE=1) is swept in both browsers, and
// each defect must be caught, by the check meant for it and by nothing else, while the sound story
// passes. Without that, a sweep that checked nothing would pass the library too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'wsis-sweep-fixture-'));
const env = { ...process.env, WSIS_SWEEP_FIXTURE: '1' };

/** What each fixture story must fail on: every problem it has matches, and each pattern is met. */
const EXPECTED = {
  'sweep-fixture-broken--low-contrast': [/axe color-contrast/],
  'sweep-fixture-broken--unnamed-button': [/axe button-name/],
  'sweep-fixture-broken--fixed-width': [
    /at 320 px: (the page scrolls sideways|beyond the 320 px viewport: p)/,
  ],
  'sweep-fixture-broken--focus-removed': [
    /no visible focus indicator on wsis-skip-link > a/,
    /no visible focus indicator on a "A link with no ring"/,
  ],
  'sweep-fixture-broken--tight-height': [/with text spacing at 320 px: text cut off in p/],
  'sweep-fixture-broken--pixel-box': [/at 200 % text: text cut off in p/],
};

test(
  'the story sweep catches each defect of the broken fixture, and passes the sound story',
  { timeout: 600000 },
  (t) => {
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const build = spawnSync(
      'node',
      ['node_modules/.bin/storybook', 'build', '-o', join(dir, 'static'), '--quiet', '--test'],
      { env, encoding: 'utf8' },
    );
    assert.equal(build.status, 0, `the fixture Storybook did not build:\n${build.stderr}`);
    const index = JSON.parse(readFileSync(join(dir, 'static', 'index.json'), 'utf8'));
    const ids = Object.keys(index.entries);
    assert.deepEqual(ids.sort(), ['sweep-fixture-broken--sound', ...Object.keys(EXPECTED)].sort());

    const report = join(dir, 'report.json');
    const sweep = spawnSync(
      'node',
      [
        'tests/storybook/sweep.mjs',
        `--dir=${join(dir, 'static')}`,
        `--report=${report}`,
        `--summary=${join(dir, 'summary.json')}`,
        '--locale=en',
        '--locale=ar',
        '--theme=light',
        '--theme=forced',
      ],
      { env, encoding: 'utf8' },
    );
    assert.equal(sweep.status, 1, `the sweep must fail on the fixture:\n${sweep.stdout}\n${sweep.stderr}`);
    const results = JSON.parse(readFileSync(report, 'utf8'));

    // Every story was swept in both browsers, both themes and both locales.
    for (const id of ids)
      for (const column of ['chromium light', 'chromium forced', 'firefox light', 'firefox forced'])
        assert.deepEqual(Object.keys(results[id]?.[column] ?? {}).sort(), ['ar', 'en'], `${id} in ${column}`);

    assert.deepEqual(
      Object.values(results['sweep-fixture-broken--sound']).flatMap((byLocale) =>
        Object.values(byLocale).flat(),
      ),
      [],
      'the sound story passes everywhere',
    );
    for (const [id, patterns] of Object.entries(EXPECTED)) {
      // Layout and text-size checks run in the light theme. In forced colours the reader's palette
      // replaces the faint grey, so there the low contrast is rightly gone.
      const where = id.endsWith('low-contrast')
        ? ['chromium light', 'firefox light']
        : id.endsWith('unnamed-button') || id.endsWith('focus-removed')
          ? ['chromium light', 'chromium forced', 'firefox light', 'firefox forced']
          : ['chromium light', 'firefox light'];
      for (const column of where)
        for (const locale of ['en', 'ar']) {
          const problems = results[id][column][locale];
          for (const pattern of patterns)
            assert.ok(
              problems.some((p) => pattern.test(p)),
              `${id} [${column}, ${locale}] must report ${pattern}; it reported:\n${problems.join('\n')}`,
            );
          for (const problem of problems)
            assert.ok(
              patterns.some((pattern) => pattern.test(problem)),
              `${id} [${column}, ${locale}] reported something else: ${problem}`,
            );
        }
    }
  },
);
