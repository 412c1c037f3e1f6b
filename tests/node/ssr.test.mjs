// Every element of the built package renders on the server (`@lit-labs/ssr`, declarative shadow
// DOM) without a `window` or `document`: proof that no element touches them outside browser-only
// lifecycle code. Imports the package by its own name, so the `exports` map is checked too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const tags = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .flatMap((d) => (d.tagName ? [d.tagName] : []));

test('the package entry imports on the server, with no window or document', async () => {
  // Lit's Node build shims only HTMLElement and customElements: any use of window or document throws.
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(typeof globalThis.document, 'undefined');
  const pkg = await import('wsis-components');
  assert.equal(typeof pkg.setLocale, 'function');
  assert.ok(tags.length > 0, 'custom-elements.json lists no element');
});

for (const tag of tags) {
  test(`<${tag}> renders to declarative shadow DOM on the server`, async () => {
    await import('wsis-components');
    const t = unsafeStatic(tag);
    // lit/static-html's unsafeStatic is the documented way to choose a tag name at run time.
    // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
    const out = await collectResult(render(html`<${t}></${t}>`));
    assert.match(out, new RegExp(`<${tag}[\\s>]`));
    assert.match(out, /<template shadowroot(mode)?="open"/);
  });
}

test('every element has its own package entry, and each entry resolves', async () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  for (const tag of tags) {
    assert.ok(pkg.exports[`./${tag}.js`], `package.json exports has no "./${tag}.js"`);
    const mod = await import(`wsis-components/${tag}.js`);
    assert.ok(Object.keys(mod).length > 0, `wsis-components/${tag}.js exports nothing`);
  }
});
