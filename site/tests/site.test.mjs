// The server-rendered site (`npm run build:site`) as a reader gets it, in Chromium and Firefox: the
// six pages and the index exist and validate, pass axe, read completely with JavaScript off at 320 px
// and at desktop width, and hydrate with no console message, no layout shift and no second copy of
// any shadow tree. The last check is shown to work: a page that loads Lit before the hydration
// support fails it. Builds the site from dist/ (which the package build makes) into .tmp/.
import { createHash } from 'node:crypto';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../../scripts/lib/browsers.mjs';
import { serveSite } from '../serve.mjs';

const root = resolve(import.meta.dirname, '../..');
const CODES = ['ar', 'zh-Hans', 'en', 'fr', 'ru', 'es'];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

function buildSite(out, ...extra) {
  const r = spawnSync(process.execPath, ['site/build.mjs', '--out', out, ...extra], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, `build-site failed:\n${r.stdout}\n${r.stderr}`);
}

let site;
let broken;
let chromium;
let firefox;

before(async () => {
  // Built here, from the package in dist/, so that the test never reads a stale site/.
  buildSite('.tmp/site-test');
  buildSite('.tmp/site-lit-first', '--order', 'lit-first');
  await writeFixture(join(root, '.tmp/site-test/fixture/index.html'));
  site = await serveSite(join(root, '.tmp/site-test'));
  broken = await serveSite(join(root, '.tmp/site-lit-first'));
  chromium = await launchBrowser('chromium');
  firefox = await launchBrowser('firefox');
});

after(async () => {
  await chromium?.close();
  await firefox?.close();
  await site?.close();
  await broken?.close();
});

/**
 * A page with all nine elements in the forms the site page does not use: light-DOM links with no
 * `items` on the server (the navigation and the breadcrumb show the site's list, then switch after
 * hydrating), a language switcher with the site's own links, a message with its own translation
 * links in the slot, logos on their own.
 */
async function writeFixture(file) {
  const { html } = await import('lit');
  const { renderInLocale, scriptTags, shareStyles } = await import('wsis-components/ssr.js');
  const { html: body } = await renderInLocale(
    'es',
    () =>
      html`<wsis-privacy-notice privacy-href="/p" action="/cookies"></wsis-privacy-notice>
        <wsis-skip-link></wsis-skip-link>
        <wsis-logo org="itu" size="small"></wsis-logo>
        <wsis-language-switcher>
          <a href="/en/" hreflang="en" lang="en">English</a><a href="/es/" hreflang="es" lang="es">Español</a>
        </wsis-language-switcher>
        <wsis-nav label="Fixture">
          <ul>
            <li><a href="/a">A</a></li>
            <li>
              <a href="/b">B</a>
              <ul>
                <li><a href="/b/1">B1</a></li>
              </ul>
            </li>
          </ul>
        </wsis-nav>
        <wsis-breadcrumb
          ><ol>
            <li><a href="/">Inicio</a></li>
            <li>Aquí</li>
          </ol></wsis-breadcrumb
        >
        <main id="main">
          <wsis-message author="A" date="2004-01-22"
            ><a slot="translations" href="/fr/" hreflang="fr" lang="fr">Français</a>
            <p>Texto</p></wsis-message
          >
        </main>
        <wsis-footer year="2004" logo-policy-href="/l" privacy-href="/p"></wsis-footer>`,
  );
  const shared = shareStyles(body, '/assets/styles/');
  const { mkdirSync, writeFileSync } = await import('node:fs');
  // The fixture keeps the shared-file form of the styles (the site pages use inline styles).
  mkdirSync(join(root, '.tmp/site-test/assets/styles'), { recursive: true });
  for (const [name, css] of shared.sheets)
    writeFileSync(join(root, '.tmp/site-test/assets/styles', name), css);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(
    file,
    `<!doctype html><html lang="es" dir="ltr"><head><meta charset="utf-8"><title>Fixture</title>
<link rel="icon" href="/assets/icon.svg">
${scriptTags({ library: '/assets/wsis.js' })}</head>
<body>${shared.html}</body></html>`,
  );
}

