// The package as a site gets it. `npm pack` of the package build in dist/ (npm test builds it
// first), install the tarball into an empty folder (from the npm cache when offline), build with
// Vite the first page of the README and the guide exactly as written (its markup, its script),
// and load it in Chromium in the six locales: every element defined and translated, no console
// error. Then a strict tsc over a consumer's TypeScript and TSX (tests/node/fixtures/consumer/) against the
// installed types, with no casts.
// Last, from a clone of the repository: the git-URL install (`git+file://…`, where npm runs
// `prepare`), and the tarball a developer's `npm pack` writes, which must carry no install script.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { launchBrowser, serveDirectory } from '../../scripts/lib/browsers.mjs';
import { cloneRepository, install, notAGitCheckout, pkg, root, run } from './helpers/packed-app.mjs';

const devVersion = (name) => pkg.devDependencies[name];
mkdirSync(join(root, '.tmp'), { recursive: true });
const work = mkdtempSync(join(root, '.tmp', 'consumer-'));
const app = join(work, 'app');

/** The privacy notice's heading in each locale, from the XLIFF: proof the page is translated. */
function noticeTitles() {
  const titles = {};
  for (const code of ['en', 'ar', 'es', 'fr', 'ru', 'zh-Hans']) {
    const file = join(root, 'locales', `${code === 'en' ? 'ar' : code}.xlf`);
    const unit = /<trans-unit id="privacy-notice\.title">([\s\S]*?)<\/trans-unit>/.exec(
      readFileSync(file, 'utf8'),
    )[1];
    titles[code] = (code === 'en' ? /<source>([^<]*)<\/source>/ : /<target>([^<]*)<\/target>/).exec(unit)[1];
  }
  return titles;
}
const NOTICE_TITLE = noticeTitles();

/** The first page of the README and the Getting started guide, and the script it loads. */
function firstPage() {
  const snippets = join(root, 'stories/guides/snippets');
  return {
    html: readFileSync(join(snippets, 'page.html'), 'utf8'),
    script: readFileSync(join(snippets, 'locale-from-html.mjs'), 'utf8'),
  };
}

let tarball;
before(() => {
  assert.ok(
    existsSync(join(root, 'dist', 'index.js')),
    'dist/ is missing: run `npm run build` before this test (npm test builds it first).',
  );
  // Scripts off: prepack would run `npm run build` again, and its rebuild (dist/ removed, then
  // written anew) would pull dist/ from under the test files that read it at the same time. What
  // prepack builds is what the package build step built; `prepare`, the same command, is run for
  // real by the git-URL install below.
  const packed = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root);
  tarball = join(work, JSON.parse(packed.stdout.slice(packed.stdout.indexOf('[')))[0].filename);
  install(app, [
    tarball,
    `vite@${devVersion('vite')}`,
    `typescript@${devVersion('typescript')}`,
    `react@${devVersion('react')}`,
    `react-dom@${devVersion('react-dom')}`,
    `@lit/react@${devVersion('@lit/react')}`,
    `@types/react@${devVersion('@types/react')}`,
    // For the includes command, which renders on the server.
    `@lit-labs/ssr@${devVersion('@lit-labs/ssr')}`,
  ]);
});

after(() => rmSync(work, { recursive: true, force: true }));

test('the Getting started page installs the tarball npm pack writes (stories/guides/snippets/install.sh)', () => {
  const snippet = readFileSync(join(root, 'stories/guides/snippets/install.sh'), 'utf8');
  assert.match(snippet, /^npm pack$/m);
  assert.ok(
    snippet.split('\n').includes(`npm install ./${basename(tarball)}`),
    `install.sh says "npm install ./${basename(tarball)}"`,
  );
});

test('the tarball holds the build and nothing that points outside it', () => {
  const files = run('tar', ['-tzf', tarball], work).stdout.split('\n').filter(Boolean);
  assert.ok(files.includes('package/dist/index.js'), 'dist/index.js is packed');
  assert.ok(files.includes('package/dist/react/index.js'), 'dist/react/index.js is packed');
  assert.deepEqual(
    files.filter((f) => /\.map$|\.xlf$|\/src\//.test(f)),
    [],
  );
  assert.equal(pkg.scripts.postinstall ?? pkg.scripts.install ?? pkg.scripts.preinstall, undefined);
  // A module that names a source map the tarball lacks sends every developer tool looking for it.
  const unpacked = join(work, 'unpacked');
  mkdirSync(unpacked, { recursive: true });
  run('tar', ['-xzf', tarball, '-C', unpacked], work);
  const dangling = files
    .filter((f) => /\.(js|d\.ts)$/.test(f))
    .flatMap((f) => {
      const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(join(unpacked, f), 'utf8'))?.[1];
      return url && !files.includes(join(dirname(f), url)) ? [`${f} → ${url}`] : [];
    });
  assert.deepEqual(dangling, [], 'no module points to a source map that is not shipped');
});

test('the tarball carries the licence package.json names: MIT, with its copyright line', () => {
  assert.equal(pkg.license, 'MIT');
  const licence = run('tar', ['-xzOf', tarball, 'package/LICENSE'], work).stdout;
  assert.match(licence, /^MIT License\n\nCopyright \(c\) 2026 the wsis-components authors\n/);
  assert.match(licence, /THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND/);
});

