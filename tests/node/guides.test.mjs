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
