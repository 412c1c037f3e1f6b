// The server-side includes, served by a server that runs no JavaScript: Debian's nginx, `ssi on`,
// assembles a page in each of the six languages from the fragments `npx wsis-components includes`
// writes (the configuration, the command and the page are the Storybook guide's snippets:
// stories/guides/snippets/includes.json, includes.sh, page.shtml), under a strict CSP made of the
// fragments' csp.txt. Without JavaScript the page reads completely (navigation with its sub-pages,
// every language, the consent form, which posts); with JavaScript the drop-in build hydrates it with
// no console message, no request failing, no CSP violation and no layout shift, in Chromium and
// Firefox. Needs nginx (NGINX_PATH, or the usual paths) and the package build (dist/, dist/cdn/).
import { test, before, after } from 'node:test';
import { createHash } from 'node:crypto';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { launchBrowser } from '../../scripts/lib/browsers.mjs';
import { MISSING_NGINX, findNginx, startNginx } from '../../scripts/lib/nginx.mjs';

const root = resolve(import.meta.dirname, '../..');
const snippets = join(root, 'stories/guides/snippets');
const CODES = ['ar', 'zh-Hans', 'en', 'fr', 'ru', 'es'];
const DIR = { ar: 'rtl' };
// The page's own text (the site's, not the library's), in each language.
const PAGE = {
  ar: ['القمة العالمية لمجتمع المعلومات', 'محتوى الصفحة، في ترميز الموقع.'],
  'zh-Hans': ['信息社会世界峰会', '页面内容，采用网站自己的标记。'],
  en: ['World Summit on the Information Society', 'The page’s content, in the site’s markup.'],
  fr: ['Sommet mondial sur la société de l’information', 'Le contenu de la page, dans le balisage du site.'],
  ru: [
    'Всемирная встреча на высшем уровне по вопросам информационного общества',
    'Содержание страницы в разметке сайта.',
  ],
  es: [
    'Cumbre Mundial sobre la Sociedad de la Información',
    'El contenido de la página, en el marcado del sitio.',
  ],
};
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

mkdirSync(join(root, '.tmp'), { recursive: true });
const work = mkdtempSync(join(root, '.tmp', 'includes-nginx-'));
const config = JSON.parse(readFileSync(join(snippets, 'includes.json'), 'utf8'));
let nginx;
let chromium;
let firefox;

/** The page of the guide, in language `code`. */
function page(code, head = 'head.html') {
  const [title, text] = PAGE[code];
  return readFileSync(join(snippets, 'page.shtml'), 'utf8')
    .replace('<html lang="fr" dir="ltr">', `<html lang="${code}" dir="${DIR[code] ?? 'ltr'}">`)
    .replaceAll('/includes/fr/', `/includes/${code}/`)
    .replace('/head.html', `/${head}`)
    .replaceAll(PAGE.fr[0], title)
    .replace(PAGE.fr[1], text);
}

