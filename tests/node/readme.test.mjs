// The README is for site teams, and its code is not written twice: each of its code blocks is a copy
// of a snippet file that a test runs (stories/guides/snippets/, which the Getting started guide
// shows too), or one of the two commands. This test holds each block to its file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map(([, lang, body]) => ({ lang, body }));
const snippet = (name) => readFileSync(join(root, 'stories/guides/snippets', name), 'utf8');

test('the README is short enough to be read by a site team (at most 12 kB)', () => {
  assert.ok(readme.length <= 12_000, `README.md is ${readme.length} bytes`);
});

// Each run by a test: page.html and its script by tests/browser/guide-snippets.test.ts, install.sh
// by tests/node/consumer.test.mjs, drop-in.html by tests/node/cdn.test.mjs, includes.sh by
// tests/node/includes-nginx.test.mjs and tests/node/consumer.test.mjs.
const SNIPPETS = ['page.html', 'locale-from-html.mjs', 'install.sh', 'drop-in.html', 'includes.sh'];

test('the README’s first page, its script, the install steps and the drop-in are the tested snippet files', () => {
  for (const name of SNIPPETS)
    assert.ok(
      blocks.some((b) => b.body === snippet(name)),
      `README.md has a code block equal to stories/guides/snippets/${name}`,
    );
});

test('the README’s two commands are package.json’s', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const commands = blocks.find((b) => b.body.includes('npm start'));
  assert.ok(commands, 'a block with the two commands');
  assert.match(commands.body, /^npm ci && npm start\b/m);
  assert.match(commands.body, /^npm test\b/m);
  assert.ok(pkg.scripts.start && pkg.scripts.test);
  // Every other block is a snippet file: no code lives only in the README.
  const files = SNIPPETS.map(snippet);
  for (const b of blocks)
    assert.ok(b === commands || files.includes(b.body), `a README block that is no snippet file:\n${b.body}`);
});
