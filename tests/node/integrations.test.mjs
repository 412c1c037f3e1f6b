// The React wrappers and the framework and editor files are generated from custom-elements.json:
// this fails when a committed one no longer matches what the manifest gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

function check(...args) {
  return spawnSync(process.execPath, ['scripts/build/integrations.mjs', '--check', ...args], {
    encoding: 'utf8',
  });
}

test('src/react/ and integrations/ are what custom-elements.json generates', () => {
  const run = check();
  assert.equal(run.status, 0, run.stderr);
});

test('the check fails, naming the files, when the manifest has changed', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const notice = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === 'wsis-privacy-notice');
  notice.attributes.push({ name: 'new-attribute', type: { text: 'string' }, description: 'Added.' });
  notice.events.push({ name: 'wsis-new-event', type: { text: 'CustomEvent<WsisConsentChangeDetail>' } });
  mkdirSync('.tmp', { recursive: true });
  writeFileSync('.tmp/changed-manifest.json', JSON.stringify(manifest));
  const run = check('--manifest', '.tmp/changed-manifest.json');
  assert.equal(run.status, 1);
  for (const file of ['src/react/index.ts', 'integrations/jsx.d.ts', 'integrations/web-types.json']) {
    assert.match(run.stderr, new RegExp(file.replace('.', '\\.')));
  }
});
