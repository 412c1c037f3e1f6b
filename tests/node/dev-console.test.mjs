// The development build says nothing of its own on a page that uses the library correctly. A
// site's developers run it (the `development` export condition, with Lit's own development build):
// a warning there that they cannot act on is noise on every page load, and it trains them to ignore
// the console where the library's real warnings (a bad attribute, a missing link) appear.
// One page holds every element in a correct setup, rendered in the browser and, as a second page,
// rendered on the server and hydrated, each in Chromium and in Firefox; the locale changes twice and
// the keyboard moves through the first controls. The one message allowed is Lit's own dev-mode
// notice, which Lit prints once per page; the test also requires it, which shows that the page ran
// Lit's development build and that the console was being read. The last test shows that a warning
// of the library itself fails the check.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import {
  findBrowsers,
  launchBrowser,
  missingBrowsersMessage,
  serveDirectory,
} from '../../scripts/lib/browsers.mjs';

const browsers = findBrowsers();

const root = resolve(import.meta.dirname, '../..');

/** Lit's notice that its development build is running, exactly as Lit 3 prints it. */
const LIT_DEV_MODE_NOTICE =
  'Lit is in dev mode. Not recommended for production! See https://lit.dev/msg/dev-mode for more information.';

// Every element, each set up correctly (no missing link, target or label), so that any message is
// one the library should not give. The language switcher appears in its three modes: template
// links, the site's own links, and in-page buttons (the header's built-in one too). The navigation
// follows the page's address; the privacy notice meets a stored choice for an older policy (below).
const BODY = `
<wsis-header home-href="/" un-href="https://www.un.org/" itu-href="https://www.itu.int/">
  <wsis-skip-link slot="skip-link" target="main"></wsis-skip-link>
  <wsis-nav slot="navigation" label="Main" current-from-location><ul><li><a href="/a">Alpha</a></li><li><a href="/b" aria-current="page">Beta</a><ul><li><a href="/b/1">One</a></li></ul></li><li><a href="/c">Gamma</a></li></ul></wsis-nav>
</wsis-header>
<wsis-privacy-notice privacy-href="/privacy" policy-version="2"></wsis-privacy-notice>
<main id="main">
  <wsis-breadcrumb><ol><li><a href="/">Home</a></li><li><a href="/x">Section</a></li><li>Page</li></ol></wsis-breadcrumb>
  <wsis-message author="Kofi Annan" author-role="Secretary-General of the United Nations" date="2004-01-22" heading-level="2"><p>Text of the message.</p></wsis-message>
  <wsis-logo org="itu" href="https://www.itu.int/"></wsis-logo>
  <wsis-logo org="wsis" size="large" mark-only decorative></wsis-logo>
  <wsis-language-switcher href-template="/{locale}/index.html"></wsis-language-switcher>
  <wsis-language-switcher><a href="/en/" hreflang="en">English</a><a href="/fr/" hreflang="fr">Français</a></wsis-language-switcher>
  <wsis-language-switcher compact></wsis-language-switcher>
</main>
<wsis-footer year="2004" last-updated="2004-01-22" privacy-href="/privacy" logo-policy-href="/logo-policy"></wsis-footer>`;

/** Renders `BODY` on the server with the development build, as a site's dev server would. */
const SERVER_RENDER = `
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
await import('wsis-components');
const body = process.env.WSIS_BODY;
const strings = Object.assign([body], { raw: [body] });
process.stdout.write(await collectResult(render(html(strings))));
`;

/** A development bundle of `contents` (through package.json's "exports"), as a site's dev server resolves it. */
async function developmentBundle(contents) {
  const built = await esbuild.build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'esm',
    conditions: ['development'],
    write: false,
    logLevel: 'error',
  });
  const code = built.outputFiles[0].text;
  assert.ok(code.includes('Lit is in dev mode'), "the bundle holds Lit's development build");
  return code;
}

const page = (script, body) =>
  `<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Development console</title><link rel="icon" href="data:,"><script type="module" src="${script}"></script></head><body>${body}</body></html>`;

let dir;
let server;

