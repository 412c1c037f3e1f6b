// The byte budgets of bench/budget.json: the package's weight as a site bundles it (brotli 11, see
// scripts/bundle-size.mjs) must stay at or under each figure. Budgets may only go down: when a
// change makes a figure smaller, lower its budget with `node scripts/budget.test.mjs --write`
// (which never raises one); `--reset` re-sets them all, for a reviewed change that adds weight. Timings are never checked here; `npm run bench` reports them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { byteFigures, root } from './bundle-size.mjs';

const file = join(root, 'bench', 'budget.json');
const budget = JSON.parse(readFileSync(file, 'utf8'));

/** The lines that fail: each figure over its budget, and each budgeted figure no longer measured. */
export function overBudget(figures, caps) {
  const failures = [];
  for (const [key, cap] of Object.entries(caps)) {
    if (!(key in figures)) failures.push(`${key}: budgeted (${cap} B) but no longer measured`);
    else if (figures[key] > cap) failures.push(`${key}: ${figures[key]} B, over its budget of ${cap} B`);
  }
  for (const key of Object.keys(figures))
    if (!(key in caps))
      failures.push(`${key}: ${figures[key]} B, measured but has no budget in bench/budget.json`);
  return failures;
}

if (process.argv.includes('--write') || process.argv.includes('--reset')) {
  const figures = await byteFigures();
  // --reset sets every budget to today's figure, up or down: only for a reviewed change that adds
  // weight on purpose (a merge that brings new behaviour), never to make a failing check pass.
  const caps = process.argv.includes('--reset') ? {} : { ...budget.brotliBytes };
  for (const [key, value] of Object.entries(figures)) caps[key] = Math.min(caps[key] ?? Infinity, value);
  writeFileSync(file, `${JSON.stringify({ ...budget, brotliBytes: caps }, null, 2)}\n`);
  console.log(caps);
} else {
  test('the budget check fails for a figure over its budget, and passes one under it', () => {
    assert.deepEqual(overBudget({ a: 10, b: 5 }, { a: 10, b: 6 }), []);
    assert.deepEqual(overBudget({ a: 11 }, { a: 10 }), ['a: 11 B, over its budget of 10 B']);
    assert.equal(overBudget({}, { a: 10 }).length, 1);
    assert.equal(overBudget({ a: 1 }, {}).length, 1);
  });

  test('every byte figure is within bench/budget.json (brotli 11, site bundle of dist/)', async () => {
    assert.ok(existsSync(join(root, 'dist', 'index.js')), 'dist/ is missing: run `npm run build` first.');
    const figures = await byteFigures();
    assert.deepEqual(overBudget(figures, budget.brotliBytes), []);
  });

  test('the promises of issue 10 hold: each locale module ≤ 1.2 kB', () => {
    for (const [key, cap] of Object.entries(budget.brotliBytes))
      if (key.startsWith('locale module ')) assert.ok(cap <= 1200, `${key} budget ${cap} B is above 1.2 kB`);
  });
}
