// No internal member reaches a Docs page's API tables. The tables are what Storybook's own
// extractor (the web-components renderer's extractArgTypes) makes of the manifest that
// .storybook/preview.ts hands to setCustomElementsManifest: publicManifest(custom-elements.json).
// This test runs that same extractor on that same object, and checks every row against the
// manifest's own privacy marks. It also runs the check on the unfiltered manifest and expects it
// to fail, so a check that cannot fail is caught too. The built Docs pages are checked in a browser
// by scripts/docs/docs-a11y.mjs --check (their tables' rows, against the same rule).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  publicManifest,
  isInternal,
  API_LISTS,
  apiRowNames,
  publicMethods,
} from '../../.storybook/public-manifest.mjs';

// The renderer's browser chunk sets a flag on `window` when it loads.
globalThis.window ??= globalThis;
const { setCustomElementsManifest } = await import('@storybook/web-components');
const { parameters } = await import('@storybook/web-components/entry-preview-argtypes');

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

/** Every name the manifest itself marks internal for `decl`, in any list (members, attributes …). */
function internalNames(decl) {
  const names = new Set();
  for (const list of API_LISTS)
    for (const item of decl[list] ?? [])
      if (item.privacy === 'private' || item.privacy === 'protected') names.add(item.name);
  return names;
}

/** The rows Storybook's Docs tables show for each element once it has been given `m`. */
function tableRows(m) {
  setCustomElementsManifest(m);
  return Object.fromEntries(
    elements.map((d) => [
      d.tagName,
      Object.entries(parameters.docs.extractArgTypes(d.tagName) ?? {})
        .filter(([, argType]) => !argType.table?.disable)
        .map(([name, argType]) => ({ name, category: argType.table?.category })),
    ]),
  );
}

/** Throws naming each row that is internal by the manifest's marks or by its name. */
function assertPublicRows(rowsByTag) {
  const leaks = [];
  for (const d of elements) {
    const internal = internalNames(d);
    for (const row of rowsByTag[d.tagName])
      if (internal.has(row.name) || /^[_#]/.test(row.name))
        leaks.push(`${d.tagName} ${row.category}: ${row.name}`);
  }
  assert.deepEqual(leaks, [], `internal members in the Docs tables:\n  ${leaks.join('\n  ')}`);
}

test('the manifest names nine elements, and some of their members are marked private', () => {
  assert.equal(elements.length, 9);
  assert.ok(elements.some((d) => internalNames(d).size > 0));
});

test('the Docs tables of every element show no private or protected member, nothing starting with _', () => {
  assertPublicRows(tableRows(publicManifest(manifest)));
});

test('the check fails when the unfiltered manifest reaches the tables (it can fail)', () => {
  assert.throws(() => assertPublicRows(tableRows(manifest)), /internal members in the Docs tables/);
});

test('the rule is by marks and names, not by a list: a renamed or new internal member is dropped', () => {
  const tweaked = structuredClone(manifest);
  const footer = tweaked.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === 'wsis-footer');
  footer.members.push(
    { kind: 'field', name: '_underscored' },
    { kind: 'field', name: 'helper', description: 'Not for sites. @internal' },
    { kind: 'field', name: 'guarded', privacy: 'protected' },
  );
  footer.attributes.push({ name: 'secret', fieldName: '_secret' });
  setCustomElementsManifest(publicManifest(tweaked));
  const rows = Object.keys(parameters.docs.extractArgTypes('wsis-footer'));
  for (const name of ['_underscored', 'helper', 'guarded', 'secret']) assert.ok(!rows.includes(name), name);
  assert.ok(isInternal({ name: '#x' }));
});

test('the public API is all there: attributes, properties, events, slots (the default one too), parts, tokens', () => {
  const rows = tableRows(publicManifest(manifest));
  const has = (tag, category, name) =>
    rows[tag].some((r) => r.category === category && r.name === name) ||
    assert.fail(`${tag} ${category} ${name}`);
  has('wsis-footer', 'attributes', 'logo-policy-href');
  has('wsis-nav', 'properties', 'items');
  has('wsis-privacy-notice', 'events', 'wsis-consent-change');
  has('wsis-message', 'slots', '(default)');
  has('wsis-header', 'slots', 'slot="navigation"');
  has('wsis-footer', 'css shadow parts', '::part(top-link)');
  has('wsis-header', 'css shadow parts', '::part(navigation)');
  has('wsis-footer', 'css custom properties', '--wsis-footer-background');
  // Every public attribute, slot and part of the manifest has its row (none hides another).
  for (const d of elements) {
    for (const a of d.attributes ?? []) if (!isInternal(a)) has(d.tagName, 'attributes', a.name);
    for (const s of d.slots ?? []) has(d.tagName, 'slots', s.name ? `slot="${s.name}"` : '(default)');
    for (const p of d.cssParts ?? []) has(d.tagName, 'css shadow parts', `::part(${p.name})`);
  }
});

/**
 * Every default a Docs table shows for `m`'s public API that is not a literal a site could write
 * (a constant's name such as DEFAULT_TOP_TARGET, an expression): `tag list name: default`.
 */
function nonLiteralDefaults(m) {
  const LITERAL = /^(?:'[^']*'|"[^"]*"|-?\d+(?:\.\d+)?|true|false|null|\[\]|\{\})$/;
  const out = [];
  for (const d of m.modules.flatMap((mod) => mod.declarations ?? []).filter((x) => x.tagName)) {
    for (const list of ['members', 'attributes'])
      for (const item of d[list] ?? []) {
        if (isInternal(item) || (item.kind === 'method' && isInternal(item))) continue;
        for (const x of [item, ...(item.parameters ?? [])])
          if (x.default !== undefined && !LITERAL.test(x.default))
            out.push(`${d.tagName} ${list} ${x.name}: ${x.default}`);
      }
  }
  return out;
}

test('every default in the API tables is a value a site can write, never a constant name', () => {
  assert.deepEqual(nonLiteralDefaults(publicManifest(manifest)), []);
  // What the Docs tables get: Storybook's own rows, their default cells.
  setCustomElementsManifest(publicManifest(manifest));
  for (const d of elements)
    for (const [name, argType] of Object.entries(parameters.docs.extractArgTypes(d.tagName) ?? {})) {
      const shown = argType.table?.defaultValue?.summary;
      if (shown !== undefined)
        assert.doesNotMatch(String(shown), /^[A-Z][A-Z0-9_]+$/, `${d.tagName} ${name}`);
    }
});

test('the default check can fail: a constant name as a default is caught', () => {
  const tweaked = structuredClone(manifest);
  const footer = tweaked.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === 'wsis-footer');
  footer.attributes.find((a) => a.name === 'top-target').default = 'DEFAULT_TOP_TARGET';
  assert.deepEqual(nonLiteralDefaults(publicManifest(tweaked)), [
    'wsis-footer attributes top-target: DEFAULT_TOP_TARGET',
  ]);
});

