// The React wrappers and the framework and editor files are generated from custom-elements.json:
// this fails when a committed one no longer matches what the manifest gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';

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

// Editor data that tells the truth: what an editor offers as an attribute's values and default,
// what it says a CSS custom property defaults to, and no empty heading or "undefined" in a hover.

const read = (path) => readFileSync(path, 'utf8');
const manifest = () => JSON.parse(read('custom-elements.json'));
const elements = (m) => m.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.tagName);

/** A name that is a type (`WsisOrg`) or a constant (`DEFAULT_TOP_TARGET`), not a value a site writes. */
const TYPE_OR_CONSTANT = /^(?:[A-Z]\w*|[A-Z][A-Z0-9_]+)$/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** What the editor files offer as attribute values and defaults that is a name, not a value. */
function namesOfferedAsValues({ html, webTypes, cem }) {
  const found = [];
  for (const tag of html.tags)
    for (const a of tag.attributes)
      for (const v of a.values ?? [])
        if (TYPE_OR_CONSTANT.test(v.name)) found.push(`VS Code: <${tag.name} ${a.name}> offers "${v.name}"`);
  for (const el of webTypes.contributions.html.elements)
    for (const a of el.attributes ?? []) {
      const { type, default: value } = a.value ?? {};
      for (const word of String(type ?? '').match(/\b[A-Z]\w*\b/g) ?? [])
        found.push(`web-types: <${el.name} ${a.name}> has the type "${word}"`);
      if (value && IDENTIFIER.test(value) && !/^(true|false|null|undefined)$/.test(value))
        found.push(`web-types: <${el.name} ${a.name}> defaults to "${value}"`);
    }
  for (const d of elements(cem))
    for (const a of d.attributes ?? []) {
      for (const word of String(a.type?.text ?? '').match(/\b[A-Z]\w*\b/g) ?? [])
        found.push(`custom-elements.json: <${d.tagName} ${a.name}> has the type "${word}"`);
      if (a.default && IDENTIFIER.test(a.default) && !/^(true|false|null|undefined)$/.test(a.default))
        found.push(`custom-elements.json: <${d.tagName} ${a.name}> defaults to "${a.default}"`);
    }
  return found;
}

/**
 * Every `var(--wsis-…, fallback)` of the styles, by property: the fallbacks as a site sees them,
 * the private `--_x` tokens written as the public ones they read (`var(--_link)` →
 * `var(--wsis-color-link)`), `light-dark(light, dark)` as its light value (with the dark one kept).
 */