/** A fresh page (own context: no storage carried over) that records every console message. */
async function open(browser, url, { js = true, width = 1280 } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const messages = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  if (!js) await page.setJavaScriptEnabled(false);
  // Every Content-Security-Policy violation (the pages carry a strict policy with Trusted Types).
  else
    await page.evaluateOnNewDocument(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      );
    });
  await page.setViewport({ width, height: 800 });
  await page.goto(url, { waitUntil: 'load' });
  return { page, messages, close: () => context.close() };
}

// In the page: every wsis-* element, in the document and inside shadow roots.
const ALL_ELEMENTS = `(() => {
  const out = [];
  const walk = (scope) => {
    for (const el of scope.querySelectorAll('*')) {
      if (el.localName.startsWith('wsis-')) out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return out;
})()`;

/** Resolves once every element is defined and has finished its first update (hydration). */
async function hydrated(page) {
  await page.evaluate(`Promise.all(${ALL_ELEMENTS}.map((el) =>
    customElements.whenDefined(el.localName).then(() => el.updateComplete)))`);
  // Two frames: what hydration changed has been laid out, and any layout shift has been reported.
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
}

/**
 * Per shadow root: how many elements it holds, and whether the server's tree is still the one shown
 * (its first child is the `lit-part` comment the server wrote; a tree Lit rendered itself starts
 * with an empty marker comment). Hydration keeps both; a second render doubles the first or loses
 * the second.
 */
const SHADOW_TREES = `${ALL_ELEMENTS}.map((el) => ({
  tag: el.localName,
  elements: el.shadowRoot ? el.shadowRoot.querySelectorAll('*').length : -1,
  serverTree: !!el.shadowRoot && [...el.shadowRoot.childNodes].some(
    (n) => n.nodeType === 8 && /^lit-part [^ ]+=?/.test(n.data)),
}))`;

/** The problems a hydrated page shows against the same page read without JavaScript. */
async function hydrationProblems(base, code, { cls: checkCls = true, sameSize = true } = {}) {
  const noJs = await open(chromium, `${base}/${code}/`, { js: false });
  const before = await noJs.page.evaluate(SHADOW_TREES);
  await noJs.close();
  const { page, messages, close } = await open(chromium, `${base}/${code}/`);
  // Each shift with what moved (the node, its shadow host, its box before and after), so that a
  // failure says where to look.
  await page.evaluate(`window.__shifts = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shifts.push({
      value: e.value, at: Math.round(e.startTime),
      moved: e.sources.map((x) => [x.node?.nodeName, x.node?.getRootNode().host?.localName ?? 'document',
        JSON.stringify(x.previousRect), JSON.stringify(x.currentRect)].join(' ')) }); })
      .observe({ type: 'layout-shift', buffered: true });`);
  await hydrated(page);
  const afterTrees = await page.evaluate(SHADOW_TREES);
  const shifts = await page.evaluate('window.__shifts');
  const violations = await page.evaluate('window.__violations');
  await close();
  const problems = [...messages.map((m) => `console ${m}`), ...violations.map((v) => `CSP violation: ${v}`)];
  const cls = shifts.reduce((a, b) => a + b.value, 0);
  if (checkCls && cls !== 0) problems.push(`layout shift: CLS ${cls}: ${JSON.stringify(shifts)}`);
  if (afterTrees.length !== before.length) {
    problems.push(`${afterTrees.length} elements after hydration, ${before.length} in the server's page`);
  }
  afterTrees.forEach((t, i) => {
    const server = before[i];
    if (!t.serverTree)
      problems.push(`<${t.tag}> #${i}: the server's shadow tree was replaced by a new render`);
    if (sameSize && server && t.elements > server.elements * 1.5) {
      problems.push(
        `<${t.tag}> #${i}: ${t.elements} elements in its shadow root, ${server.elements} from the server`,
      );
    }
  });
  return problems;
}

