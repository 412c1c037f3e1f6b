// Every module specifier of the package that the README, CONTRIBUTING.md and the Storybook guides
// write (Markdown, MDX and the snippet files) works from the installed tarball: in Node, and bundled
// by Vite for the browser. The specifiers are read from the documents, so a guide that names an
// entry the package does not export fails here (as `wsis-components/ssr` once did, with
// ERR_PACKAGE_PATH_NOT_EXPORTED, when only `./ssr.js` was exported). Last, the server snippet of
// the guides renders a page from the installed package, as a site's Node server runs it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { launchBrowser, serveDirectory } from '../../scripts/lib/browsers.mjs';
import { packedApp, pinned, root, run } from './helpers/packed-app.mjs';

/** The documents a site team reads, and the snippet files the guides show. */
function documents() {
  const files = ['README.md', 'CONTRIBUTING.md'];
  const walk = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (/\.(md|mdx)$/.test(entry.name) || dir.startsWith('stories/guides/snippets')) files.push(path);
    }
  };
  walk('stories');
  return files;
}

/** `wsis-components` and `wsis-components/…` as written, not as a path (`node_modules/wsis-components/…`) nor a file name (`wsis-components-0.1.0.tgz`). */
function documentedSpecifiers(text) {
  return [...text.matchAll(/(?<![\w/@.-])wsis-components(\/[\w.\-/]*[\w])?(?![\w-])/g)].map((m) => m[0]);
}

const written = new Map();
for (const file of documents())
  for (const specifier of documentedSpecifiers(readFileSync(join(root, file), 'utf8')))
    written.set(specifier, [...new Set([...(written.get(specifier) ?? []), file])]);
const specifiers = [...written.keys()].sort();

// Node only, as the guides say: it renders on the server (node:crypto, @lit-labs/ssr).
const NODE_ONLY = new Set(['wsis-components/ssr']);

let project;
let pkg;
before(() => {
  project = packedApp('documented-imports', [
    pinned('vite'),
    pinned('typescript'),
    pinned('react'),
    pinned('react-dom'),
    pinned('@lit/react'),
    pinned('@lit-labs/ssr'),
  ]);
  pkg = JSON.parse(readFileSync(join(project.app, 'node_modules/wsis-components/package.json'), 'utf8'));
});
after(() => project?.cleanup());

/** The package.json "exports" entry a specifier names. */
const entryOf = (specifier) =>
  pkg.exports[specifier === pkg.name ? '.' : `.${specifier.slice(pkg.name.length)}`];
/** An entry with types only (`jsx`, `vue`, `svelte`): for a type checker, not for a runtime. */
const typesOnly = (entry) => entry && typeof entry === 'object' && Object.keys(entry).join() === 'types';
const isModule = (specifier) => !['.css', '.json'].includes(extname(specifier));

test('the documents name the package’s entries (the check reads them)', () => {
  for (const expected of ['wsis-components', 'wsis-components/localization', 'wsis-components/ssr'])
    assert.ok(specifiers.includes(expected), `${expected} is written in ${[...written.keys()]}`);
  assert.deepEqual(documentedSpecifiers('node_modules/wsis-components/x.json wsis-components-0.1.0.tgz'), []);
});

test('every documented specifier is an entry of package.json "exports"', () => {
  const missing = specifiers.filter((s) => !entryOf(s)).map((s) => `${s} (in ${written.get(s).join(', ')})`);
  assert.deepEqual(missing, []);
});

