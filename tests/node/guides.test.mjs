// The guide pages of the Storybook cannot drift from what they describe:
// - "For translators" explains every message the translation gate can print, and only those
//   (stories/guides/gate-messages.js against scripts/i18n/check.mjs's own code);
// - the Accessibility statement's figures are counted from the test sources when Storybook builds
//   (virtual:wsis-a11y-coverage), and the counts match the test folders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gateMessages } from '../../scripts/docs/gate-messages.mjs';
import { readdirSync } from 'node:fs';
import { coverage } from '../../scripts/docs/a11y-coverage.mjs';
import { storybookDataPlugin } from '../../scripts/docs/storybook-data.mjs';
import { GATE_MESSAGES } from '../../stories/guides/gate-messages.js';
import { execFileSync } from 'node:child_process';
import { coverageRows, forcedColours, knownGaps } from '../../stories/guides/accessibility-statement.js';

// The page names its values (‹locale›, ‹id›); the code's are all ‹…›.
const shape = (m) => m.replace(/‹[^›]*›/g, '‹…›');

test('every message of npm run i18n:check is explained on the page For translators, and only those', () => {
  const printed = gateMessages();
  assert.ok(printed.length >= 15, `the gate's messages were found (${printed.length})`);
  const explained = GATE_MESSAGES.map((m) => shape(m.message));
  assert.deepEqual(
    printed.filter((m) => !explained.includes(m)),
    [],
    'printed by the gate, not explained in stories/guides/gate-messages.js',
  );
  assert.deepEqual(
    explained.filter((m) => !printed.includes(m)),
    [],
    'explained in stories/guides/gate-messages.js, no longer printed by the gate',
  );
  for (const m of GATE_MESSAGES)
    assert.ok(m.meaning && m.action && m.who, `${m.message}: meaning, action, who`);
});

test('the explanation check can fail: a message the gate does not print is caught', () => {
  assert.ok(!gateMessages().includes(shape('‹locale›: message "‹id›" is made up')));
});

test('the Accessibility statement’s figures are counted from the test sources when Storybook builds', () => {
  const plugin = storybookDataPlugin();
  const code = plugin.load(plugin.resolveId('virtual:wsis-a11y-coverage'));
  const figures = JSON.parse(code.replace(/^export default /, '').replace(/;$/, ''));
  assert.deepEqual(figures, coverage());
  const count = (dir, suffix) => readdirSync(dir).filter((f) => f.endsWith(suffix)).length;
  assert.equal(figures.browserTests.files, count('tests/browser', '.test.ts'));
  assert.equal(
    figures.nodeTests.files,
    count('tests/node', '.test.mjs') +
      count('tests/storybook', '.test.mjs') +
      count('site/tests', '.test.mjs'),
  );
  assert.equal(figures.elements, readdirSync('src/components').length);
  assert.ok(
    figures.browserTests.perBrowser >= 300,
    `browser tests counted (${figures.browserTests.perBrowser})`,
  );
  assert.ok(figures.axe.testsPerBrowser > 0 && figures.keyboard.testsPerBrowser > 0);
});

/** What the story sweep really runs: its own report of its matrix. */
const sweepMatrix = () =>
  JSON.parse(execFileSync(process.execPath, ['tests/storybook/sweep.mjs', '--matrix'], { encoding: 'utf8' }));

/**
 * Where the Accessibility statement's claims about the story sweep differ from the sweep's real
 * matrix, or contradict each other: one line each.
 */
function statementAgainst(matrix, c) {
  const out = [];
  const s = c.storySweep;
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  if (!same(s.browsers, matrix.browsers)) out.push(`browsers: says ${s.browsers}, runs ${matrix.browsers}`);
  if (!same(s.themes, matrix.themes)) out.push(`themes: says ${s.themes}, runs ${matrix.themes}`);
  if (s.locales !== matrix.locales.length)
    out.push(`locales: says ${s.locales}, runs ${matrix.locales.length}`);
  if (!same(c.pseudoLocales, matrix.pseudoLocales))
    out.push(`pseudo-locales: says ${c.pseudoLocales}, runs ${matrix.pseudoLocales}`);
  if (s.narrowWidth !== matrix.narrow.width)
    out.push(`narrow: says ${s.narrowWidth}, runs ${matrix.narrow.width}`);
  if (s.textSize !== matrix.textSize) out.push(`text size: says ${s.textSize}, runs ${matrix.textSize}`);
  const text = [...coverageRows(c).flat(), ...knownGaps(c).flat()].join('\n');
  for (const theme of matrix.themes)
    if (!coverageRows(c).some((row) => row[1].includes(theme)))
      out.push(`the table omits the ${theme} theme`);
  const forced = forcedColours(c);
  if (matrix.themes.includes('forced') && /^not tested/.test(forced))
    out.push('the gaps say forced colours are not tested, which the sweep runs');
  if (!matrix.themes.includes('forced') && !/^not tested/.test(forced) && !c.emulated.forcedColors)
    out.push('the gaps say forced colours are tested, which nothing runs');
  if (/\bforced\b/.test(text) && !matrix.themes.includes('forced') && !c.emulated.forcedColors)
    out.push('the statement names forced colours as tested');
  return out;
}

test('the Accessibility statement states the story sweep’s real matrix, and its gaps agree with it', () => {
  const matrix = sweepMatrix();
  assert.deepEqual(statementAgainst(matrix, coverage()), []);
  // Forced colours are a theme of the sweep: the gaps say where they are tested, never "not tested".
  assert.match(forcedColours(coverage()), /^tested in every story, in the story sweep/);
});

test('the statement check can fail: a matrix the statement does not state, a gap that contradicts it', () => {
  const matrix = sweepMatrix();
  const c = coverage();
  assert.deepEqual(statementAgainst({ ...matrix, themes: ['light', 'dark'] }, c), [
    'themes: says light,dark,forced, runs light,dark',
    'the gaps say forced colours are tested, which nothing runs',
    'the statement names forced colours as tested',
  ]);
  // The statement of before: a sweep with forced colours, gaps counting only the browser tests.
  const before = { ...c, storySweep: { ...c.storySweep, themes: ['light', 'dark'] } };
  assert.ok(
    statementAgainst(matrix, before).includes(
      'the gaps say forced colours are not tested, which the sweep runs',
    ),
  );
});