test('the six pages and the index exist, with lang, dir, alternates, the messages and the scripts in order', async () => {
  const index = readFileSync(join(root, '.tmp/site-test/index.html'), 'utf8');
  for (const code of CODES) {
    assert.match(index, new RegExp(`<a href="/${code}/" hreflang="${code}" lang="${code}"`));
    const html = readFileSync(join(root, `.tmp/site-test/${code}/index.html`), 'utf8');
    const dir = code === 'ar' ? 'rtl' : 'ltr';
    assert.match(html, new RegExp(`<html lang="${code}" dir="${dir}">`));
    for (const other of CODES) {
      assert.match(html, new RegExp(`<link rel="alternate" hreflang="${other}" href="/${other}/">`));
      // The language switcher links every page, in the server's HTML.
      assert.match(
        html,
        new RegExp(`<a[^>]*href="/${other}/"[^>]*hreflang="${other}"`),
        `${code}: no link to ${other}`,
      );
    }
    assert.match(html, /<link rel="alternate" hreflang="x-default" href="\/">/);
    assert.match(html, /<wsis-header[^>]* role="banner"/);
    assert.match(html, /<wsis-footer[^>]* role="contentinfo"/);
    assert.match(html, /<template shadowroot(mode)?="open"/);
    // The locale's own messages, from the translation the package ships.
    const { templates } =
      code === 'en'
        ? { templates: { 'skip-link.label': 'Skip to main content' } }
        : await import(pathToFileURL(join(root, `dist/generated/locales/${code}.js`)).href);
    assert.ok(html.includes(templates['skip-link.label']), `${code}: the skip link is not in ${code}`);
    // One module script, which imports the hydration support first (the hydration test below fails
    // if Lit runs before it).
    const order = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(order, ['/assets/wsis.js']);
    // The early consent script is inline, and the CSP allows it by the hash of its exact text.
    const inline = html.match(/<script>([\s\S]*?)<\/script>/)?.[1];
    assert.ok(inline?.includes('wsis-consent'), `${code}: no inline early consent script`);
    const hash = createHash('sha256').update(inline).digest('base64');
    assert.ok(html.includes(`script-src 'self' 'sha256-${hash}'`), `${code}: the CSP does not allow it`);
    // Every module needed at start is preloaded, the localize runtime and the page's own locale
    // module among them, and the page needs no more than six files at start (the stylesheets, the
    // module and its preloads): HTTP/1.1 gives six connections, and a seventh file waits a round trip.
    const preloads = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
    if (code !== 'en')
      assert.ok(
        preloads.some((p) => p.includes(`/${code}-`)),
        `${code}: locale not preloaded`,
      );
    assert.ok(
      preloads.some((p) => p.includes('/locale-runtime-')),
      `${code}: localize runtime not preloaded`,
    );
    const sheets = [...html.matchAll(/<link rel="stylesheet"/g)].length;
    // The page's CSS (the theme's and the site's) is inline, each block allowed by its hash: no
    // stylesheet file holds the first paint.
    assert.equal(sheets, 0, `${code}: a stylesheet file`);
    const styles = [...html.slice(0, html.indexOf('</head>')).matchAll(/<style>([\s\S]*?)<\/style>/g)];
    assert.equal(styles.length, 2, `${code}: the theme's and the site's CSS inline`);
    for (const [, css] of styles)
      assert.ok(
        html.includes(`'sha256-${createHash('sha256').update(css).digest('base64')}'`),
        `${code}: the CSP does not allow an inline style`,
      );
    assert.ok(sheets + order.length + preloads.length <= 6, `${code}: more than six files at start`);
    // The elements that only show content are defined later, so they are not fetched at start; the
    // interactive ones are in the library module itself (see site/client/client.js).
    assert.ok(
      !preloads.some((p) => p.includes('/rest-')),
      `${code}: the content-only elements are preloaded`,
    );
  }
});

