// `npm run bench`: the library's weight and the server-rendered page's speed, as one table. A
// benchmark, not a test: nothing here is asserted (size-limit checks
// the byte budgets, in `npm test`). Options: `--runs N` (timed runs per page, default 10, after one
// warm-up), `--site DIR` (the built site, default site/; built with `npm run build:site` when that
// script exists and the folder does not), `--no-build` (use dist/ and site/ as they are),
// `--locales ar,en` (the pages timed, default all six).
//
// Bytes: minified, then brotli at quality 11, each file on its own as a server sends it.
// Timings: Chromium through CDP, 4× CPU slowdown (Emulation.setCPUThrottlingRate), slow 4G
// (Network.emulateNetworkConditions, the figures DevTools and Lighthouse use), cache off, each run in a
// fresh incognito context, the two pages of a language taking turns. Two pages with the same content:
// - "server-rendered": site/<locale>/index.html as built, declarative shadow DOM plus its scripts;
// - "static": the same page made static: every script and module preload removed, and every
//   stylesheet it links written inline instead. It paints exactly what the server sent, as early as
//   its HTML alone allows, so the ratios measure what the scripts and the page's files cost, not
//   differences in markup. (A hand-flattened page without shadow roots would need every :host and
//   ::slotted rule rewritten: a different page.)
// "Controls usable" (the menu, the language switcher and the privacy notice hydrated) is compared with
// the static page's LCP plus one round trip: a script file cannot arrive sooner.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants } from 'node:zlib';
import * as esbuild from 'esbuild';
import { findBrowsers, launchBrowser } from '../lib/browsers.mjs';
import {
  HYDRATE_SUPPORT,
  brotli,
  bundle,
  dropInAtStart,
  elementEntries,
  localeChunks,
  root,
} from './bundle-size.mjs';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    site: { type: 'string', default: 'site/dist' },
    'no-build': { type: 'boolean', default: false },
    locales: { type: 'string', default: 'ar,zh-Hans,en,fr,ru,es' },
  },
});
const RUNS = Math.max(1, Number(args.runs));
const LOCALES = args.locales.split(',').filter(Boolean);
// The round trip of slow 4G, as emulated below.
const ROUND_TRIP = puppeteer.PredefinedNetworkConditions['Slow 4G'].latency;
const siteDir = resolve(root, args.site);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const notes = [];
const rows = [];
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const row = (section, what, value, budget = '') => rows.push([section, what, value, budget]);