before(async () => {
  assert.ok(findNginx(), MISSING_NGINX);
  assert.ok(existsSync(join(root, 'dist', 'cdn', 'manifest.json')), 'run `npm run build` first');
  // The command of the guide (includes.sh), with the package's own bin for `npx wsis-components`.
  const command = /^npx wsis-components (.+)$/m.exec(readFileSync(join(snippets, 'includes.sh'), 'utf8'))[1];
  cpSync(join(snippets, 'includes.json'), join(work, 'site.json'));
  const run = spawnSync(process.execPath, [join(root, 'dist/cli.js'), ...command.split(' ')], {
    cwd: work,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, `${command}:\n${run.stdout}\n${run.stderr}`);

  const csp = {};
  for (const code of CODES) {
    mkdirSync(join(work, 'site', code), { recursive: true });
    writeFileSync(join(work, 'site', code, 'index.shtml'), page(code));
    // The same page without the drop-in: what a reader sees before it hydrates (or without it).
    const head = readFileSync(join(work, 'includes', code, 'head.html'), 'utf8');
    writeFileSync(
      join(work, 'includes', code, 'head-static.html'),
      head.replace(/^<(script type="module"|link rel="modulepreload").*\n/gm, ''),
    );
    writeFileSync(join(work, 'site', code, 'static.shtml'), page(code, 'head-static.html'));
    const sources = readFileSync(join(work, 'includes', code, 'csp.txt'), 'utf8')
      .trim()
      .split('\n');
    csp[code] = [
      "default-src 'self'",
      ...sources,
      "img-src 'self'",
      "base-uri 'none'",
      "form-action 'self'",
      "require-trusted-types-for 'script'",
    ].join('; ');
  }
  nginx = await startNginx({
    dir: join(work, 'nginx'),
    server: `
    root ${join(work, 'site')};
    index index.shtml;
    ssi on;
    location ${config.assets} { alias ${join(work, 'includes', 'cdn')}/; }
    location /includes/ { internal; alias ${join(work, 'includes')}/; }
    # Where the consent form posts without JavaScript: a site's server stores the choice, then
    # sends the reader back.
    location = /cookies { return 303 $http_referer; }
    location = /favicon.ico { return 204; }
${CODES.map((code) => `    location /${code}/ { add_header Content-Security-Policy "${csp[code]}" always; }`).join('\n')}
`,
  });
  chromium = await launchBrowser('chromium');
  firefox = await launchBrowser('firefox');
});

after(async () => {
  await chromium?.close();
  await firefox?.close();
  await nginx?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** The requests nginx answered since `from` (a line count of its access log), as "status method uri". */
const requests = (from = 0) => readFileSync(nginx.accessLog, 'utf8').split('\n').filter(Boolean).slice(from);

/**
 * A fresh page that records every console message, CSP violation and response. Its own responses,
 * as "status method path", come from the browser rather than nginx's log: a request an earlier page
 * left open when its context closed is logged (499) after this page started, and is not this page's.
 *
 * `holdDropIn`: the drop-in's script is held back until the page has been parsed and painted as the
 * server sent it, then let through; `hydrationFrom` is that moment (page time). A layout shift from
 * then on is hydration's. One before it is the parser's: a browser may paint a page it is still
 * parsing, and the footer's legal line, in its shadow root, then moves down when the site's links
 * slotted above it arrive (as it does without JavaScript).
 */
async function open(browser, url, { js = true, width = 1280, holdDropIn = false } = {}) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  const messages = [];
  const responses = [];
  tab.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  tab.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  tab.on('response', (r) =>
    responses.push(`${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`),
  );
  tab.on('requestfailed', (r) =>
    responses.push(`failed ${r.method()} ${new URL(r.url()).pathname}: ${r.failure()?.errorText}`),
  );
  if (!js) await tab.setJavaScriptEnabled(false);
  else
    await tab.evaluateOnNewDocument(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
      window.__shifts = [];
      if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift'))
        new PerformanceObserver((list) => {
          for (const e of list.getEntries())
            window.__shifts.push({
              at: e.startTime,
              value: e.value,
              moved: e.sources.map((x) =>
                [
                  x.node?.nodeName,
                  x.node?.getRootNode().host?.localName ?? 'document',
                  JSON.stringify(x.previousRect),
                  JSON.stringify(x.currentRect),
                ].join(' '),
              ),
            });
        }).observe({ type: 'layout-shift', buffered: true });
      // Parsed, then two frames: the page as the server sent it is on screen.
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive')
          requestAnimationFrame(() => requestAnimationFrame(() => (window.__painted = performance.now())));
      });
    });
  await tab.setViewport({ width, height: 900 });
  const from = requests().length;
  let hydrationFrom = 0;
  if (holdDropIn) {
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await tab.setRequestInterception(true);
    tab.on('request', (r) =>
      /\/wsis-components\.js$/.test(new URL(r.url()).pathname) ? held.then(() => r.continue()) : r.continue(),
    );
    const loaded = tab.goto(`${nginx.base}${url}`, { waitUntil: 'load' });
    await tab.waitForFunction('window.__painted !== undefined', { timeout: 30000 });
    hydrationFrom = await tab.evaluate('window.__painted');
    release();
    await loaded;
  } else await tab.goto(`${nginx.base}${url}`, { waitUntil: 'load' });
  return {
    page: tab,
    messages,
    responses,
    hydrationFrom,
    requests: () => requests(from),
    close: () => context.close(),
  };
}

