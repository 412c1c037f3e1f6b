// The whole page in React 19 (tests/node/fixtures/react/page.tsx), bundled with esbuild as a React app would be,
// in Chromium and Firefox: every element defined and rendered, and both events reach their typed
// React callbacks — the consent change from the privacy notice, the locale change from the
// language switcher — whose state React then shows. The React console must stay free of errors
// (React reports unknown props, bad children and hydration trouble there).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { launchBrowser } from '../../scripts/lib/browsers.mjs';

const root = resolve(import.meta.dirname, '../..');
let bundle;
let server;
let base;

before(async () => {
  const result = await build({
    entryPoints: [join(root, 'tests/node/fixtures/react/page.tsx')],
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2021',
    tsconfig: join(root, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'error',
  });
  bundle = result.outputFiles[0].text;
  const page = `<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>React page</title></head>
<body><div id="root"></div><script type="module" src="/page.js"></script></body></html>`;
  server = createServer((req, res) => {
    if (req.url === '/page.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    if (req.url === '/' || req.url === '/index.html')
      return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    res.writeHead(204).end();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
});

after(() => server?.close());

/** Clicks the first `selector` in the shadow root of the page's `host` (or of a nested one). */
function clickIn(page, host, selector) {
  return page.evaluate(
    (host, selector) => {
      const find = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName === host && el.shadowRoot?.querySelector(selector))
            return el.shadowRoot.querySelector(selector);
          const inner = el.shadowRoot && find(el.shadowRoot);
          if (inner) return inner;
        }
        return undefined;
      };
      // The page's own element first (a header also holds a built-in switcher as slot fallback).
      const target = document.querySelector(host)?.shadowRoot?.querySelector(selector) ?? find(document);
      if (!target) throw new Error(`no ${selector} in <${host}>`);
      target.click();
    },
    host,
    selector,
  );
}

/** Waits for `fn` in the page; on time-out fails with `what` and the page's state. */
async function waitFor(page, what, fn) {
  try {
    await page.waitForFunction(fn, { timeout: 10000 });
  } catch {
    const state = await page.evaluate(() => ({
      decision: document.querySelector('#decision')?.textContent,
      locale: document.querySelector('#locale')?.textContent,
      lang: document.documentElement.lang,
    }));
    throw new Error(`${what} did not happen: ${JSON.stringify(state)}`);
  }
}

for (const name of (process.env.ONLY ?? 'chromium,firefox').split(',')) {
  test(`the whole page in React 19 handles both events (${name})`, async () => {
    const browser = await launchBrowser(name);
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${base}/`, { waitUntil: 'load' });
      await page.waitForSelector('#decision');
      const tags = await page.evaluate(() =>
        [
          ...new Set(
            [...document.querySelectorAll('*')].map((e) => e.localName).filter((t) => t.startsWith('wsis-')),
          ),
        ].sort(),
      );
      assert.deepEqual(tags, [
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
      assert.deepEqual(
        await page.evaluate(() => [...document.querySelectorAll(':not(:defined)')].map((e) => e.localName)),
        [],
      );
      // Properties React set as properties: the nav's items and the breadcrumb's rendered as links.
      const navLinks = await page.evaluate(
        () => document.querySelector('wsis-nav').shadowRoot.querySelectorAll('a[href]').length,
      );
      assert.ok(navLinks >= 2, `nav rendered ${navLinks} links from items`);

      await clickIn(page, 'wsis-privacy-notice', 'button[value="accept"]');
      await waitFor(
        page,
        'onWsisConsentChange',
        () => document.querySelector('#decision').textContent === 'accepted',
      );

      await clickIn(page, 'wsis-language-switcher', 'button[lang="fr"]');
      await waitFor(page, 'onWsisLocaleChange', () => document.querySelector('#locale').textContent === 'fr');
      // The elements followed: the notice's confirmation is in French now.
      await waitFor(page, 'the notice in French', () =>
        document.querySelector('wsis-privacy-notice').shadowRoot.textContent.includes('Vous avez accepté'),
      );
      console.log(`${name}: consent "accepted" and locale "fr" reached the React callbacks`);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });
}