function cssDefaults(sources) {
  const args = (text, start) => {
    let depth = 0;
    for (let i = start; i < text.length; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')' && depth-- === 0) return text.slice(start, i);
    }
    return text.slice(start);
  };
  const css = sources.join('\n');
  // The shared tokens only (the first source): an element's own private variables (the logo's
  // height by size) have no one public value to name.
  const publicOf = new Map(
    [...sources[0].matchAll(/(--_[\w-]+):\s*var\(\s*(--wsis-[\w-]+)\s*,/g)].map(([, own, token]) => [
      own,
      token,
    ]),
  );
  const normal = (value) =>
    value
      .replace(/var\((--_[\w-]+)\)/g, (whole, own) =>
        publicOf.has(own) ? `var(${publicOf.get(own)})` : whole,
      )
      .replace(/\s+/g, ' ')
      .trim();
  const defaults = new Map();
  for (const m of css.matchAll(/var\(\s*(--wsis-[\w-]+)\s*,/g)) {
    const fallback = args(css, m.index + m[0].length);
    const dark = /^\s*light-dark\(([\s\S]*)\)\s*$/.exec(fallback);
    let value = fallback;
    let darkValue;
    if (dark) {
      const inner = dark[1];
      let depth = 0;
      const comma = [...inner].findIndex((c) =>
        c === '(' ? (depth++, false) : c === ')' ? (depth--, false) : c === ',' && depth === 0,
      );
      value = inner.slice(0, comma);
      darkValue = normal(inner.slice(comma + 1));
    }
    const list = defaults.get(m[1]) ?? [];
    list.push({ value: normal(value), dark: darkValue });
    defaults.set(m[1], list);
  }
  return defaults;
}

const styleSources = () =>
  [
    'src/styles/shared.ts',
    ...readdirSync('src/components').map((c) => `src/components/${c}/wsis-${c}.styles.ts`),
  ].map(read);

/** Each CSS custom property whose documented default (or dark value) is not what the CSS falls back to. */
function defaultsUnlikeTheCss(cem, defaults) {
  const found = [];
  const seen = new Set();
  for (const d of elements(cem))
    for (const p of d.cssProperties ?? []) {
      if (seen.has(p.name)) continue;
      seen.add(p.name);
      const fallbacks = defaults.get(p.name) ?? [];
      const concrete = fallbacks.filter((f) => !f.value.includes('var(--_'));
      if (/\(default\b/i.test(p.description))
        found.push(`${p.name}: a default in the prose ("${p.description}")`);
      if (p.default === undefined) {
        if (concrete.length)
          found.push(`${p.name}: no documented default; the CSS falls back to ${concrete[0].value}`);
        continue;
      }
      const match = fallbacks.find((f) => f.value === p.default);
      if (!match) {
        found.push(
          `${p.name}: documented default ${p.default}; the CSS falls back to ${fallbacks.map((f) => f.value).join(' or ') || 'nothing'}`,
        );
        continue;
      }
      const dark = /\(dark theme: (.*)\)/.exec(p.description)?.[1];
      if ((dark ?? undefined) !== match.dark)
        found.push(`${p.name}: documented dark value ${dark}; the CSS has ${match.dark ?? 'none'}`);
    }
  return found;
}

/** A heading with nothing under it, or an "undefined" shown to a reader, in an editor file. */
function emptySections(text) {
  const found = [];
  for (const m of text.matchAll(/\(default: undefined\)/g)) found.push(`"${m[0]}" at ${m.index}`);
  const lines = text
    .replace(/\\n/g, '\n')
    .split('\n')
    .map((l) => l.replace(/^\s*(\*|\/\/)?\s*/, '').replace(/\s+$/, ''));
  lines.forEach((line, i) => {
    const heading = /^(?:#+\s*)?\*\*([\w ]+):\*\*$/.exec(line)?.[1];
    if (!heading) return;
    const next = lines.slice(i + 1).find((l) => l !== '');
    if (!next?.startsWith('-')) found.push(`an empty "${heading}" section`);
  });
  return found;
}

const editorFiles = () => ({
  html: JSON.parse(read('integrations/vscode.html-custom-data.json')),
  webTypes: JSON.parse(read('integrations/web-types.json')),
  cem: manifest(),
});

test('editors offer values, not type or constant names: org is un, itu, wsis; heading-level 1 to 6', () => {
  const files = editorFiles();
  assert.deepEqual(namesOfferedAsValues(files), []);
  const values = (tag, attr) =>
    files.html.tags
      .find((t) => t.name === tag)
      .attributes.find((a) => a.name === attr)
      .values.map((v) => v.name);
  assert.deepEqual(values('wsis-logo', 'org'), ['un', 'itu', 'wsis']);
  assert.deepEqual(values('wsis-message', 'heading-level'), ['1', '2', '3', '4', '5', '6']);
  assert.deepEqual(values('wsis-logo', 'sources'), [], 'a JSON attribute offers no value');
  // The check can fail: what the files said before.
  const before = {
    html: { tags: [{ name: 'wsis-logo', attributes: [{ name: 'org', values: [{ name: 'WsisOrg' }] }] }] },
    webTypes: {
      contributions: {
        html: {
          elements: [
            {
              name: 'wsis-footer',
              attributes: [{ name: 'top-target', value: { type: 'string', default: 'DEFAULT_TOP_TARGET' } }],
            },
          ],
        },
      },
    },
    cem: { modules: [] },
  };
  assert.deepEqual(namesOfferedAsValues(before), [
    'VS Code: <wsis-logo org> offers "WsisOrg"',
    'web-types: <wsis-footer top-target> defaults to "DEFAULT_TOP_TARGET"',
  ]);
});

test('every documented CSS custom property default is what the CSS falls back to', () => {
  const defaults = cssDefaults(styleSources());
  assert.deepEqual(defaults.get('--wsis-color-border')?.[0], { value: '#86898b', dark: '#7c7f82' });
  assert.deepEqual(defaultsUnlikeTheCss(manifest(), defaults), []);
  // The check can fail: the default the JSDoc once gave.
  const wrong = {
    modules: [
      {
        declarations: [
          {
            tagName: 'x',
            cssProperties: [{ name: '--wsis-color-border', default: '#b1b4b6', description: 'Rules.' }],
          },
        ],
      },
    ],
  };
  assert.deepEqual(defaultsUnlikeTheCss(wrong, defaults), [
    '--wsis-color-border: documented default #b1b4b6; the CSS falls back to #86898b or #86898b',
  ]);
});

test('no editor file shows an empty section or a default of "undefined"', () => {
  for (const file of readdirSync('integrations'))
    assert.deepEqual(emptySections(read(`integrations/${file}`)), [], `integrations/${file}`);
  assert.deepEqual(
    emptySections(
      '### **Methods:**\\n \\n\\n### **Slots:**\\n - _default_ - x\\n- **a** - b _(default: undefined)_',
    ),
    ['"(default: undefined)" at 70', 'an empty "Methods" section'],
  );
});
