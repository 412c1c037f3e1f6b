// The README's first page (stories/guides/snippets/page.html and the script it loads,
// locale-from-html.mjs), built with Vite from the installed tarball, as a reader meets it:
// - on a slow phone and link (Chromium: 4× CPU slowdown, slow 4G), an Arabic reader's first frame
//   in which any element shows is already Arabic and right to left. A control page that defines the
//   elements before it sets the locale (the README's order once) shows English first: the
//   measurement can fail;
// - a click on a language link ends on that language's page, in that language;
// - under `vite dev` (the `development` export condition: the library's and Lit's development
//   builds), the console holds nothing of ours, only Lit's own dev-mode notice; the same page with
//   one bad attribute shows that a warning of the library would be seen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as puppeteer from 'puppeteer-core';
import { launchBrowser, serveDirectory } from '../../scripts/lib/browsers.mjs';
import { packedApp, pinned, root, run } from './helpers/packed-app.mjs';

const LOCALES = ['ar', 'zh-Hans', 'en', 'fr', 'ru', 'es'];
const snippet = (name) => readFileSync(join(root, 'stories/guides/snippets', name), 'utf8');
const PAGE = snippet('page.html');
const SCRIPT_SRC = /<script type="module" src="\/([^"]+)"><\/script>/.exec(PAGE)?.[1];

/** The XLIFF of a locale: each message's English source and its translation. */
function messages(code) {
  const xlf = readFileSync(join(root, 'locales', `${code}.xlf`), 'utf8');
  return [
    ...xlf.matchAll(
      /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>\s*<target>([\s\S]*?)<\/target>/g,
    ),
  ].map(([, id, source, target]) => ({ id, source, target }));
}
const ARABIC = messages('ar');
/** English sentences of the library's own (several words, no placeholder) that Arabic translates. */
const ENGLISH = ARABIC.filter(
  (m) => m.source.includes(' ') && !m.source.includes('<') && m.source !== m.target,
).map((m) => m.source);
const title = (code) =>
  code === 'en'
    ? ARABIC.find((m) => m.id === 'privacy-notice.title').source
    : messages(code).find((m) => m.id === 'privacy-notice.title').target;

/** `<html lang dir>` of the page as the server writes it for `code`. */
const inLanguage = (html, code) =>
  html.replace(
    /<html lang="[^"]*" dir="[^"]*">/,
    `<html lang="${code}" dir="${code === 'ar' ? 'rtl' : 'ltr'}">`,
  );