// In the page: every element, in the document and in shadow roots, in tree order.
const ALL = `(() => {
  const out = [];
  const walk = (scope) => {
    for (const el of scope.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return out;
})()`;

/** Every link a reader can see and follow: its address and its text. */
const VISIBLE_LINKS = `${ALL}
  .filter((el) => el.localName === 'a' && el.href && el.getClientRects().length > 0 &&
    getComputedStyle(el).visibility !== 'hidden')
  .map((a) => [new URL(a.href).pathname, a.textContent.trim()])`;

/** The box of every element, in tree order: the layout, to compare before and after hydration. */
const LAYOUT = `${ALL}.filter((el) => document.body.contains(el) || el.getRootNode() !== document).map((el) => {
  const r = el.getBoundingClientRect();
  return [el.localName, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)].join(' ');
})`;

/** Resolves once every wsis-* element is defined and has finished its first update (hydration). */
async function hydrated(tab) {
  await tab.waitForFunction(
    `${ALL}.filter((el) => el.localName.startsWith('wsis-')).every((el) => customElements.get(el.localName))`,
    { timeout: 30000 },
  );
  await tab.evaluate(
    `Promise.all(${ALL}.filter((el) => el.localName.startsWith('wsis-')).map((el) => el.updateComplete))`,
  );
  // Two frames: what hydration changed is laid out, and any layout shift reported.
  await tab.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  await new Promise((r) => setTimeout(r, 300));
  await tab.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
}

const text = (t, code) => (typeof t === 'string' ? t : t[code]);

test('the command writes each language’s fragments, with the drop-in’s SRI hashes in head.html', () => {
  const manifest = JSON.parse(readFileSync(join(work, 'includes', 'cdn', 'manifest.json'), 'utf8'));
  for (const code of CODES) {
    for (const file of ['head.html', 'csp.txt', 'header.html', 'privacy-notice.html', 'footer.html'])
      assert.ok(existsSync(join(work, 'includes', code, file)), `${code}/${file}`);
    const head = readFileSync(join(work, 'includes', code, 'head.html'), 'utf8');
    const tags = [
      ...head.matchAll(/(?:href|src)="\/vendor\/wsis-components\/0\.2\.0\/([^"]+)" integrity="([^"]+)"/g),
    ];
    assert.ok(tags.length >= 8, `${code}: the script and the preloads`);
    // No stylesheet file: the theme's CSS is inline, allowed by its hash in csp.txt.
    assert.doesNotMatch(head, /rel="stylesheet"/);
    const theme = /<style>([^<]*)<\/style>/.exec(head)[1];
    assert.ok(
      readFileSync(join(work, 'includes', code, 'csp.txt'), 'utf8').includes(
        `'sha256-${createHash('sha256').update(theme).digest('base64')}'`,
      ),
    );
    for (const [, file, sri] of tags) assert.equal(sri, manifest.files[file].integrity, `${code}: ${file}`);
    // The page's own locale module is preloaded, no other.
    for (const other of CODES.filter((c) => c !== 'en'))
      assert.equal(head.includes(`/${other}-`), other === code, `${code}: preload of ${other}`);
    assert.match(
      readFileSync(join(work, 'includes', code, 'header.html'), 'utf8'),
      /<template shadowroot(mode)?="open"/,
    );
  }
});

