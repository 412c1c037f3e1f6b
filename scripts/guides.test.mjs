// The guide pages of the Storybook cannot drift from what they describe:
// - "For translators" explains every message the translation gate can print, and only those
//   (stories/guides/gate-messages.js against scripts/i18n-check.mjs's own code);
// - the Accessibility statement's figures (stories/guides/a11y-coverage.json) are what
//   scripts/a11y-coverage.mjs counts from the test sources today.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gateMessages } from './gate-messages.mjs';
import { committed, coverage, OUTPUT } from './a11y-coverage.mjs';
import { GATE_MESSAGES } from '../stories/guides/gate-messages.js';

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

test('the Accessibility statement’s figures are the ones the test sources give today', () => {
  // Compared as data: the file's layout is prettier's business.
  assert.deepEqual(committed(), coverage(), `${OUTPUT} is stale: run "npm run a11y:coverage" and commit it`);
});