test('in Node, each documented module imports from the installed package, and each type file resolves', () => {
  const modules = specifiers.filter((s) => isModule(s) && !typesOnly(entryOf(s)));
  const script = join(project.app, 'import-all.mjs');
  writeFileSync(
    script,
    `const found = {};
for (const specifier of ${JSON.stringify(modules)}) found[specifier] = Object.keys(await import(specifier)).length;
process.stdout.write(JSON.stringify(found));
`,
  );
  const imported = JSON.parse(run(process.execPath, [script], project.app).stdout);
  for (const specifier of modules) assert.ok(imported[specifier] > 0, `${specifier} exports something`);
  // Files that are not modules (theme.css) resolve to a file of the package.
  const require = createRequire(join(project.app, 'package.json'));
  for (const specifier of specifiers.filter((s) => !isModule(s)))
    assert.ok(existsSync(require.resolve(specifier)), specifier);
  // Type files (jsx, vue, svelte), as TypeScript resolves them for a bundler's project.
  const ts = createRequire(join(project.app, 'package.json'))('typescript');
  for (const specifier of specifiers.filter((s) => typesOnly(entryOf(s)))) {
    const { resolvedModule } = ts.resolveModuleName(
      specifier,
      join(project.app, 'index.ts'),
      { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler },
      ts.sys,
    );
    assert.ok(
      resolvedModule && existsSync(resolvedModule.resolvedFileName),
      `${specifier} resolves for TypeScript`,
    );
  }
});

test('in the browser, through Vite, each documented module imports from the installed package', async () => {
  const browserSpecifiers = specifiers.filter((s) => !NODE_ONLY.has(s) && !typesOnly(entryOf(s)));
  writeFileSync(
    join(project.app, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Imports</title><link rel="icon" href="data:,"></head><body><script type="module" src="/main.js"></script></body></html>',
  );
  // Literal import() calls, one a specifier, so that Vite sees and bundles each.
  writeFileSync(
    join(project.app, 'main.js'),
    `const found = {};
${browserSpecifiers.map((s) => `found[${JSON.stringify(s)}] = Object.keys(await import(${JSON.stringify(s)})).length;`).join('\n')}
window.__imported = found;
`,
  );
  run(
    process.execPath,
    [join(project.app, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'],
    project.app,
  );
  const server = await serveDirectory(join(project.app, 'dist'));
  const browser = await launchBrowser('chromium');
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${server.base}/index.html`);
    const imported = await page
      .waitForFunction(() => window.__imported, { timeout: 30000 })
      .then((h) => h.jsonValue());
    assert.deepEqual(errors, []);
    assert.deepEqual(Object.keys(imported).sort(), browserSpecifiers);
    assert.ok(
      await page.evaluate(() => customElements.get('wsis-footer') !== undefined),
      'the elements are defined',
    );
  } finally {
    await browser.close();
    server.close();
  }
});

test('node --conditions=development gives the development build of wsis-components/ssr, and its warnings', () => {
  const script = join(project.app, 'render-unknown.mjs');
  writeFileSync(
    script,
    `import { html, renderInLocale } from 'wsis-components/ssr';
const { locale } = await renderInLocale('xx-YY', () => html\`<wsis-skip-link></wsis-skip-link>\`);
process.stdout.write(locale);
`,
  );
  const dev = spawnSync(process.execPath, ['--conditions=development', script], {
    cwd: project.app,
    encoding: 'utf8',
  });
  assert.equal(dev.status, 0, dev.stderr);
  assert.equal(dev.stdout, 'en');
  assert.match(dev.stderr, /wsis-components renderInLocale\(\): unknown locale "xx-YY"; rendering in "en"/);
  const production = spawnSync(process.execPath, [script], { cwd: project.app, encoding: 'utf8' });
  assert.equal(production.status, 0, production.stderr);
  assert.equal(production.stdout, 'en');
  assert.equal(production.stderr, '', 'the production build says nothing');
});

test('the server snippet renders a page from the installed package, as a site’s Node server runs it', () => {
  writeFileSync(
    join(project.app, 'server.mjs'),
    readFileSync(join(root, 'stories/guides/snippets/server.mjs')),
  );
  const script = join(project.app, 'render-page.mjs');
  writeFileSync(
    script,
    "import { renderPage } from './server.mjs';\nprocess.stdout.write(await renderPage('ar'));\n",
  );
  const page = run(process.execPath, [script], project.app).stdout;
  assert.match(page, /^<!doctype html>\n<html lang="ar" dir="rtl">/);
  assert.match(page, /<wsis-footer[^>]*>\s*(<!--[^>]*-->\s*)*<template shadowroot(mode)?="open"/);
});