let project;
let server;
before(async () => {
  assert.ok(SCRIPT_SRC, 'page.html loads one module script');
  project = packedApp('first-page', [pinned('vite')]);
  const { app } = project;
  const write = (path, text) => {
    mkdirSync(dirname(join(app, path)), { recursive: true });
    writeFileSync(join(app, path), text);
  };
  write('index.html', PAGE);
  write(SCRIPT_SRC, snippet('locale-from-html.mjs'));
  // The control: the elements defined first, the locale set after.
  write('control.html', PAGE.replace(SCRIPT_SRC, 'assets/control.js'));
  write(
    'assets/control.js',
    "import 'wsis-components';\nimport { setLocale } from 'wsis-components/localization';\nawait setLocale(document.documentElement.lang);\n",
  );
  write('bad.html', PAGE.replace('last-updated="2004-01-22"', 'last-updated="yesterday"'));
  write(
    'vite.config.mjs',
    "export default { build: { rollupOptions: { input: { index: 'index.html', control: 'control.html', bad: 'bad.html' } } } };\n",
  );
  run(process.execPath, [join(app, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], app);
  // Each language's page at /<code>/, as a server writes it: the same page, its own <html lang dir>.
  const built = readFileSync(join(app, 'dist/index.html'), 'utf8');
  const control = readFileSync(join(app, 'dist/control.html'), 'utf8');
  for (const code of LOCALES) {
    mkdirSync(join(app, 'dist', code), { recursive: true });
    writeFileSync(join(app, 'dist', code, 'index.html'), inLanguage(built, code));
    writeFileSync(join(app, 'dist', code, 'control.html'), inLanguage(control, code));
  }
  server = await serveDirectory(join(app, 'dist'));
});
after(() => {
  server?.close();
  project?.cleanup();
});

const launch = () => launchBrowser('chromium');

/**
 * Runs in the page before its own scripts: at every animation frame (each one's state is what the
 * frame paints), looks for a `wsis-*` element that shows something of its own (a shadow root with
 * text, and a box); records the first such frame's text (shadow roots within shadow roots too) and
 * each showing element's direction, then stops.
 */
function recordFirstFrame() {
  const textOf = (node) => {
    let text = '';
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.data;
      else if (child.nodeType === Node.ELEMENT_NODE && !['STYLE', 'SCRIPT'].includes(child.tagName)) {
        text += ` ${textOf(child.shadowRoot ?? child)}`;
        if (child.shadowRoot) text += ` ${textOf(child)}`;
      }
    }
    return text;
  };
  const started = performance.now();
  const frame = () => {
    const showing = [...document.querySelectorAll('*')].filter(
      (el) =>
        el.localName.startsWith('wsis-') &&
        el.shadowRoot &&
        textOf(el.shadowRoot).trim() &&
        el.getBoundingClientRect().height > 0,
    );
    if (showing.length) {
      window.__firstFrame = {
        ms: Math.round(performance.now() - started),
        tags: showing.map((el) => el.localName),
        text: showing
          .map((el) => textOf(el.shadowRoot))
          .join(' ')
          .replace(/\s+/g, ' '),
        directions: showing.map((el) => getComputedStyle(el).direction),
      };
    } else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** The first frame showing an element, on a slow phone and link. */
async function firstFrame(browser, path) {
  const page = await browser.newPage();
  try {
    await page.setCacheEnabled(false);
    await page.emulateCPUThrottling(4);
    await page.emulateNetworkConditions(puppeteer.PredefinedNetworkConditions['Slow 4G']);
    await page.evaluateOnNewDocument(recordFirstFrame);
    await page.goto(`${server.base}${path}`);
    const handle = await page.waitForFunction(() => window.__firstFrame, { timeout: 120000, polling: 200 });
    return await handle.jsonValue();
  } finally {
    await page.close();
  }
}

test('throttled, an Arabic reader’s first frame with an element is Arabic and right to left', async (t) => {
  const browser = await launch();
  try {
    const frame = await firstFrame(browser, '/ar/');
    assert.match(frame.text, /[\u0600-\u06ff]/, `Arabic at ${frame.ms} ms: ${frame.text}`);
    assert.deepEqual(
      ENGLISH.filter((sentence) => frame.text.includes(sentence)),
      [],
      `no English of the library at ${frame.ms} ms`,
    );
    assert.deepEqual(
      frame.directions.filter((d) => d !== 'rtl'),
      [],
      `right to left: ${frame.tags.join(', ')}`,
    );
    // The control: defined before the locale is set, the elements show English first.
    const control = await firstFrame(browser, '/ar/control.html');
    t.diagnostic(
      `first frame with an element: ${frame.ms} ms (Arabic); the control's: ${control.ms} ms (English)`,
    );
    assert.ok(
      ENGLISH.some((sentence) => control.text.includes(sentence)),
      `the control shows English first (${control.ms} ms): ${control.text}`,
    );
  } finally {
    await browser.close();
  }
});

test('a click on a language link ends on that language’s page, in that language', async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const shows = async (code) => {
      await page.waitForFunction(
        (expected) =>
          customElements.get('wsis-privacy-notice') &&
          document
            .querySelector('wsis-privacy-notice')
            .shadowRoot?.querySelector('h2')
            ?.textContent.trim() === expected,
        { timeout: 30000 },
        title(code),
      );
      return page.evaluate(() => [
        location.pathname,
        document.documentElement.lang,
        document.documentElement.dir,
      ]);
    };
    await page.goto(`${server.base}/fr/`);
    assert.deepEqual(await shows('fr'), ['/fr/', 'fr', 'ltr']);
    for (const [code, dir] of [
      ['ar', 'rtl'],
      ['zh-Hans', 'ltr'],
      ['en', 'ltr'],
    ]) {
      const link = await page.waitForSelector(`pierce/a[hreflang="${code}"]`);
      await Promise.all([page.waitForNavigation(), link.click()]);
      assert.deepEqual(await shows(code), [`/${code}/`, code, dir], `after the click on ${code}`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

/** Lit's notice that its development build is running, exactly as Lit 3 prints it. */
const LIT_DEV_MODE_NOTICE =
  'Lit is in dev mode. Not recommended for production! See https://lit.dev/msg/dev-mode for more information.';

/** Every warning and error a page printed under `vite dev`, once its elements have rendered. */
async function consoleUnderViteDev(path) {
  const { createServer } = await import(
    pathToFileURL(join(project.app, 'node_modules/vite/dist/node/index.js'))
  );
  const vite = await createServer({
    root: project.app,
    configFile: false,
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
  });
  await vite.listen();
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const messages = [];
    // A failed load is logged without its URL: it is recorded from the response instead. The
    // browser's own favicon request is not the page's.
    page.on('console', (m) => {
      if (
        ['warn', 'warning', 'error', 'assert'].includes(m.type()) &&
        !m.text().startsWith('Failed to load resource')
      )
        messages.push(`${m.type()}: ${m.text()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) messages.push(`${r.status()} ${r.url()}`);
    });
    page.on('pageerror', (e) => messages.push(`uncaught: ${e.message ?? e}`));
    await page.goto(new URL(path, vite.resolvedUrls.local[0]).href);
    await page.waitForFunction(
      () => customElements.get('wsis-footer') && document.documentElement.lang === 'fr',
      {
        timeout: 60000,
      },
    );
    await page.evaluate(async () => {
      const all = (node, out = []) => {
        for (const el of node.querySelectorAll('*')) {
          if (el.localName.startsWith('wsis-')) out.push(el);
          if (el.shadowRoot) all(el.shadowRoot, out);
        }
        return out;
      };
      for (let pass = 0; pass < 3; pass++) {
        await Promise.all(all(document).map((el) => el.updateComplete));
        await new Promise((done) => requestAnimationFrame(done));
      }
    });
    return messages;
  } finally {
    await browser.close();
    await vite.close();
  }
}

test('under vite dev, the first page prints nothing of ours: only Lit’s dev-mode notice', async () => {
  const messages = await consoleUnderViteDev('/index.html');
  assert.ok(
    messages.some((m) => m.endsWith(LIT_DEV_MODE_NOTICE)),
    `Lit's dev-mode notice (the development build ran):\n${messages.join('\n')}`,
  );
  assert.deepEqual(
    messages.filter((m) => !m.endsWith(LIT_DEV_MODE_NOTICE)),
    [],
  );
});

test('under vite dev, the check sees a warning of the library (a bad last-updated), so it can fail', async () => {
  const messages = await consoleUnderViteDev('/bad.html');
  assert.ok(
    messages.some((m) => /^warn(ing)?: <wsis-footer> last-updated="yesterday"/.test(m)),
    messages.join('\n'),
  );
});
