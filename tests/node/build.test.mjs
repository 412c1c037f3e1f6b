// The production build renders what the development build renders: the template minifier
// (html-minifier-next, Lightning CSS) and the removal of developer messages change bytes, never the
// text or the structure a reader gets. Each build renders every element on the server in its own
// Node process (one registry of custom elements each); the visible text and the sequence of tags,
// attributes aside, must match. Runs after the package build (dist/ and dist/development/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

const RENDER = `
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
await import('wsis-components');
const page = html\`
  <wsis-skip-link target="main"></wsis-skip-link>
  <wsis-header home-href="/"></wsis-header>
  <wsis-nav label="Main"></wsis-nav>
  <wsis-breadcrumb></wsis-breadcrumb>
  <wsis-message author="Kofi Annan" date="2004-01-22" heading-level="2"><p>Text.</p></wsis-message>
  <wsis-privacy-notice privacy-href="/privacy"></wsis-privacy-notice>
  <wsis-logo org="itu"></wsis-logo>
  <wsis-language-switcher href-template="/{locale}/"></wsis-language-switcher>
  <wsis-footer year="2004"></wsis-footer>\`;
process.stdout.write(await collectResult(render(page)));
`;

function renderWith(conditions) {
  const run = spawnSync(process.execPath, [...conditions, '--input-type=module', '-e', RENDER], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

/** What a reader gets: the tags in order and the text, without styles, comments and white space. */
function shape(markup) {
  const noStyles = markup.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  const tags = [...noStyles.matchAll(/<\/?([a-z][a-z0-9-]*)/g)].map((m) => m[0]).join(' ');
  const text = noStyles
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { tags, text };
}

test('the production build renders the same tags and text as the development build', () => {
  assert.ok(existsSync(join(root, 'dist', 'development', 'index.js')), 'run `npm run build` first');
  const production = renderWith([]);
  const development = renderWith(['--conditions=development']);
  assert.ok(development.includes('<wsis-header'), 'the development build rendered the page');
  assert.notEqual(production, development, 'the two builds differ in bytes (minified templates)');
  assert.deepEqual(shape(production), shape(development));
});

/**
 * Whether `node` sits in code only the development build keeps: `if (DEV_MODE …) …`,
 * `DEV_MODE && …`, `!DEV_MODE || …`, `DEV_MODE ? … :`, or after `if (!DEV_MODE …) return;` in its block.
 */
function developerOnly(ts, node) {
  const guard = (condition) => /^DEV_MODE\b/.test(condition.getText());
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (
      ts.isBlock(parent) &&
      parent.statements
        .slice(0, parent.statements.indexOf(child))
        .some(
          (s) =>
            ts.isIfStatement(s) &&
            /^!DEV_MODE\b/.test(s.expression.getText()) &&
            ts.isReturnStatement(s.thenStatement),
        )
    )
      return true;
    if (ts.isIfStatement(parent) && parent.thenStatement === child && guard(parent.expression)) return true;
    if (ts.isConditionalExpression(parent) && parent.whenTrue === child && guard(parent.condition))
      return true;
    if (
      ts.isBinaryExpression(parent) &&
      parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      parent.right === child &&
      guard(parent.left)
    )
      return true;
    if (
      ts.isBinaryExpression(parent) &&
      parent.operatorToken.kind === ts.SyntaxKind.BarBarToken &&
      parent.right === child &&
      /^!DEV_MODE\b/.test(parent.left.getText())
    )
      return true;
  }
  return false;
}

test('the production build keeps the name of every private member, as written in src/', async () => {
  const { readFileSync } = await import('node:fs');
  const { relative } = await import('node:path');
  const { default: ts } = await import('typescript');
  const { sourceFiles } = await import('../../scripts/build/build.mjs');
  let checked = 0;
  for (const path of sourceFiles()) {
    const code = readFileSync(path, 'utf8');
    const file = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true);
    // Private members, and whether production code (not developer-only code) reads or sets them.
    const members = new Map();
    const visit = (node) => {
      if (ts.isClassElement(node) && node.name && ts.isIdentifier(node.name)) {
        const isPrivate = (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.PrivateKeyword);
        const emitted = !(ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.DeclareKeyword);
        if (isPrivate) members.set(node.name.text, (members.get(node.name.text) ?? false) || emitted);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
    const used = new Set();
    const uses = (node) => {
      if (
        ts.isPropertyAccessExpression(node) &&
        node.expression.kind === ts.SyntaxKind.ThisKeyword &&
        members.has(node.name.text) &&
        !developerOnly(ts, node)
      )
        used.add(node.name.text);
      ts.forEachChild(node, uses);
    };
    uses(file);
    const built = readFileSync(
      join(root, 'dist', relative(join(root, 'src'), path).replace(/\.ts$/, '.js')),
      'utf8',
    );
    for (const [name, emitted] of members) {
      if (!emitted && !used.has(name)) continue; // `declare`d and read only by developer-only code
      assert.match(built, new RegExp(`\\b${name}\\b`), `${relative(root, path)}: ${name}`);
      checked++;
    }
  }
  assert.ok(checked > 50, `${checked} private members checked`);
  // A few by name, in the modules that hold them.
  const built = (path) => readFileSync(join(root, 'dist', path), 'utf8');
  const notice = built('components/privacy-notice/wsis-privacy-notice.js');
  for (const name of ['onDocumentClick', 'renderConfirmation', 'storageReadAtConnect'])
    assert.ok(notice.includes(name), name);
  assert.ok(built('internal/wsis-element.js').includes('this.derived='));
  assert.ok(built('internal/disclosure.js').includes('openKey'));
});

test('the production build keeps every private custom property (`--_…`) under its name in src/', async () => {
  const { readFileSync } = await import('node:fs');
  const { relative } = await import('node:path');
  const { sourceFiles } = await import('../../scripts/build/build.mjs');
  const names = new Set();
  for (const path of sourceFiles()) {
    const built = readFileSync(
      join(root, 'dist', relative(join(root, 'src'), path).replace(/\.ts$/, '.js')),
      'utf8',
    );
    // (Not a pattern in a comment: `--_font-*`.)
    for (const [name] of readFileSync(path, 'utf8').matchAll(/--_[A-Za-z][\w-]*(?![\w*-])/g)) {
      assert.match(built, new RegExp(`${name}(?![\\w-])`), `${relative(root, path)}: ${name}`);
      names.add(name);
    }
  }
  assert.ok(names.has('--_text') && names.has('--_font-ar') && names.has('--_nav-bg'), [...names].join(' '));
  const nav = readFileSync(join(root, 'dist/components/nav/wsis-nav.styles.js'), 'utf8');
  assert.ok(nav.includes('--_nav-bg:var(--wsis-nav-background'));
});

test('the sources declare each reactive property once, with a decorator, and leave createProperty to Lit', async () => {
  const { readFileSync } = await import('node:fs');
  const { relative } = await import('node:path');
  const { default: ts } = await import('typescript');
  const { sourceFiles } = await import('../../scripts/build/build.mjs');
  const problems = [];
  let decorated = 0;
  for (const path of sourceFiles()) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node) =>
      `${relative(root, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node) => {
      if (ts.isClassElement(node) && node.name && ts.isIdentifier(node.name)) {
        const isStatic = (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        // Lit deprecates overriding it (its development build warns on every page load).
        if (node.name.text === 'createProperty') problems.push(`${where(node)}: overrides createProperty`);
        // A second declaration of the properties besides the decorated fields.
        if (isStatic && node.name.text === 'properties') problems.push(`${where(node)}: static properties`);
        for (const decorator of ts.getDecorators(node) ?? []) {
          const call = decorator.expression;
          if (!ts.isCallExpression(call) || call.expression.getText(file) !== 'property') continue;
          decorated++;
          // Lit's default attribute is the name in lower case (`policyversion`): a name with capitals
          // names its attribute (`policy-version`) or has none.
          const options = call.arguments[0];
          const namesAttribute =
            options &&
            ts.isObjectLiteralExpression(options) &&
            options.properties.some((p) => p.name?.getText(file) === 'attribute');
          if (/[A-Z]/.test(node.name.text) && !namesAttribute)
            problems.push(`${where(node)}: ${node.name.text} has no attribute name`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  assert.deepEqual(problems, []);
  assert.ok(decorated >= 38, `${decorated} @property() declarations`);
});

test('the production build keeps the closing slash of SVG shapes (in an svg template it closes them)', async () => {
  const { readFileSync } = await import('node:fs');
  // The navigation's chevron and bars, the language switcher's globe and chevron.
  const built = ['nav/wsis-nav.js', 'language-switcher/wsis-language-switcher.js']
    .map((f) => readFileSync(join(root, 'dist/components', f), 'utf8'))
    .join('\n');
  const shapes = [...built.matchAll(/<(?:circle|ellipse|path)\b[^>]*>/g)].map((m) => m[0]);
  assert.ok(shapes.length >= 5, 'the icons are in the built elements');
  for (const shape of shapes) assert.ok(shape.endsWith('/>'), shape);
});

test('the production build observes the same attributes, mapped to the same properties, as the development build', async () => {
  const LIST = `
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
await import('wsis-components');
const out = {};
for (const tag of ['wsis-skip-link', 'wsis-header', 'wsis-nav', 'wsis-breadcrumb', 'wsis-message',
  'wsis-privacy-notice', 'wsis-logo', 'wsis-language-switcher', 'wsis-footer']) {
  const element = customElements.get(tag);
  out[tag] = [...element.elementProperties].map(([name, o]) => [name, o.attribute, o.reflect ?? false]);
  out[tag].push(element.observedAttributes);
}
process.stdout.write(JSON.stringify(out));
`;
  const list = (conditions) => {
    const run = spawnSync(process.execPath, [...conditions, '--input-type=module', '-e', LIST], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    return JSON.parse(run.stdout);
  };
  const production = list([]);
  assert.deepEqual(production, list(['--conditions=development']));
  assert.ok(production['wsis-privacy-notice'].at(-1).includes('policy-version'));
  assert.ok(production['wsis-header'].at(-1).includes('language-href-template'));
  const { readFileSync } = await import('node:fs');
  const notice = readFileSync(join(root, 'dist/components/privacy-notice/wsis-privacy-notice.js'), 'utf8');
  assert.ok(notice.includes('"policy-version"'), 'the attribute name is written in the production module');
});

test('no built module imports a side-effect-free module for its side effects alone (bundlers warn and drop it)', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const { relative } = await import('node:path');
  const { sideEffectsMatcher } = await import('../../scripts/build/build.mjs');
  const hasSideEffects = sideEffectsMatcher();
  const bare = [];
  for (const dir of ['dist', 'dist/development'])
    for (const file of readdirSync(join(root, dir), { recursive: true })) {
      // dist/cdn/ is bundled already: no bundler reads package.json's "sideEffects" there.
      if (!String(file).endsWith('.js') || String(file).startsWith('cdn/')) continue;
      const path = join(root, dir, String(file));
      for (const m of readFileSync(path, 'utf8').matchAll(/import ?"(\.{1,2}\/[^"]+)";/g)) {
        const target = `./${relative(root, resolve(path, '..', m[1]))}`;
        if (!hasSideEffects(target)) bare.push(`${relative(root, path)} → ${m[1]}`);
      }
    }
  assert.deepEqual(bare, []);
});