for (const code of CODES) {
  test(`${code}: no duplicate id in any scope; one main, banner and contentinfo, before and after hydration`, async () => {
    for (const js of [false, true]) {
      const { page, close } = await open(chromium, `${site.base}/${code}/`, { js });
      if (js) await hydrated(page);
      const duplicates = await page.evaluate(`(() => {
        const dup = [];
        const check = (scope, name) => {
          const seen = new Set();
          for (const el of scope.querySelectorAll('[id]')) {
            if (seen.has(el.id)) dup.push(name + '#' + el.id);
            seen.add(el.id);
            }
          for (const el of scope.querySelectorAll('*')) if (el.shadowRoot) check(el.shadowRoot, el.localName);
        };
        check(document, 'document');
        return dup;
      })()`);
      assert.deepEqual(duplicates, [], `${js ? 'hydrated' : 'without JavaScript'}: duplicate ids`);
      const tree = await page.accessibility.snapshot({ interestingOnly: false });
      const roles = [];
      const walk = (n) => {
        if (['main', 'banner', 'contentinfo'].includes(n.role)) roles.push(n.role);
        n.children?.forEach(walk);
      };
      walk(tree);
      assert.deepEqual(
        roles.sort(),
        ['banner', 'contentinfo', 'main'],
        js ? 'hydrated' : 'without JavaScript',
      );
      await close();
    }
  });

  for (const name of ['chromium', 'firefox']) {
    test(`${code}: axe finds no violation in ${name}, hydrated`, async () => {
      const browser = name === 'chromium' ? chromium : firefox;
      const { page, close } = await open(browser, `${site.base}/${code}/`);
      await hydrated(page);
      // Evaluated by the test driver, which the page's CSP (script-src 'self') does not govern.
      await page.evaluate(AXE_SOURCE);
      const { violations, passes } = await page.evaluate(
        `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} } })
          .then((r) => ({ passes: r.passes.length,
            violations: r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')) }))`,
      );
      await close();
      assert.deepEqual(violations, []);
      assert.ok(passes > 20, `axe checked too little (${passes} rules passed)`);
    });
  }

  test(`${code}: without JavaScript every link and text is there and reachable at 320 px and at desktop width`, async () => {
    for (const width of [320, 1280]) {
      const { page, close } = await open(chromium, `${site.base}/${code}/`, { js: false, width });
      const report = await page.evaluate(`(() => {
        const shown = (el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
        };
        const links = [];
        const walk = (scope) => {
          for (const el of scope.querySelectorAll('a[href], p, h1, h2, time')) {
            if (el.closest('wsis-skip-link') || (el.getRootNode().host?.localName === 'wsis-skip-link')) continue;
            // The confirmation of the privacy notice exists only after a choice.
            if (el.closest('[part~="confirmation"]')) continue;
            links.push({ tag: el.localName, text: el.textContent.trim().slice(0, 40), href: el.getAttribute('href'), shown: shown(el) });
          }
          for (const el of scope.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
        };
        walk(document);
        const notice = document.querySelector('wsis-privacy-notice').shadowRoot;
        const form = notice.querySelector('form');
        // A site's link is shown once: the navigation shows its enhanced copy and hides the source.
        const shownHrefs = new Set(links.filter((l) => l.href && l.shown).map((l) => l.href));
        return {
          hidden: links.filter((l) => !l.shown && !(l.href && shownHrefs.has(l.href))),
          hrefs: links.filter((l) => l.href).map((l) => l.href),
          texts: links.filter((l) => !l.href).map((l) => l.text),
          form: form && { method: form.method, action: form.getAttribute('action'),
            buttons: [...form.querySelectorAll('button[type=submit][name=cookies]')].filter(shown).map((b) => b.value) },
        };
      })()`);
      assert.deepEqual(report.hidden, [], `${width}px: hidden without JavaScript`);
      for (const href of [
        '/basic',
        '/geneva',
        '/geneva/declaration',
        '/geneva/plan',
        '/geneva/documents',
        '/tunis',
        '/tunis/commitment',
        '/tunis/agenda',
        '/tunis/prepcom',
        '/stocktaking',
        '/newsroom',
        '/links',
      ]) {
        assert.ok(report.hrefs.includes(href), `${width}px: no link to ${href}`);
      }
      for (const other of CODES)
        assert.ok(report.hrefs.includes(`/${other}/`), `${width}px: no link to /${other}/`);
      assert.ok(
        report.texts.some((t) => t.startsWith('As we look back to the Geneva phase')),
        'the message text',
      );
      assert.deepEqual(report.form, { method: 'post', action: '/cookies', buttons: ['accept', 'reject'] });
      // The skip link: the first Tab stop after the privacy notice's, shown when focused, and it reaches main.
      const focusedLink = `(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return { href: el?.getAttribute('href'), shown: !!el && el.getBoundingClientRect().width > 1,
          inNotice: !!el && el.getRootNode().host?.localName === 'wsis-privacy-notice' };
      })()`;
      let focused;
      do {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(focusedLink);
      } while (focused.inNotice);
      assert.deepEqual(
        focused,
        { href: '#main', shown: true, inNotice: false },
        `${width}px: the first Tab stop after the notice`,
      );
      await page.keyboard.press('Enter');
      await page.waitForFunction(`location.hash === '#main'`);
      assert.equal(await page.evaluate(`document.querySelector(':target')?.localName`), 'main');
      await close();
    }
  });

  test(`${code}: paints from its HTML alone: with every other file refused, the same layout`, async () => {
    // The layout of every box (in the document and in shadow roots) of the page as a reader gets
    // it, hydrated, and of the same page when the browser gets its HTML and nothing else: no
    // stylesheet, script or image may hold or change the first paint.
    const LAYOUT = `(() => {
      const out = [];
      const walk = (scope) => {
        for (const el of scope.querySelectorAll('*')) {
          if (!(scope === document && !document.body.contains(el))) {
            const r = el.getBoundingClientRect();
            out.push([el.localName, r.x, r.y, r.width, r.height].map((v) => (typeof v === 'number' ? Math.round(v) : v)).join(' '));
          }
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return out;
    })()`;
    const full = await open(chromium, `${site.base}/${code}/`);
    await hydrated(full.page);
    const layout = await full.page.evaluate(LAYOUT);
    await full.close();
    const context = await chromium.createBrowserContext();
    try {
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      await page.setRequestInterception(true);
      const refused = [];
      page.on('request', (request) => {
        if (request.isNavigationRequest()) return request.continue();
        refused.push(new URL(request.url()).pathname);
        return request.abort();
      });
      await page.goto(`${site.base}/${code}/`, { waitUntil: 'load' });
      await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
      assert.ok(
        refused.some((p) => p.endsWith('.js')),
        `the scripts were refused: ${refused}`,
      );
      assert.deepEqual(await page.evaluate(LAYOUT), layout);
    } finally {
      await context.close();
    }
  });

  test(`${code}: hydrates with no console message, no layout shift and no second shadow tree`, async () => {
    assert.deepEqual(await hydrationProblems(site.base, code), []);
  });
}

