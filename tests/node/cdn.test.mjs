// The drop-in build (dist/cdn/, `npm run build`) as a page without a bundler uses it: plain HTML
// pages that load it with the two lines of the README (stories/guides/snippets/drop-in.html), from
// a versioned sub-path, with no import map, under the strict CSP with Trusted Types that the
// Getting started page shows, in Chromium and Firefox. The server records every request, so the
// test sees which files each page loaded and that none failed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../../scripts/lib/browsers.mjs';
import { integrity } from '../../scripts/build/cdn.mjs';

const root = resolve(import.meta.dirname, '../..');
const cdn = join(root, 'dist', 'cdn');
const fixtures = join(import.meta.dirname, 'fixtures', 'cdn');
const BASE = '/vendor/wsis-components/0.2.0/';
const SNIPPET = readFileSync(join(root, 'stories/guides/snippets/drop-in.html'), 'utf8');
const STRICT_CSP = /^Content-Security-Policy: (.+)$/m.exec(
  readFileSync(join(root, 'stories/guides/snippets/csp.txt'), 'utf8'),
)[1];
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

const messages = async (code) =>
  (await import(pathToFileURL(join(root, `dist/generated/locales/${code}.js`)).href)).templates;

let server;
let origin;
/** Every request the server answered: { path, status }. */
const log = [];