for (const code of CODES) {
  test(`${code}: without JavaScript, at 320 px, the page reads completely and the consent form posts`, async () => {
    const {
      page: tab,
      requests: since,
      close,
    } = await open(chromium, `/${code}/`, { js: false, width: 320 });
    try {
      assert.deepEqual(
        await tab.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
        [code, DIR[code] ?? 'ltr'],
      );
      const links = await tab.evaluate(VISIBLE_LINKS);
      const shown = (href, label) =>
        assert.ok(
          // (White space compared as one space: the navigation writes a label's no-break space as one.)
          links.some(([h, t]) => h === href && (label === undefined || t === label.replace(/\s+/g, ' '))),
          `${code}: no visible link "${label ?? ''}" to ${href}: ${JSON.stringify(links)}`,
        );
      const url = (u) => u.replaceAll('{locale}', code);
      for (const item of config.navigation) {
        shown(url(item.href), text(item.label, code));
        for (const child of item.children ?? []) shown(url(child.href), text(child.label, code));
      }
      for (const link of config.footerLinks) shown(url(link.href), text(link.label, code));
      for (const other of CODES) shown(`/${other}/`);
      shown(url(config.privacy));
      shown(url(config.logoPolicy));
      // The heading of the page and of the banner are there, in the page's language.
      assert.ok((await tab.evaluate(() => document.querySelector('h1').textContent)).includes(PAGE[code][0]));

      // The consent question is a form that posts to the site, which sends the reader back.
      const buttons = await tab.evaluate(() =>
        [
          ...document
            .querySelector('wsis-privacy-notice')
            .shadowRoot.querySelectorAll('form[method="post"] button'),
        ]
          .filter((b) => b.getClientRects().length)
          .map((b) => `${b.type} ${b.name}=${b.value} ${b.form.getAttribute('action')}`),
      );
      assert.deepEqual(buttons, ['submit cookies=accept /cookies', 'submit cookies=reject /cookies']);
      await Promise.all([
        tab.waitForNavigation(),
        tab.evaluate(() =>
          document
            .querySelector('wsis-privacy-notice')
            .shadowRoot.querySelector('button[value="reject"]')
            .click(),
        ),
      ]);
      assert.equal(new URL(tab.url()).pathname, `/${code}/`);
      assert.ok(since().includes('303 POST /cookies'), since().join('\n'));
    } finally {
      await close();
    }
  });

  for (const name of ['chromium', 'firefox']) {
    test(`${code}: with JavaScript the drop-in hydrates it, no console message, no layout shift (${name})`, async () => {
      const browser = name === 'chromium' ? chromium : firefox;
      const before = await open(browser, `/${code}/static.shtml`);
      await before.page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
      const layoutBefore = await before.page.evaluate(LAYOUT);
      await before.close();

      // Chromium reports layout shifts: there the page is painted as the server sent it before the
      // drop-in may run, so that any box hydration moved would show as a shift.
      const {
        page: tab,
        messages,
        responses,
        hydrationFrom,
        close,
      } = await open(browser, `/${code}/`, { holdDropIn: name === 'chromium' });
      try {
        await hydrated(tab);
        const state = await tab.evaluate(`({
          violations: window.__violations,
          shifts: window.__shifts,
          lang: document.documentElement.lang,
          dir: document.documentElement.dir,
          // Hydration keeps the server's shadow trees: their first child is still the server's marker.
          replaced: ${ALL}.filter((el) => el.localName.startsWith('wsis-') && ![...el.shadowRoot.childNodes]
            .some((n) => n.nodeType === 8 && /^lit-part /.test(n.data))).map((el) => el.localName),
        })`);
        const layoutAfter = await tab.evaluate(LAYOUT);
        assert.deepEqual(messages, [], 'console messages');
        assert.deepEqual(state.violations, [], 'CSP violations');
        assert.deepEqual(
          responses.filter((r) => !/^(200|204|304) /.test(r)),
          [],
          `requests that failed, of:\n${responses.join('\n')}`,
        );
        assert.deepEqual(state.replaced, [], 'every shadow tree is the server’s');
        assert.deepEqual([state.lang, state.dir], [code, DIR[code] ?? 'ltr']);
        // The drop-in loaded the hydration support and this page's locale.
        assert.ok(
          responses.some((r) => / \/vendor\/.*\/hydrate-support-/.test(r)),
          responses.join('\n'),
        );
        if (code !== 'en')
          assert.ok(
            responses.some((r) => new RegExp(` /vendor/.*/${code}-`).test(r)),
            responses.join('\n'),
          );
        assert.deepEqual(
          state.shifts.filter((s) => s.at >= hydrationFrom),
          [],
          'no layout shift from hydration (Chromium reports them)',
        );
        // Every box where it was before any script ran.
        assert.deepEqual(layoutAfter, layoutBefore, 'the boxes before and after hydration');
        if (name === 'chromium') {
          await tab.evaluate(AXE_SOURCE);
          const violations = await tab.evaluate(
            `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} } })
              .then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`,
          );
          assert.deepEqual(violations, []);
        }
      } finally {
        await close();
      }
    });
  }
}