// The dark theme (theme.css): Chromium as a reader who prefers dark (emulated; the pages follow
// prefers-color-scheme), Firefox with data-wsis-theme="dark" on <html> (puppeteer cannot emulate the
// preference over WebDriver BiDi; the attribute takes the same color-scheme path). English and Arabic.
for (const code of ['en', 'ar']) {
  for (const name of ['chromium', 'firefox']) {
    test(`${code}: axe finds no violation in ${name} in the dark theme`, async () => {
      const browser = name === 'chromium' ? chromium : firefox;
      const { page, close } = await open(browser, `${site.base}/${code}/`);
      if (name === 'chromium') {
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      } else {
        await page.evaluate(() => (document.documentElement.dataset.wsisTheme = 'dark'));
      }
      await hydrated(page);
      const dark = await page.evaluate(
        () => getComputedStyle(document.querySelector('wsis-footer')).backgroundColor,
      );
      await page.evaluate(AXE_SOURCE);
      const { violations } = await page.evaluate(
        `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} } })
          .then((r) => ({ violations: r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')) }))`,
      );
      await close();
      // The footer's background is dark, so the page really is in the dark theme.
      assert.ok(
        dark
          .match(/\d+/g)
          .slice(0, 3)
          .every((c) => Number(c) < 64),
        `footer background ${dark}`,
      );
      assert.deepEqual(violations, []);
    });
  }
}