before(async () => {
  assert.ok(existsSync(join(cdn, 'wsis-components.js')), 'dist/cdn/ is missing: run `npm run build` first.');
  assert.ok(SNIPPET.includes(`${BASE}wsis-components.js`), 'the snippet loads the drop-in from BASE');
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    let body;
    if (path.startsWith(BASE)) body = read(join(cdn, path.slice(BASE.length)));
    else if (path.startsWith('/pages/'))
      body = read(join(fixtures, path.slice('/pages/'.length)))
        ?.toString()
        .replace('<!-- drop-in -->', SNIPPET.trim().replace(/\n/g, '\n    '));
    log.push({ path, status: body === undefined ? (path === '/favicon.ico' ? 204 : 404) : 200 });
    const headers = { 'content-security-policy': STRICT_CSP };
    // Browsers ask for a favicon on their own; the pages have none, and a 404 would be a console error.
    if (path === '/favicon.ico') return res.writeHead(204, headers).end();
    if (body === undefined) return res.writeHead(404, headers).end();
    res
      .writeHead(200, { ...headers, 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' })
      .end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(() => server?.close());

function read(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** A fresh page that records console messages, errors and CSP violations from its first line on. */
async function open(browser, name) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const seen = [];
  page.on('console', (m) => seen.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => seen.push({ type: 'pageerror', text: String(e) }));
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const from = log.length;
  await page.goto(`${origin}/pages/${name}`, { waitUntil: 'load' });
  return {
    page,
    seen,
    /** The files of the drop-in this page asked for, by name. */
    requested: () =>
      log
        .slice(from)
        .filter((r) => r.path.startsWith(BASE))
        .map((r) => r.path.slice(BASE.length)),
    /** What must never happen: a console error, a failed request, a CSP violation. */
    problems: async () => [
      ...seen.filter((m) => m.type === 'error' || m.type === 'pageerror').map((m) => `${m.type}: ${m.text}`),
      ...log
        .slice(from)
        .filter((r) => r.status >= 400)
        .map((r) => `${r.status} ${r.path}`),
      ...(await page.evaluate(() => window.__violations)).map((v) => `CSP violation: ${v}`),
    ],
    close: () => context.close(),
  };
}

/** Resolves once `tag` is defined and every instance in the document has rendered. */
const defined = (page, tag) =>
  page.waitForFunction(
    (t) =>
      customElements.get(t) &&
      [...document.querySelectorAll(t)].every((el) => el.shadowRoot && el.hasUpdated),
    { timeout: 20000 },
    tag,
  );

const shadowText = (page, selector) =>
  page.evaluate(
    (s) => document.querySelector(s)?.shadowRoot?.textContent.replace(/\s+/g, ' ').trim(),
    selector,
  );

const elementFile = (files, tag) => files.some((f) => new RegExp(`^${tag}-[\\w-]+\\.js$`).test(f));

test('the manifest lists every file of dist/cdn/ with its SRI hash, and the autoloader keeps its name', () => {
  const manifest = JSON.parse(readFileSync(join(cdn, 'manifest.json'), 'utf8'));
  assert.equal(manifest.entry, 'wsis-components.js');
  assert.equal(manifest.stylesheet, 'theme.css');
  for (const [name, { integrity: sri }] of Object.entries(manifest.files))
    assert.equal(sri, integrity(readFileSync(join(cdn, name))), name);
  assert.deepEqual(
    Object.keys(manifest.files).sort(),
    readdirSync(cdn)
      .filter((f) => f !== 'manifest.json')
      .sort(),
  );
  // Every element has a file of its own whose name holds a hash of its content.
  assert.deepEqual(Object.keys(manifest.elements).sort(), [
    'wsis-breadcrumb',
    'wsis-footer',
    'wsis-header',
    'wsis-language-switcher',
    'wsis-logo',
    'wsis-message',
    'wsis-nav',
    'wsis-privacy-notice',
    'wsis-skip-link',
  ]);
  for (const [tag, files] of Object.entries(manifest.elements))
    assert.match(files[0], new RegExp(`^\\./${tag}-[\\w-]{8}\\.js$`));
  assert.deepEqual(Object.keys(manifest.locales).sort(), ['ar', 'es', 'fr', 'ru', 'zh-Hans']);
});

for (const name of ['chromium', 'firefox']) {
  const launch = () => launchBrowser(name);

  test(`drop-in (${name}): a footer-only page loads the footer's code and not the navigation's`, async () => {
    const browser = await launch();
    try {
      const p = await open(browser, 'footer-only.html');
      await defined(p.page, 'wsis-footer');
      assert.match(await shadowText(p.page, 'wsis-footer'), /© WSIS/);
      const files = p.requested();
      assert.ok(files.includes('wsis-components.js') && files.includes('theme.css'), files.join(' '));
      assert.ok(elementFile(files, 'wsis-footer'), `the footer's file: ${files.join(' ')}`);
      for (const other of [
        'wsis-nav',
        'wsis-header',
        'wsis-message',
        'wsis-privacy-notice',
        'wsis-breadcrumb',
      ])
        assert.ok(!elementFile(files, other), `${other}'s file was loaded: ${files.join(' ')}`);
      // English: neither the localize runtime nor a locale; a client-rendered page: no hydration support.
      assert.ok(
        !files.some((f) => /^(locale-runtime|hydrate-support|ar|fr|es|ru|zh-Hans)-/.test(f)),
        files.join(' '),
      );
      assert.equal(await p.page.evaluate(() => customElements.get('wsis-nav')), undefined);

      // The localization API is there for a site's own module.
      assert.deepEqual(
        await p.page.evaluate(async (url) => {
          const api = await import(url);
          return ['setLocale', 'getLocale', 'LOCALES', 'registerLocale'].filter((n) => !(n in api));
        }, `${origin}${BASE}wsis-components.js`),
        [],
      );
      // setLocale(): the footer switches, and <html lang> follows.
      const es = await messages('es');
      await p.page.evaluate(
        async (url) => (await import(url)).setLocale('es'),
        `${origin}${BASE}wsis-components.js`,
      );
      await p.page.waitForFunction(
        (t) => document.querySelector('wsis-footer').shadowRoot.textContent.includes(t),
        { timeout: 20000 },
        es['footer.logo-policy'],
      );
      assert.equal(await p.page.evaluate(() => document.documentElement.lang), 'es');
      assert.deepEqual(await p.problems(), []);
      await p.close();
    } finally {
      await browser.close();
    }
  });

  test(`drop-in (${name}): elements added after load, in the page and in shadow roots, are defined`, async () => {
    const browser = await launch();
    try {
      const p = await open(browser, 'empty.html');
      await p.page.evaluate(() => document.body.prepend(document.createElement('wsis-skip-link')));
      await defined(p.page, 'wsis-skip-link');
      // Another library's elements, in the page first, defined (upgraded) later: no mutation of the
      // document announces their shadow roots. One renders a breadcrumb in an open shadow root,
      // the other a logo in a closed one.
      await p.page.evaluate(() => {
        const list = [
          ['site-trail', 'open', 'wsis-breadcrumb'],
          ['site-brand', 'closed', 'wsis-logo'],
        ];
        for (const [tag] of list) document.body.append(document.createElement(tag));
        for (const [tag, mode, inner] of list)
          customElements.define(
            tag,
            class extends HTMLElement {
              constructor() {
                super();
                const el = document.createElement(inner);
                if (inner === 'wsis-logo') el.setAttribute('org', 'itu');
                this.attachShadow({ mode }).append(el);
              }
            },
          );
      });
      await p.page.waitForFunction(
        () => customElements.get('wsis-breadcrumb') && customElements.get('wsis-logo'),
        { timeout: 20000 },
      );
      const files = p.requested();
      for (const tag of ['wsis-skip-link', 'wsis-breadcrumb', 'wsis-logo'])
        assert.ok(elementFile(files, tag), tag);
      assert.ok(!elementFile(files, 'wsis-footer'));
      assert.deepEqual(await p.problems(), []);
      await p.close();
    } finally {
      await browser.close();
    }
  });

  test(`drop-in (${name}): <html lang="ar"> gives Arabic right to left, and a change of lang switches`, async () => {
    const [ar, fr] = [await messages('ar'), await messages('fr')];
    const browser = await launch();
    try {
      const p = await open(browser, 'arabic.html');
      for (const tag of ['wsis-header', 'wsis-skip-link', 'wsis-nav', 'wsis-footer'])
        await defined(p.page, tag);
      // Every file of the elements and of the language was asked for at once, from the start.
      const manifest = JSON.parse(readFileSync(join(cdn, 'manifest.json'), 'utf8'));
      const preloads = await p.page.evaluate(() =>
        [...document.querySelectorAll('link[rel="modulepreload"]')].map((l) => new URL(l.href).pathname),
      );
      for (const file of [
        ...manifest.elements['wsis-header'],
        ...manifest.elements['wsis-nav'],
        ...manifest.locales.ar,
      ])
        assert.ok(preloads.includes(`${BASE}${file.slice(2)}`), `${file} preloaded: ${preloads}`);
      const skip = () => shadowText(p.page, 'wsis-skip-link');
      assert.equal(await skip(), ar['skip-link.label']);
      assert.equal(await p.page.evaluate(() => document.documentElement.dir), 'rtl');
      assert.match(await shadowText(p.page, 'wsis-footer'), new RegExp(ar['footer.logo-policy']));

      await p.page.evaluate(() => (document.documentElement.lang = 'fr-CA'));
      await p.page.waitForFunction(
        (t) => document.querySelector('wsis-skip-link').shadowRoot.textContent.includes(t),
        {},
        fr['skip-link.label'],
      );
      assert.equal(await p.page.evaluate(() => document.documentElement.dir), 'ltr');
      // The page's own tag is kept: fr-CA is French.
      assert.equal(await p.page.evaluate(() => document.documentElement.lang), 'fr-CA');
      assert.match(await shadowText(p.page, 'wsis-footer'), new RegExp(fr['footer.logo-policy']));

      // The header's language switcher (no links: it switches in the page) chooses Arabic again:
      // <html lang dir> follow.
      await p.page.evaluate(() =>
        document
          .querySelector('wsis-header')
          .shadowRoot.querySelector('wsis-language-switcher')
          .shadowRoot.querySelector('button[lang="ar"]')
          .click(),
      );
      await p.page.waitForFunction(() => document.documentElement.lang === 'ar', { timeout: 20000 });
      assert.equal(await p.page.evaluate(() => document.documentElement.dir), 'rtl');
      assert.equal(await skip(), ar['skip-link.label']);
      assert.deepEqual(await p.problems(), []);
      assert.deepEqual(
        p.seen.filter((m) => /^warn/.test(m.type)),
        [],
      );
      await p.close();
    } finally {
      await browser.close();
    }
  });

  test(`drop-in (${name}): a misspelt element is named in one console error, and the rest works`, async () => {
    const browser = await launch();
    try {
      const p = await open(browser, 'empty.html');
      await p.page.evaluate(() => {
        for (const tag of ['wsis-fotter', 'wsis-footer', 'wsis-fotter'])
          document.body.append(document.createElement(tag));
      });
      await defined(p.page, 'wsis-footer');
      const errors = p.seen.filter((m) => m.type === 'error');
      assert.equal(errors.length, 1, JSON.stringify(p.seen));
      assert.match(
        errors[0].text,
        /^<wsis-fotter>: no such element in wsis-components; it stays as plain HTML\./,
      );
      await p.close();
    } finally {
      await browser.close();
    }
  });

  test(`drop-in (${name}): a language the library does not speak gives English with one warning`, async () => {
    const browser = await launch();
    try {
      const p = await open(browser, 'unknown-language.html');
      await defined(p.page, 'wsis-footer');
      assert.match(await shadowText(p.page, 'wsis-footer'), /Logo Policy/);
      const warnings = p.seen.filter((m) => /^warn/.test(m.type));
      assert.equal(warnings.length, 1, JSON.stringify(p.seen));
      assert.match(warnings[0].text, /<html lang="de">.*English/);
      assert.equal(await p.page.evaluate(() => document.documentElement.lang), 'de');
      assert.deepEqual(await p.problems(), []);
      await p.close();
    } finally {
      await browser.close();
    }
  });
}