test('the first page, built with Vite from the installed tarball, works in the six locales', async () => {
  const { html, script } = firstPage();
  const src = /<script type="module" src="\/([^"]+)"><\/script>/.exec(html)?.[1];
  assert.ok(src, 'page.html loads one module script');
  writeFileSync(join(app, 'index.html'), html);
  mkdirSync(join(app, dirname(src)), { recursive: true });
  writeFileSync(join(app, src), script);
  run(process.execPath, [join(app, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], app);
  // The page in each language, as a server writes it: the same page with its own <html lang dir>.
  const built = readFileSync(join(app, 'dist/index.html'), 'utf8');
  for (const code of Object.keys(NOTICE_TITLE))
    writeFileSync(
      join(app, 'dist', `${code}.html`),
      built.replace(
        '<html lang="fr" dir="ltr">',
        `<html lang="${code}" dir="${code === 'ar' ? 'rtl' : 'ltr'}">`,
      ),
    );
  const server = await serveDirectory(join(app, 'dist'));
  const browser = await launchBrowser('chromium');
  try {
    for (const [code, title] of Object.entries(NOTICE_TITLE)) {
      const page = await browser.newPage();
      const errors = [];
      // A failed load is logged without its URL: it is recorded from the response instead. The
      // browser's own favicon request is not the page's.
      page.on('console', (m) => {
        if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('response', (r) => {
        if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`);
      });
      page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
      await page.goto(`${server.base}/${code}.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => customElements.get('wsis-footer'));
      const state = await page.evaluate(async () => {
        const tags = [...new Set([...document.querySelectorAll('*')].map((e) => e.localName))].filter((t) =>
          t.startsWith('wsis-'),
        );
        await Promise.all(
          tags.flatMap((t) => [...document.querySelectorAll(t)].map((e) => e.updateComplete)),
        );
        return {
          tags,
          undefinedTags: tags.filter((t) => !customElements.get(t)),
          title: document
            .querySelector('wsis-privacy-notice')
            .shadowRoot.querySelector('h2')
            ?.textContent.trim(),
          dir: document.documentElement.dir,
        };
      });
      assert.ok(state.tags.length >= 6, `${code}: the first page has its elements (${state.tags})`);
      assert.deepEqual(state.undefinedTags, [], `${code}: every element defined`);
      assert.equal(state.title, title, `${code}: translated`);
      assert.equal(state.dir, code === 'ar' ? 'rtl' : 'ltr');
      assert.deepEqual(errors, [], `${code}: no console error`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
});

test('the includes command runs from the installed tarball, as the guide writes it (includes.sh)', () => {
  const snippets = join(root, 'stories/guides/snippets');
  const command = /^npx (wsis-components includes .+)$/m.exec(
    readFileSync(join(snippets, 'includes.sh'), 'utf8'),
  )[1];
  cpSync(join(snippets, 'includes.json'), join(app, 'site.json'));
  // --no: the bin the tarball installed, never a download.
  run('npx', ['--no', ...command.split(' ')], app);
  for (const file of ['includes/fr/head.html', 'includes/ar/header.html', 'includes/cdn/wsis-components.js'])
    assert.ok(existsSync(join(app, file)), file);
});

test('a consumer’s TypeScript and TSX compile with a strict tsc against the installed types', () => {
  cpSync(join(root, 'tests/node/fixtures/consumer'), join(app, 'src'), { recursive: true });
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      include: ['src'],
    }),
  );
  const source =
    readFileSync(join(app, 'src/consumer.ts'), 'utf8') + readFileSync(join(app, 'src/consumer.tsx'), 'utf8');
  assert.doesNotMatch(
    source,
    /\bas\s+(unknown|any|Wsis|HTML)|<Wsis\w+>\s*\(|@ts-/,
    'no casts, no suppressions',
  );
  run(process.execPath, [join(app, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app);
});

// A clone of the repository's last commit, with the repository's own dependencies: what the git-URL
// install and a developer's `npm pack` start from.
let clone;
const repositoryClone = () => (clone ??= cloneRepository(join(work, 'clone')));

test('installed from a git URL, npm builds the package (prepare)', { skip: notAGitCheckout }, () => {
  const gitApp = join(work, 'git-app');
  install(gitApp, [`git+file://${repositoryClone()}`]);
  const installed = join(gitApp, 'node_modules', pkg.name);
  for (const file of [
    'dist/index.js',
    'dist/index.d.ts',
    'dist/react/index.js',
    'integrations/web-types.json',
  ]) {
    assert.ok(existsSync(join(installed, file)), `${file} built and installed from the git URL`);
  }
});

test(
  'npm pack, as a developer runs it, builds and writes no install script: installing the tarball warns of none',
  { skip: notAGitCheckout },
  () => {
    const dir = repositoryClone();
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const before = readFileSync(join(dir, 'package.json'), 'utf8');
    assert.match(before, /"prepare": /, 'the repository keeps prepare, for git-URL installs');
    const out = join(work, 'developer-pack');
    mkdirSync(out);
    // Scripts on, as `npm pack` runs for a developer: prepack builds, then takes the install scripts out.
    const packed = run('npm', ['pack', '--json', '--pack-destination', out], dir);
    const file = join(out, JSON.parse(packed.stdout.slice(packed.stdout.indexOf('[')))[0].filename);
    assert.equal(readFileSync(join(dir, 'package.json'), 'utf8'), before, 'postpack put package.json back');
    const manifest = JSON.parse(run('tar', ['-xzOf', file, 'package/package.json'], out).stdout);
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare'])
      assert.equal(manifest.scripts[script], undefined, `the packed package.json has no ${script}`);
    const installed = install(join(work, 'developer-pack-app'), [file]);
    assert.doesNotMatch(
      `${installed.stdout}${installed.stderr}`,
      /install-scripts|allowScripts|install script/i,
    );
  },
);