// Forced colours in Firefox, which cannot emulate them over WebDriver BiDi: a browser of its own
// started with the preference a reader sets (Settings → Colors → Override: Always). The cues that must
// survive: the current page's and the current language's bars, and a visible focus outline.
test('forced colours in Firefox (browser.display.document_color_use=2): current-page and current-language bars, focus outline', async () => {
  const forced = await launchBrowser('firefox', {
    extraPrefsFirefox: { 'browser.display.document_color_use': 2 },
  });
  try {
    const { page, close } = await open(forced, `${site.base}/en/`);
    await hydrated(page);
    await page.keyboard.press('Tab');
    const seen = await page.evaluate(() => {
      const style = (el) => {
        const s = getComputedStyle(el);
        return { color: s.color, bar: s.borderBottomColor, weight: s.fontWeight, outline: s.outlineStyle };
      };
      const nav = document.querySelector('wsis-nav').shadowRoot;
      const header = document.querySelector('wsis-header').shadowRoot;
      const languages = header.querySelector('wsis-language-switcher').shadowRoot;
      let focused = document.activeElement;
      while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
      return {
        forced: matchMedia('(forced-colors: active)').matches,
        canvas: getComputedStyle(document.documentElement).backgroundColor,
        page: style(nav.querySelector('a[aria-current="page"]')),
        otherPage: style(nav.querySelector('a.link:not([aria-current])')),
        language: style(languages.querySelector('[aria-current="true"]')),
        otherLanguage: style(languages.querySelector('a:not([aria-current])')),
        focus: style(focused),
      };
    });
    await close();
    assert.equal(seen.forced, true);
    for (const [current, other] of [
      [seen.page, seen.otherPage],
      [seen.language, seen.otherLanguage],
    ]) {
      assert.notEqual(current.bar, seen.canvas, 'the current item keeps a bar');
      assert.equal(other.bar, seen.canvas, 'the other items have none');
      assert.equal(current.weight, '700');
    }
    assert.equal(seen.focus.outline, 'solid');
  } finally {
    await forced.close();
  }
});

// Dates and the year, as the server wrote them into the page and as each browser writes them for
// itself: the same text, whatever CLDR data each engine has (Russian «года», Arabic Western digits).
const UN_DATES = JSON.parse(readFileSync(join(root, 'tests/browser/fixtures/un-dates.json'), 'utf8'));
/** The text of each `<time>` and of the copyright line in server-rendered HTML, markers left out. */
function serverDates(markup) {
  // No-break spaces are part of the text («2004 года»): only the template's white space collapses.
  const text = (s) =>
    s
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/[ \t\n]+/g, ' ')
      .trim();
  return {
    times: [...markup.matchAll(/<time\b[^>]*>([\s\S]*?)<\/time>/g)].map((m) => text(m[1])),
    copyright: text(/part="copyright"[^>]*>([\s\S]*?)<\/li>/.exec(markup)[1]),
  };
}
for (const code of CODES) {
  test(`${code}: the dates and the year read the same from the server and in Chromium and Firefox`, async () => {
    const server = serverDates(readFileSync(join(root, `.tmp/site-test/${code}/index.html`), 'utf8'));
    assert.deepEqual(server.times, [UN_DATES.expected[code].date, UN_DATES.expected[code].date]);
    for (const [name, browser] of [
      ['chromium', chromium],
      ['firefox', firefox],
    ]) {
      const { page, close } = await open(browser, `${site.base}/${code}/`);
      await hydrated(page);
      // Copies of the message and the footer with the same attributes, rendered by the browser alone.
      const own = await page.evaluate(async () => {
        const times = [];
        let copyright;
        for (const el of document.querySelectorAll('wsis-message, wsis-footer')) {
          const copy = el.cloneNode(false);
          document.body.append(copy);
          await copy.updateComplete;
          times.push(...[...copy.shadowRoot.querySelectorAll('time')].map((t) => t.textContent.trim()));
          copyright ??= copy.shadowRoot
            .querySelector('[part~="copyright"]')
            ?.textContent.replace(/[ \t\n]+/g, ' ')
            .trim();
          copy.remove();
        }
        return { times, copyright };
      });
      await close();
      assert.deepEqual(own, server, `${code} in ${name}`);
    }
  });
}

