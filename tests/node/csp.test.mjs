// A strict Content Security Policy with Trusted Types, as a cautious site sends it: every element of
// the library on one page (tests/node/fixtures/csp/index.html, built with Vite from the package build in dist/),
// every control used (each button in every shadow root, every in-page link, Escape), every locale
// chosen through the language switcher, in Chromium and Firefox. The page must raise no
// `securitypolicyviolation` event and write no console error. A last check proves the counter
// counts: a deliberately forbidden image load must be seen as one violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { build } from 'vite';
import { launchBrowser } from '../../scripts/lib/browsers.mjs';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, '.tmp', 'csp-page');
// The policy is the one the Getting started page shows a site (stories/guides/snippets/csp.txt):
// the page's snippet is what this test enforces, so the two cannot drift apart.
export const STRICT_CSP = /^Content-Security-Policy: (.+)$/m.exec(
  readFileSync(join(root, 'stories/guides/snippets/csp.txt'), 'utf8'),
)[1];
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

let server;
let base;

before(async () => {
  assert.ok(existsSync(join(root, 'dist', 'index.js')), 'dist/ is missing: run `npm run build` first.');
  await build({
    root: join(root, 'tests', 'node', 'fixtures', 'csp'),
    configFile: false,
    logLevel: 'error',
    build: { outDir: out, emptyOutDir: true, modulePreload: { polyfill: false } },
  });
  server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    // Browsers ask for a favicon on their own; the page has none, and a 404 would be a console error.
    if (path === '/favicon.ico') return res.writeHead(204, { 'content-security-policy': STRICT_CSP }).end();
    try {
      const body = await readFile(join(out, path.endsWith('/') ? `${path}index.html` : path));
      res
        .writeHead(200, {
          'content-type': TYPES[extname(path) || '.html'] ?? 'application/octet-stream',
          'content-security-policy': STRICT_CSP,
        })
        .end(body);
    } catch {
      res.writeHead(404, { 'content-security-policy': STRICT_CSP }).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
});

after(() => server?.close());

/** Records every violation and console error from the first line of every document on. */
async function watch(page) {
  const consoleErrors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return consoleErrors;
}

/** Clicks every button and in-page link in every shadow root, the language buttons last. */
async function useEveryControl(page) {
  return page.evaluate(async () => {
    const settle = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const controls = () => {
      const found = [];
      const visit = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.matches('button, a[href^="#"]') && !el.closest('[hidden]')) found.push(el);
          if (el.shadowRoot) visit(el.shadowRoot);
        }
      };
      visit(document);
      return found;
    };
    const used = new Set();
    // Several passes: a choice reveals the confirmation's buttons, a toggle its sub-menu.
    for (let pass = 0; pass < 4; pass++) {
      for (const el of controls()) {
        if (used.has(el) || el.matches('button[lang]')) continue;
        used.add(el);
        el.click();
        await settle();
      }
    }
    document.activeElement?.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    // The first language switcher's buttons: each locale in turn, English last. Waits, frame by
    // frame, for <html lang> (kept by syncDocumentLocale) to follow.
    const switcher = [...document.querySelectorAll('wsis-language-switcher, wsis-header')]
      .map((el) => el.shadowRoot)
      .flatMap((r) => [r, ...[...r.querySelectorAll('wsis-language-switcher')].map((s) => s.shadowRoot)])
      .find((r) => r.querySelector('button[lang]'));
    const languages = [...switcher.querySelectorAll('button[lang]')];
    for (const el of [
      ...languages.filter((l) => l.lang !== 'en'),
      ...languages.filter((l) => l.lang === 'en'),
    ]) {
      el.click();
      for (let frame = 0; frame < 600 && document.documentElement.lang !== el.lang; frame++) await settle();
      if (document.documentElement.lang !== el.lang) throw new Error(`locale ${el.lang} never arrived`);
      await settle();
      used.add(el);
    }
    return { used: used.size, languages: languages.length, lang: document.documentElement.lang };
  });
}

for (const name of ['chromium', 'firefox']) {
  test(`strict CSP with Trusted Types: every element, every control, every locale, no violation (${name})`, async () => {
    const browser = await launchBrowser(name);
    try {
      const page = await browser.newPage();
      const consoleErrors = await watch(page);
      const response = await page.goto(`${base}/index.html`, { waitUntil: 'load' });
      assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
      await page.waitForFunction(() =>
        [...document.querySelectorAll('*')]
          .filter((e) => e.localName.startsWith('wsis-'))
          .every((e) => customElements.get(e.localName)),
      );
      const undefinedTags = await page.evaluate(() =>
        [...document.querySelectorAll(':not(:defined)')].map((e) => e.localName),
      );
      assert.deepEqual(undefinedTags, []);
      const used = await useEveryControl(page);
      assert.ok(used.used >= 8, `used ${used.used} controls`);
      assert.equal(used.languages, 6, 'six language buttons');
      const violations = await page.evaluate(() => window.__violations);
      console.log(
        `${name}: ${used.used} controls used, ${used.languages} locales, ${violations.length} violations`,
      );
      assert.deepEqual(violations, []);
      assert.deepEqual(consoleErrors, []);

      // The counter counts: a forbidden load is one violation.
      await page.evaluate(() => {
        new Image().src = 'https://blocked.invalid/pixel.png';
      });
      await page.waitForFunction(() => window.__violations.length > 0);
      assert.match((await page.evaluate(() => window.__violations))[0], /^img-src|^default-src/);
    } finally {
      await browser.close();
    }
  });
}
