// The Docs pages' data, made when Storybook builds from its sources: the snippets, the server
// rendering of them, the XLIFF and the bad-input table of stories/guides/bad-input.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { NOT_AN_ELEMENT, docsData, messageText } from '../../scripts/docs/docs-data.mjs';
import { storybookDataPlugin } from '../../scripts/docs/storybook-data.mjs';

const data = await docsData();

test('Storybook gets the data as virtual:wsis-docs-data, made from the sources at build time', () => {
  const plugin = storybookDataPlugin();
  const id = plugin.resolveId('virtual:wsis-docs-data');
  assert.ok(id, 'the plugin resolves the module');
  const code = plugin.load(id);
  assert.match(code, /^export default \{/);
  assert.deepEqual(JSON.parse(code.replace(/^export default /, '').replace(/;$/, '')), data);
  assert.equal(plugin.resolveId('virtual:something-else'), undefined);
});

test('a message shows its values by name, as the translator note calls them', () => {
  assert.equal(
    messageText('© <x id="0" equiv-text="${organisation}"/>, <x id="1" equiv-text="${year}"/>.'),
    '© {organisation}, {year}.',
  );
});

test('every message of the XLIFF is on one element page, in all six languages, none empty', () => {
  const all = Object.values(data.elements).flatMap((e) => e.strings);
  // All but those of the includes command (includes.*), which no element renders.
  const ids = [
    ...readFileSync(new URL('../../locales/fr.xlf', import.meta.url), 'utf8').matchAll(
      /<trans-unit id="([^"]+)"/g,
    ),
  ].map(([, id]) => id);
  const elementIds = ids.filter((id) => !NOT_AN_ELEMENT.has(id.split('.')[0]));
  assert.deepEqual(
    ids.filter((id) => !elementIds.includes(id)),
    ['includes.footer-links'],
  );
  assert.equal(all.length, elementIds.length);
  for (const s of all) {
    assert.deepEqual(Object.keys(s.text).sort(), ['ar', 'en', 'es', 'fr', 'ru', 'zh-Hans']);
    for (const [code, t] of Object.entries(s.text)) assert.ok(t.trim(), `${s.id} ${code}`);
  }
});

test('the server-rendered HTML is the snippet with its shadow roots, and no inline style', () => {
  for (const [tag, e] of Object.entries(data.elements)) {
    assert.match(e.ssr, new RegExp(`<${tag}[\\s>][\\s\\S]*?<template shadowroot`), tag);
    assert.doesNotMatch(e.ssr, /<style>/, tag);
  }
});

test('each bad-input row is on the page of the element it names, the rest on every page', () => {
  const rows = Object.values(data.elements).flatMap((e) => e.badInput);
  assert.ok(rows.some((r) => r.input.includes('`<wsis-logo>` without `org`')));
  assert.ok(data.elements['wsis-footer'].badInput.some((r) => r.input.includes('last-updated="yesterday"')));
  assert.ok(!data.elements['wsis-footer'].badInput.some((r) => r.input.includes('<wsis-logo>')));
  assert.ok(data.badInputEveryElement.some((r) => r.input.includes('setLocale')));
});