test('all nine elements, light-DOM links read only in the browser, hydrate with no message and no second tree', async () => {
  // No CLS check here: without `items` on the server the navigation's switch to its bar moves the
  // layout, as the README says; the site page passes `items` and is checked for CLS above.
  // Nor a size check: the navigation and the breadcrumb grow from the site's list to their bar.
  assert.deepEqual(await hydrationProblems(site.base, 'fixture', { cls: false, sameSize: false }), []);
  const { page, close } = await open(chromium, `${site.base}/fixture/`);
  await hydrated(page);
  const state = await page.evaluate(`({
    nav: [...document.querySelector('wsis-nav').shadowRoot.querySelectorAll('[part~="link"]')].map((a) => a.textContent),
    crumbs: document.querySelector('wsis-breadcrumb').shadowRoot.querySelectorAll('a, [aria-current]').length,
    siteLanguages: document.querySelector('wsis-language-switcher a[hreflang="es"]').getAttribute('aria-current'),
    translation: document.querySelector('wsis-message [slot=translations]').getClientRects().length,
  })`);
  await close();
  assert.deepEqual(state, { nav: ['A', 'B', 'B1'], crumbs: 2, siteLanguages: 'true', translation: 1 });
});

test('the hydration check fails when the hydration support is loaded after Lit', async () => {
  const problems = await hydrationProblems(broken.base, 'en');
  // Both signs, each on its own: every tree re-rendered, and some of them twice as large.
  assert.ok(
    problems.some((p) => /replaced by a new render/.test(p)) &&
      problems.some((p) => /elements in its shadow root/.test(p)),
    `the detector saw nothing wrong: ${JSON.stringify(problems)}`,
  );
});

test('a returning reader: the notice stays hidden from the first paint, with no layout shift', async () => {
  const context = await chromium.createBrowserContext();
  const page = await context.newPage();
  const messages = [];
  page.on('console', (m) => messages.push(m.text()));
  await page.goto(`${site.base}/en/`);
  await page.evaluate(`localStorage.setItem('wsis-consent',
    JSON.stringify({ version: '2004-01', decision: 'rejected', date: '2004-01-22T00:00:00Z' }))`);
  // Before any script of ours defines the element: the early script alone must hide it.
  await page.setJavaScriptEnabled(true);
  await page.goto(`${site.base}/en/`, { waitUntil: 'domcontentloaded' });
  await page.evaluate(`window.__shifts = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts.push(e.value); })
      .observe({ type: 'layout-shift', buffered: true });`);
  await hydrated(page);
  const state = await page.evaluate(`({
    display: getComputedStyle(document.querySelector('wsis-privacy-notice')).display,
    cls: window.__shifts.reduce((a, b) => a + b, 0),
  })`);
  await context.close();
  assert.deepEqual(state, { display: 'none', cls: 0 });
  assert.deepEqual(messages, []);
});