/**
 * Every description in `m` that holds a tag outside a code span: Markdown renders `<year>` as an
 * element, and the Docs page shows nothing where the placeholder was ("© WSIS, . All Rights
 * Reserved."). Placeholders are written {year}; markup a site writes is written as code.
 */
function tagsInProse(m) {
  const out = [];
  const walk = (node, where) => {
    if (Array.isArray(node)) node.forEach((x, i) => walk(x, `${where}[${i}]`));
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) {
        if (key === 'description' && typeof value === 'string') {
          const tags = value.replace(/`[^`]*`/g, '').match(/<\/?[A-Za-z][\w-]*[^>]*>/g);
          if (tags) out.push(`${node.name ?? where}: ${tags.join(' ')}`);
        } else walk(value, `${where}.${key}`);
      }
  };
  walk(m, '');
  return out;
}

test('no description writes a tag outside code, which Markdown would render as nothing', () => {
  assert.deepEqual(tagsInProse(publicManifest(manifest)), []);
  const tweaked = structuredClone(manifest);
  const footer = tweaked.modules
    .flatMap((x) => x.declarations ?? [])
    .find((d) => d.tagName === 'wsis-footer');
  footer.description = 'The copyright line "© WSIS, <year>. All Rights Reserved." and `<wsis-footer>`.';
  assert.deepEqual(tagsInProse({ modules: [{ declarations: [footer] }] }), ['WsisFooter: <year>']);
});

test('the API block gives Storybook exactly the rows of the public API, so a story control stays out', () => {
  const pub = publicManifest(manifest);
  const decls = pub.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  const rows = tableRows(pub);
  for (const d of decls)
    assert.deepEqual(apiRowNames(d).sort(), rows[d.tagName].map((r) => r.name).sort(), d.tagName);
});

test('each element lists its own custom properties; the shared tokens are listed once, on the base element', () => {
  const rows = tableRows(publicManifest(manifest));
  for (const d of elements) {
    const tokens = rows[d.tagName].filter((r) => r.category === 'css custom properties').map((r) => r.name);
    assert.ok(
      tokens.every((t) => t.startsWith(`--${d.tagName}-`)),
      `${d.tagName}: ${tokens.filter((t) => !t.startsWith(`--${d.tagName}-`)).join(', ')}`,
    );
  }
  const base = publicManifest(manifest)
    .modules.flatMap((m) => m.declarations ?? [])
    .find((d) => d.name === 'WsisElement');
  assert.ok(
    base.cssProperties.length >= 20,
    `the shared tokens are on the base element (${base.cssProperties.length})`,
  );
});

test('the methods a Docs page describes are listed: reopen(), choose(), readConsent()', () => {
  const notice = publicManifest(manifest)
    .modules.flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === 'wsis-privacy-notice');
  const methods = publicMethods(notice).map((m) => `${m.static ? 'static ' : ''}${m.name}`);
  assert.deepEqual(methods.sort(), ['choose', 'reopen', 'static readConsent']);
});