before(async () => {
  assert.ok(existsSync(join(root, 'dist/development/index.js')), 'run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'wsis-dev-console-'));
  const library = "import { setLocale } from 'wsis-components';\nwindow.setWsisLocale = setLocale;";
  writeFileSync(join(dir, 'page.js'), await developmentBundle(library));
  // The hydration support first: it must run before Lit's own modules are evaluated.
  writeFileSync(
    join(dir, 'hydrate.js'),
    await developmentBundle(`import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\n${library}`),
  );
  const rendered = spawnSync(
    process.execPath,
    ['--conditions=development', '--input-type=module', '-e', SERVER_RENDER],
    { cwd: root, encoding: 'utf8', env: { ...process.env, WSIS_BODY: BODY } },
  );
  assert.equal(rendered.status, 0, rendered.stderr);
  assert.match(rendered.stdout, /<template shadowroot(mode)?="open"/);
  writeFileSync(join(dir, 'index.html'), page('page.js', BODY));
  // The same page with one bad attribute, which the library must warn about.
  writeFileSync(join(dir, 'bad.html'), page('page.js', BODY.replace('year="2004"', 'year="twenty"')));
  writeFileSync(join(dir, 'server-rendered.html'), page('hydrate.js', rendered.stdout));
  server = await serveDirectory(dir);
});

after(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Resolves once every element (in the page and in shadow roots) is defined and has rendered. */
function settled() {
  return async () => {
    const all = (node, out = []) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.localName.startsWith('wsis-')) out.push(el);
        if (el.shadowRoot) all(el.shadowRoot, out);
      }
      return out;
    };
    await Promise.all(
      [...new Set(all(document).map((el) => el.localName))].map((t) => customElements.whenDefined(t)),
    );
    await Promise.all(all(document).map((el) => el.updateComplete));
    // Two frames: anything an update schedules after it completes has run by then.
    for (let i = 0; i < 2; i++) await new Promise((done) => requestAnimationFrame(done));
    await Promise.all(all(document).map((el) => el.updateComplete));
  };
}

/** Every warning and error the page printed while loading, switching locale twice and tabbing. */
async function consoleOfAPageVisit(engine, name = 'index') {
  assert.ok(browsers[engine], missingBrowsersMessage(browsers));
  const browser = await launchBrowser(engine);
  try {
    const page = await browser.newPage();
    const messages = [];
    page.on('console', (message) => {
      if (['warn', 'warning', 'error', 'assert'].includes(message.type()))
        messages.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => messages.push(`uncaught: ${error.message ?? error}`));
    // A returning reader whose stored choice answers an older policy: the notice asks again.
    await page.evaluateOnNewDocument(() =>
      localStorage.setItem(
        'wsis-consent',
        JSON.stringify({ version: '1', decision: 'accepted', date: '2004-01-22T00:00:00.000Z' }),
      ),
    );
    await page.goto(`${server.base}/${name}.html`);
    await page.evaluate(settled());
    for (const locale of ['fr', 'ar']) {
      await page.evaluate((code) => window.setWsisLocale(code), locale);
      await page.evaluate(settled());
    }
    for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
    await page.evaluate(settled());
    const seen = await page.evaluate(() => ({
      focused: document.activeElement?.localName,
      outdated: !!document.querySelector('wsis-privacy-notice').shadowRoot.querySelector('.updated'),
      current: document
        .querySelector('wsis-nav')
        .shadowRoot.querySelector('[aria-current="page"]')
        ?.getAttribute('href'),
    }));
    assert.ok(seen.focused && seen.focused !== 'body', 'Tab moved focus into the page');
    assert.ok(seen.outdated, 'the privacy notice says the policy changed');
    assert.equal(seen.current, '/b', 'the navigation marks the current page');
    return messages;
  } finally {
    await browser.close();
  }
}

function assertOnlyLitsNotice(messages) {
  const notices = messages.filter(
    (m) => m === `warn: ${LIT_DEV_MODE_NOTICE}` || m === `warning: ${LIT_DEV_MODE_NOTICE}`,
  );
  assert.equal(
    notices.length,
    1,
    `Lit's dev-mode notice, once (the page ran Lit's development build):\n${messages.join('\n')}`,
  );
  assert.deepEqual(
    messages.filter((m) => !notices.includes(m)),
    [],
    'the development build printed warnings or errors on a correct page',
  );
}

for (const [name, engine] of [
  ['Chromium', 'chromium'],
  ['Firefox', 'firefox'],
]) {
  test(`${name}: the development build prints no warning or error beyond Lit’s dev-mode notice`, async () => {
    assertOnlyLitsNotice(await consoleOfAPageVisit(engine));
  });

  test(`${name}: nor when it hydrates a server-rendered page`, async () => {
    const messages = await consoleOfAPageVisit(engine, 'server-rendered');
    assertOnlyLitsNotice(messages);
  });
}

test('the check sees a warning of the library itself (a bad year on the footer), so it can fail', async () => {
  const messages = await consoleOfAPageVisit('chromium', 'bad');
  assert.ok(
    messages.some((m) => m.startsWith('warn: <wsis-footer> year="twenty"')),
    messages.join('\n'),
  );
  assert.throws(() => assertOnlyLitsNotice(messages), /printed warnings or errors/);
});