function npm(script) {
  console.error(`bench: npm run ${script}…`);
  const run = spawnSync('npm', ['run', script, '--silent'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`npm run ${script} failed`);
}

// ---------------------------------------------------------------------------------------------
// Build what is measured.
if (!args['no-build']) {
  if (pkg.scripts['build:site'] && args.site === 'site/dist') npm('build:site');
  else npm('build');
}
if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build`.');
const hasSite = LOCALES.every((code) => existsSync(join(siteDir, code, 'index.html')));
if (!hasSite)
  notes.push(
    `no server-rendered site in ${relative(root, siteDir) || '.'}/ (${pkg.scripts['build:site'] ? 'build:site did not produce it' : 'this branch has no build:site script'}): ` +
      'the page rows and all timings are skipped.',
  );

// ---------------------------------------------------------------------------------------------
// Bytes.
// The budgets themselves are size-limit's (.size-limit.js, checked by `npm test`); these rows
// break the weight down further.
const whole = await bundle(['wsis-components']);
const withHydration = await bundle([HYDRATE_SUPPORT, 'wsis-components']);
const litOnly = await bundle(['lit', '@lit/localize']);
row(
  'bytes',
  'whole set + hydration support (Lit, localize runtime, every element and its CSS)',
  `${kB(withHydration.startBrotli)} (min ${kB(withHydration.startMinified)})`,
);
row(
  'bytes',
  "whole set, `import 'wsis-components'` (its budget: .size-limit.js)",
  `${kB(whole.startBrotli)} (min ${kB(whole.startMinified)})`,
);
row('bytes', '  of which Lit + @lit/localize runtime', kB(litOnly.startBrotli));
const dev = await bundle(['wsis-components'], { conditions: ['development'] });
row('bytes', "  the same with the 'development' condition (all messages, Lit dev mode)", kB(dev.startBrotli));

const entries = elementEntries();
const single = { splitting: false };
const runtime = ['lit', '@lit/localize', 'wsis-components/localization.js'];
const base = await bundle(runtime, { ...single, reexport: true });
const all = await bundle(
  ['wsis-components/localization.js', ...entries.map((e) => `wsis-components/${e}`)],
  single,
);
for (const entry of entries) {
  const name = entry.replace(/\.js$/, '');
  const alone = await bundle([...runtime, `wsis-components/${entry}`], { ...single, reexport: true });
  const without = await bundle(
    [
      'wsis-components/localization.js',
      ...entries.filter((e) => e !== entry).map((e) => `wsis-components/${e}`),
    ],
    single,
  );
  row(
    'bytes',
    `<${name}>: alone over Lit + runtime / added last to the set`,
    `${kB(alone.startBrotli - base.startBrotli)} / ${kB(all.startBrotli - without.startBrotli)}`,
  );
}
for (const [code, chunk] of Object.entries(localeChunks(whole)).sort()) {
  row('bytes', `locale module ${code} (lazy)`, kB(chunk.brotli), '≤ 1.20 kB');
}
// The drop-in build (dist/cdn/): what a page without a bundler loads at start.
const PAGE_2004 = [
  'wsis-privacy-notice',
  'wsis-header',
  'wsis-skip-link',
  'wsis-nav',
  'wsis-message',
  'wsis-footer',
];
for (const [what, tags, options, budget] of [
  ['footer only', ['wsis-footer'], {}, ''],
  ['header + skip link', ['wsis-header', 'wsis-skip-link'], {}, '≤ 13.5 kB'],
  ['the 2004 page, written in HTML', PAGE_2004, {}, ''],
  ['the 2004 page, server-rendered (+ hydration support)', PAGE_2004, { hydrate: true }, '≤ 23 kB'],
  [
    'the 2004 page, server-rendered, Arabic (+ runtime, locale)',
    PAGE_2004,
    { hydrate: true, locale: 'ar' },
    '',
  ],
]) {
  const { bytes, files } = dropInAtStart(tags, options);
  row('bytes', `drop-in at start: ${what} (${files} files)`, kB(bytes), budget);
}
if (hasSite) {
  for (const code of readdirSync(siteDir)
    .filter((d) => existsSync(join(siteDir, d, 'index.html')))
    .sort()) {
    const bytes = readFileSync(join(siteDir, code, 'index.html'));
    row('bytes', `server-rendered page ${code}/index.html`, `${kB(brotli(bytes))} (raw ${kB(bytes.length)})`);
  }
}

// ---------------------------------------------------------------------------------------------
// Timings.
const browserPath = findBrowsers().chromium;
if (hasSite && !browserPath) notes.push('no Chromium found (set CHROMIUM_PATH): timings skipped.');
let timing;
if (hasSite && browserPath) timing = await measurePages();

function stats(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return undefined;
  const q = (p) => {
    const i = (v.length - 1) * p;
    return v[Math.floor(i)] + (v[Math.ceil(i)] - v[Math.floor(i)]) * (i - Math.floor(i));
  };
  return { median: q(0.5), min: v[0], max: v[v.length - 1], q1: q(0.25), q3: q(0.75), n: v.length };
}
const ms = (s, digits = 0) =>
  s
    ? `${s.median.toFixed(digits)} ms (IQR ${s.q1.toFixed(digits)}–${s.q3.toFixed(digits)}, min–max ${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`
    : 'n/a';
const plain = (s, digits = 3) =>
  s ? `${s.median.toFixed(digits)} (min–max ${s.min.toFixed(digits)}–${s.max.toFixed(digits)})` : 'n/a';

if (timing) {
  const { perLocale, interactiveBytes, interactiveFiles, switchTimes } = timing;
  const S = (list, key) => stats(list.map((r) => r[key]));
  for (const [code, { ssr, stat }] of Object.entries(perLocale)) {
    for (const [label, runs] of [
      ['static', stat],
      ['server-rendered', ssr],
    ]) {
      row('timing', `${code} ${label}: FCP`, ms(S(runs, 'fcp')));
      row('timing', `${code} ${label}: LCP`, ms(S(runs, 'lcp')));
      row('timing', `${code} ${label}: CLS`, plain(S(runs, 'cls')), label === 'server-rendered' ? '0' : '');
    }
    row(
      'timing',
      `${code} server-rendered: controls usable (menu, switcher, notice)`,
      ms(S(ssr, 'interactive')),
    );
    row('timing', `${code} server-rendered: every element hydrated`, ms(S(ssr, 'ready')));
  }
  for (const [code, { ssr, stat }] of Object.entries(perLocale)) {
    const staticLcp = S(stat, 'lcp').median;
    row(
      'ratio',
      `${code} LCP server-rendered / static`,
      (S(ssr, 'lcp').median / staticLcp).toFixed(3),
      '≤ 1.05',
    );
    row(
      'ratio',
      `${code} controls usable / (static LCP + one round trip, ${ROUND_TRIP} ms)`,
      (S(ssr, 'interactive').median / (staticLcp + ROUND_TRIP)).toFixed(3),
      '≤ 1.15',
    );
    row(
      'ratio',
      `${code} every element hydrated / static LCP`,
      (S(ssr, 'ready').median / staticLcp).toFixed(3),
    );
  }
  row(
    'bytes',
    `server-rendered page en: loaded before menu, switcher, notice are usable (${interactiveFiles} files, HTML + JS)`,
    kB(interactiveBytes),
  );
  row(
    'timing',
    `locale switch of the whole page (re-render, ${switchTimes.length} switches)`,
    ms(stats(switchTimes), 1),
    '< 16 ms',
  );
}

// ---------------------------------------------------------------------------------------------
// The table.
const widths = [0, 1, 2, 3].map((i) =>
  Math.max(...rows.map((r) => String(r[i]).length), ['', 'measure', 'value', 'budget'][i].length),
);
const line = (r) => `| ${r.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log(line(['', 'measure', 'value', 'budget']));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log(
  `\nbrotli 11, esbuild (bundle, minify, code splitting); timings: Chromium, 4× CPU, slow 4G, cache off, ` +
    `${RUNS} runs after 1 warm-up, fresh incognito context each; ${new Date().toISOString()}`,
);
for (const note of notes) console.log(`note: ${note}`);

// ---------------------------------------------------------------------------------------------
async function measurePages() {
  // The served folder: the site as built, the static twin of each page, and a page for the locale
  // switch whose module exposes setLocale (the site's own module keeps it private).
  const served = join(root, '.tmp', 'bench-site');
  rmSync(served, { recursive: true, force: true });
  cpSync(siteDir, served, { recursive: true });
  for (const code of LOCALES) {
    mkdirSync(join(served, 'static', code), { recursive: true });
    writeFileSync(
      join(served, 'static', code, 'index.html'),
      staticTwin(readFileSync(join(siteDir, code, 'index.html'), 'utf8')),
    );
  }
  const page = readFileSync(join(siteDir, 'en', 'index.html'), 'utf8');
  const switchDir = join(served, 'bench-switch');
  mkdirSync(switchDir, { recursive: true });
  writeFileSync(
    join(switchDir, 'entry.js'),
    [
      "import { setLocale } from 'wsis-components/localization.js';",
      'await setLocale(document.documentElement.lang);',
      "await import('wsis-components');",
      'window.__wsisSetLocale = setLocale;',
    ].join('\n'),
  );
  // The site's own two entries, in the order that hydrates: the hydration support, then the library.
  await esbuild.build({
    entryPoints: { 'hydrate-support': HYDRATE_SUPPORT, wsis: join(switchDir, 'entry.js') },
    absWorkingDir: root,
    nodePaths: [join(root, 'node_modules')],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    outdir: switchDir,
    logLevel: 'error',
  });
  writeFileSync(
    join(switchDir, 'index.html'),
    page
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '')
      .replace(
        '</head>',
        '<script type="module" src="/bench-switch/hydrate-support.js"></script>\n<script type="module" src="/bench-switch/wsis.js"></script>\n</head>',
      ),
  );

  const server = await serveBrotli(served);
  const browser = await launchBrowser('chromium');
  try {
    const perLocale = {};
    let interactiveBytes = 0;
    let interactiveFiles = 0;
    for (const code of LOCALES) {
      const ssr = [];
      const stat = [];
      for (let run = 0; run <= RUNS; run++) {
        // Alternate the order so that neither page always runs on a warmer machine.
        const order = run % 2 ? ['static', 'ssr'] : ['ssr', 'static'];
        for (const which of order) {
          const url = which === 'ssr' ? `${server.base}/${code}/` : `${server.base}/static/${code}/`;
          const result = await loadOnce(browser, url, server);
          if (run === 0) continue; // warm-up
          (which === 'ssr' ? ssr : stat).push(result);
          if (which === 'ssr' && code === 'en') ({ interactiveBytes, interactiveFiles } = result);
        }
        process.stderr.write(`bench: ${code} run ${run}/${RUNS}\r`);
      }
      perLocale[code] = { ssr, stat };
    }
    const switchTimes = await localeSwitch(browser, `${server.base}/bench-switch/`).catch((error) => {
      notes.push(`locale switch not measured: ${error.message.split('\n')[0]}`);
      return [];
    });
    return { perLocale, interactiveBytes, interactiveFiles, switchTimes };
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * The same page made static: no script and no module preload, and each stylesheet it links written
 * inline in its place (the site's own files), so that it paints from its HTML alone.
 */
function staticTwin(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
    .replace(
      /<link rel="stylesheet" href="\/([^"]+)">/g,
      (_, path) => `<style>${readFileSync(join(siteDir, path), 'utf8')}</style>`,
    )
    .replace(
      /(<meta http-equiv="Content-Security-Policy" content=")[^"]*"/,
      "$1default-src 'self'; style-src 'self' 'unsafe-inline'\"",
    );
}

// The probe every timed page gets before its own scripts: paint, LCP and layout-shift observers, and
// the moment every <wsis-*> element (in the page and in shadow roots) is defined and has finished
// its first update, which for a server-rendered element is its hydration.
function probe() {
  return `(() => {
  const r = (window.__bench = { fcp: NaN, lcp: NaN, cls: 0, ready: NaN, interactive: NaN });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') r.fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((l) => { const e = l.getEntries(); r.lcp = e[e.length - 1].startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) r.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  const all = (root, out = []) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('wsis-')) out.push(el);
      if (el.shadowRoot) all(el.shadowRoot, out);
    }
    return out;
  };
  const settled = async (filter) => {
    for (;;) {
      const els = all(document).filter(filter);
      await Promise.all([...new Set(els.map((e) => e.localName))].map((t) => customElements.whenDefined(t)));
      await Promise.allSettled(els.map((e) => e.updateComplete));
      if (all(document).filter(filter).length === els.length) return performance.now();
    }
  };
  const INTERACTIVE = ['wsis-nav', 'wsis-language-switcher', 'wsis-privacy-notice'];
  document.addEventListener('DOMContentLoaded', () => {
    settled((e) => INTERACTIVE.includes(e.localName)).then((t) => (r.interactive = t));
    settled(() => true).then((t) => (r.ready = t));
  });
})();`;
}

async function throttled(context) {
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const slow4g = puppeteer.PredefinedNetworkConditions['Slow 4G'];
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: slow4g.latency,
    downloadThroughput: slow4g.download,
    uploadThroughput: slow4g.upload,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  return page;
}

async function loadOnce(browser, url, server) {
  const context = await browser.createBrowserContext();
  try {
    const page = await throttled(context);
    await page.evaluateOnNewDocument(probe());
    const requested = [];
    page.on('requestfinished', (req) => requested.push({ url: req.url(), at: Date.now() }));
    const isStatic = url.includes('/static/');
    await page.goto(url, { waitUntil: 'load', timeout: 120000 });
    if (!isStatic) await page.waitForFunction('!Number.isNaN(window.__bench.ready)', { timeout: 120000 });
    // LCP is final once the page is settled; read it after the network is quiet.
    await page.waitForNetworkIdle({ idleTime: 300, timeout: 60000 }).catch(() => {});
    const result = await page.evaluate(() => ({ ...window.__bench }));
    if (!isStatic) {
      // What the browser fetched before the menu, the switcher and the notice were usable.
      const interactiveAt = await page.evaluate(() => performance.timeOrigin + window.__bench.interactive);
      const files = requested.filter((r) => r.at <= interactiveAt + 50).map((r) => new URL(r.url).pathname);
      result.interactiveFiles = files.length;
      result.interactiveBytes = files.reduce((sum, path) => sum + server.brotliSize(path), 0);
    }
    return result;
  } finally {
    await context.close();
  }
}

async function localeSwitch(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await throttled(context);
    await page.evaluateOnNewDocument(probe());
    await page.goto(url, { waitUntil: 'load', timeout: 120000 });
    await page.waitForFunction('window.__wsisSetLocale && !Number.isNaN(window.__bench.ready)', {
      timeout: 30000,
    });
    // Re-render time: from the moment the locale's messages are ready (the 'ready' status event,
    // after the module is fetched) until every element has updated. Each target locale is loaded
    // once before timing, so the network is not counted.
    return await page.evaluate(
      async (runs) => {
        const all = (root, out = []) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.localName.startsWith('wsis-')) out.push(el);
            if (el.shadowRoot) all(el.shadowRoot, out);
          }
          return out;
        };
        const times = [];
        const targets = ['fr', 'ar', 'zh-Hans', 'ru', 'es', 'en'];
        for (const t of targets) await window.__wsisSetLocale(t);
        for (let i = 0; i < runs; i++) {
          for (const t of targets) {
            let start = NaN;
            const onStatus = (e) => {
              if (e.detail.status === 'ready') start = performance.now();
            };
            window.addEventListener('lit-localize-status', onStatus);
            await window.__wsisSetLocale(t);
            await Promise.allSettled(all(document).map((e) => e.updateComplete));
            times.push(performance.now() - start);
            window.removeEventListener('lit-localize-status', onStatus);
          }
        }
        return times;
      },
      Math.max(3, Math.ceil(RUNS / 6)),
    );
  } finally {
    await context.close();
  }
}

/** A static server that sends each file brotli-compressed (quality 11), as a CDN would. */
async function serveBrotli(dir) {
  const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
  };
  const cache = new Map();
  const load = (path) => {
    if (!cache.has(path)) {
      const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
      const body = readFileSync(file);
      cache.set(path, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
    return cache.get(path);
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    if (req.method === 'POST') return res.writeHead(303, { location: req.headers.referer ?? '/' }).end();
    try {
      const body = load(path);
      res
        .writeHead(200, {
          'content-type': TYPES[extname(path) || '.html'] ?? 'application/octet-stream',
          'content-encoding': 'br',
          'cache-control': 'no-store',
        })
        .end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    base: `http://127.0.0.1:${server.address().port}`,
    close: () => server.close(),
    brotliSize: (path) => {
      try {
        return load(path).length;
      } catch {
        return 0;
      }
    },
  };
}