test('a stored record the element refuses (no date, a date that is none, decision as an array): the notice shows from the first paint, in both browsers', async () => {
  for (const [name, browser] of [
    ['chromium', chromium],
    ['firefox', firefox],
  ]) {
    for (const stored of [
      { version: '2004-01', decision: 'rejected' },
      { version: '2004-01', decision: 'rejected', date: 'yesterday' },
      { version: '2004-01', decision: ['rejected'], date: '2004-01-22T00:00:00Z' },
    ]) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.goto(`${site.base}/en/`);
      await page.evaluate(`localStorage.setItem('wsis-consent', ${JSON.stringify(JSON.stringify(stored))})`);
      // From before the first paint: whether the notice was ever hidden, frame by frame.
      await page.evaluateOnNewDocument(`window.__noticeHidden = false;
        const look = () => {
          const notice = document.querySelector('wsis-privacy-notice');
          if (notice && getComputedStyle(notice).display === 'none') window.__noticeHidden = true;
          if (!window.__stop) requestAnimationFrame(look);
        };
        requestAnimationFrame(look);`);
      await page.goto(`${site.base}/en/`);
      if (name === 'chromium')
        await page.evaluate(`window.__shifts = [];
          new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts.push(e.value); })
            .observe({ type: 'layout-shift', buffered: true });`);
      await hydrated(page);
      const state = await page.evaluate(`window.__stop = true; ({
        everHidden: window.__noticeHidden,
        decision: document.querySelector('wsis-privacy-notice').decision,
        cls: (window.__shifts ?? []).reduce((a, b) => a + b, 0),
      })`);
      await context.close();
      assert.deepEqual(
        state,
        { everHidden: false, decision: null, cls: 0 },
        `${name}: ${JSON.stringify(stored)}`,
      );
    }
  }
});

/** A page without JavaScript: Chromium switches it off per page; Firefox (over WebDriver BiDi) only by preference. */
async function withoutJavaScript(name, fn) {
  if (name === 'chromium') {
    const context = await chromium.createBrowserContext();
    const page = await context.newPage();
    await page.setJavaScriptEnabled(false);
    try {
      return await fn(page);
    } finally {
      await context.close();
    }
  }
  const browser = await launchBrowser('firefox', { extraPrefsFirefox: { 'javascript.enabled': false } });
  try {
    return await fn(await browser.newPage());
  } finally {
    await browser.close();
  }
}

/** Clicks a button of the notice's form as a reader does, and waits for the page the server sends back. */
async function submitNotice(page, value) {
  const button = await page.$(`pierce/button[name="cookies"][value="${value}"]`);
  const box = await button.boundingBox();
  await page.evaluate(`document.documentElement.dataset.before = 'submit'`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  for (let tries = 0; ; tries++) {
    const arrived = await page
      .evaluate(`document.readyState === 'complete' && !document.documentElement.dataset.before`)
      .catch(() => false);
    if (arrived) return;
    assert.ok(tries < 200, 'no page came back after the form was sent');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const noticeShown = (page) =>
  page.evaluate(`getComputedStyle(document.querySelector('wsis-privacy-notice')).display !== 'none'`);

for (const name of ['chromium', 'firefox']) {
  test(`without JavaScript in ${name}: reject on /ru/, come back, and the notice stays answered`, async () => {
    await withoutJavaScript(name, async (page) => {
      await page.goto(`${site.base}/ru/`);
      assert.equal(
        await page.evaluate(`!!customElements.get('wsis-privacy-notice')`),
        false,
        'JavaScript ran',
      );
      assert.equal(await noticeShown(page), true, 'a new reader is asked');
      await submitNotice(page, 'reject');
      assert.equal(new URL(page.url()).pathname, '/ru/', 'back on the page the form was on');
      assert.equal(await noticeShown(page), false, 'asked again right after answering');
      const [cookie] = (await page.cookies()).filter((c) => c.name === 'wsis-consent');
      assert.deepEqual(
        { path: cookie.path, sameSite: cookie.sameSite, httpOnly: cookie.httpOnly, session: cookie.session },
        { path: '/', sameSite: 'Lax', httpOnly: false, session: false },
      );
      const record = JSON.parse(decodeURIComponent(cookie.value));
      assert.deepEqual([record.version, record.decision], ['2004-01', 'rejected']);
      // Coming back later, to this page or another.
      for (const path of ['/ru/', '/ar/', '/ru/']) {
        await page.goto(`${site.base}${path}`);
        assert.equal(await noticeShown(page), false, `${path}: asked again`);
      }
    });
  });
}
