// Screenshot tests: every story of the built Storybook in English, Arabic and Chinese, light and
// dark, in Chromium, and the 2004 page also as a reader's first screen at 1280 and 360 px (SCREENS),
// compared with the baselines committed in tests/storybook/screenshots/ (see
// tests/storybook/screenshots-compare.mjs for the tolerance). A difference writes the actual image, the
// baseline and a diff image to .tmp/screenshots/ and prints their paths.
//   npm run test:screenshots                  compare (fails on a missing baseline)
//   npm run screenshots:update                rewrite the baselines that changed, add missing ones,
//                                             delete those whose story is gone
//   node tests/storybook/screenshots.mjs --filter nav only stories whose id contains "nav"
//   --css "<rules>"  adds a stylesheet to every story's document (tests/storybook/screenshots.test.mjs uses it
//                    to change one colour token and see the comparison fail)
//   --baselines <dir>, --out <dir>, --dir <storybook-static>
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  CHROMIUM_BACKGROUND_ARGS,
  findBrowsers,
  launchBrowser,
  serveDirectory,
} from '../../scripts/lib/browsers.mjs';
import { checkScreenshot } from './screenshots-compare.mjs';

const { values } = parseArgs({
  options: {
    update: { type: 'boolean', default: false },
    filter: { type: 'string' },
    css: { type: 'string' },
    dir: { type: 'string', default: 'storybook-static' },
    baselines: { type: 'string', default: 'tests/storybook/screenshots' },
    out: { type: 'string', default: '.tmp/screenshots' },
    summary: { type: 'string', default: '.tmp/screenshots-summary.json' },
    locale: { type: 'string', multiple: true },
    theme: { type: 'string', multiple: true },
  },
});

// Three scripts the library must get right (Latin, Arabic right to left, Han), two themes.
// (--locale and --theme narrow a run, as --filter does the stories.)
const LOCALES = values.locale ?? ['en', 'ar', 'zh-Hans'];
const THEMES = values.theme ?? ['light', 'dark'];
// Small and fixed, so baselines stay small and equal from run to run: wide enough for the desktop
// layout of the header and nav (their narrow layout is the sweep's business at 320 px).
// Taller than the longest picture plus the canvas's padding, so every picture lies in the viewport.
const VIEWPORT = { width: 800, height: 700, deviceScaleFactor: 1 };
// Long stories (the message, the page) are cut after the first screen, to keep baselines small.
const MAX_HEIGHT = 600;
// Stories photographed also as a reader's first screen at the widths a page is judged at: a desktop
// (1280 × 900) and a phone (360 × 640). The whole viewport, not the story's box: whether the page's
// elements line up on one grid, and what a phone shows first. Named <story>.<locale>.<theme>.<width>.
const SCREENS = {
  'pages-message-2004--original': [
    { width: 1280, height: 900 },
    { width: 360, height: 640 },
  ],
};

const started = Date.now();
const indexPath = join(values.dir, 'index.json');
if (!existsSync(indexPath)) {
  console.error(`No built Storybook at ${values.dir}/: run "npm run build-storybook" first.`);
  process.exit(1);
}
const index = JSON.parse(readFileSync(indexPath, 'utf8'));
// Review stories only frame the element stories in iframes, which are photographed themselves.
const stories = Object.values(index.entries).filter(
  (e) =>
    e.type === 'story' && !e.tags?.includes('review') && (!values.filter || e.id.includes(values.filter)),
);
// One group a locale and theme: the page loads once a group, and the two workers take groups in turn.
// A story's screens at other widths are groups of their own (a viewport of their own, loaded anew).
const groups = LOCALES.flatMap((locale) =>
  THEMES.flatMap((theme) => [
    stories.map((story) => ({ story, locale, theme, name: `${story.id}.${locale}.${theme}` })),
    ...stories.flatMap((story) =>
      (SCREENS[story.id] ?? []).map((screen) => [
        { story, locale, theme, screen, name: `${story.id}.${locale}.${theme}.${screen.width}` },
      ]),
    ),
  ]),
);

// Applied in every document and shadow root before the picture: no caret, no transition or
// animation left running (reduced motion is also emulated, which the elements honour themselves).
const STILL_CSS = `*, *::before, *::after {
  caret-color: transparent !important;
  transition: none !important;
  animation: none !important;
}`;

if (!findBrowsers().chromium) {
  console.error(
    'Screenshot tests need Chromium: install it (apt-get install chromium) or set CHROMIUM_PATH.',
  );
  process.exit(1);
}
const server = await serveDirectory(values.dir);
const browser = await launchBrowser('chromium', {
  // Two pages render at once; keep the one in the background tab from being throttled.
  args: [...CHROMIUM_BACKGROUND_ARGS, '--font-render-hinting=none'],
});

const counts = { pass: 0, fail: 0, missing: 0, updated: 0, unchanged: 0 };
const failures = [];
// Every picture this run is meant to take, failed or not: a baseline outside it is stale.
const expected = new Set(groups.flat().map((job) => `${job.name}.png`));
// The most differing pixels any passing picture had: 0 when runs are exactly repeatable.
let largestPassDiff = 0;

const debug = process.env.SCREENSHOTS_DEBUG ? (...a) => console.log(Date.now() - started, ...a) : () => {};

/**
 * Opens a story. The first story of a group loads the page, with the group's locale and theme in the
 * URL (`theme` is the Storybook global of the themes in .storybook/preview.ts; the emulated
 * prefers-color-scheme gives the same theme to anything that follows the reader's setting; the a11y
 * addon's own axe run is switched off: it changes nothing in the picture and costs time). Later
 * stories of the group are switched to through Storybook's channel, as its sidebar does, which
 * spares loading the preview again; the globals stay.
 */
async function open(page, { story, locale, theme }, first) {
  if (first) {
    await page.emulateMediaFeatures([
      { name: 'prefers-color-scheme', value: theme },
      { name: 'prefers-reduced-motion', value: 'reduce' },
    ]);
    await page.goto(
      `${server.base}/iframe.html?id=${story.id}&viewMode=story&globals=locale:${locale};theme:${theme};a11y.manual:!true`,
      { waitUntil: 'load' },
    );
    // Storybook's own record of the render: "finished" once loaders, render and play are done.
    await page.waitForFunction(
      (id) => {
        const render = window.__STORYBOOK_PREVIEW__?.currentRender;
        return render?.id === id && render.phase === 'finished';
      },
      { timeout: 60000, polling: 50 },
      story.id,
    );
    return;
  }
  await page.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const timer = setTimeout(() => reject(new Error(`${id} did not finish rendering`)), 60000);
        const onPhase = ({ newPhase, storyId }) => {
          if (storyId !== id || newPhase !== 'finished') return;
          clearTimeout(timer);
          channel.off('storyRenderPhaseChanged', onPhase);
          resolve();
        };
        channel.on('storyRenderPhaseChanged', onPhase);
        channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
      }),
    story.id,
  );
}

async function shoot(page, job, first) {
  const { story, locale } = job;
  debug('start', job.name);
  await open(page, job, first);
  debug('rendered');
  const state = await page.evaluate(
    async (css, extraCss) => {
      const error = document.body.classList.contains('sb-show-errordisplay')
        ? (document.querySelector('#error-message')?.textContent ?? 'error')
        : null;
      const sheet = (window.__stillSheet ??= new CSSStyleSheet());
      sheet.replaceSync(css + extraCss);
      const roots = [document];
      for (let i = 0; i < roots.length; i++)
        for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
      for (const root of roots)
        if (!root.adoptedStyleSheets.includes(sheet))
          root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      // Whatever still runs (a Web Animation started from script) jumps to its end.
      for (const a of document.getAnimations()) {
        try {
          a.finish();
        } catch {
          a.cancel();
        }
      }
      await document.fonts.ready;
      // Every image loaded and decoded (a logo's artwork arrives after the render finished); an image
      // that cannot load is drawn as it is, and one the browser holds back (lazy) waits at most 5 s.
      const images = roots.flatMap((root) => [...root.querySelectorAll('img')]);
      await Promise.all(
        images.map((img) =>
          Promise.race([img.decode().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]),
        ),
      );
      // Two frames: the styles above applied and painted.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const root = document.querySelector('#storybook-root');
      const box = root.getBoundingClientRect();
      return {
        error,
        lang: document.documentElement.lang,
        box: { x: box.x + scrollX, y: box.y + scrollY, width: box.width, height: box.height },
      };
    },
    STILL_CSS,
    values.css ?? '',
  );
  if (state.error) throw new Error(`story failed to render: ${state.error}`);
  if (state.lang !== locale) throw new Error(`<html lang="${state.lang}">, expected "${locale}"`);
  // A screen: the viewport as the reader sees it.
  if (job.screen) return page.screenshot({ captureBeyondViewport: false });
  const { x, y, width, height } = state.box;
  if (width < 1 || height < 1) throw new Error(`#storybook-root of ${story.id} is empty`);
  return page.screenshot({
    clip: {
      x: Math.floor(x),
      y: Math.floor(y),
      width: Math.ceil(width),
      height: Math.min(Math.ceil(height), MAX_HEIGHT),
    },
    // Every picture lies inside the viewport (see VIEWPORT); capturing beyond it would also shift a
    // right-to-left page sideways in Chromium (a blank strip on the left, the right edge cut off).
    captureBeyondViewport: false,
  });
}

async function worker() {
  // A context of its own opens a window of its own: a background tab paints no frames, and a
  // screenshot there waits for one.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(VIEWPORT);
  page.setDefaultNavigationTimeout(90000);
  // Focus as in a focused window: `:focus` and the focus rings a story's play function draws must
  // not depend on which window the browser thinks is in front.
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
  for (let group = groups.shift(); group; group = groups.shift()) {
    let first = true;
    // A group of screens has its own viewport; the next group loads anew at the usual one.
    const viewport = group[0]?.screen ? { ...group[0].screen, deviceScaleFactor: 1 } : VIEWPORT;
    await page.setViewport(viewport);
    for (const job of group) {
      // A job that fails to render is tried once more from a freshly loaded page: on a machine with
      // more work than cores a load can outlast its timeout; a real failure fails twice.
      for (let attempt = 1; attempt <= 2; attempt++) {
        try {
          const png = await shoot(page, job, first);
          debug('shot');
          const result = checkScreenshot(job.name, Buffer.from(png), {
            baselineDir: values.baselines,
            outDir: values.out,
            update: values.update,
          });
          counts[result.status]++;
          if (result.status === 'pass') largestPassDiff = Math.max(largestPassDiff, result.diffPixels);
          if (result.message) failures.push(`${job.name}: ${result.message}`);
          first = false;
          break;
        } catch (e) {
          first = true;
          if (attempt === 2) {
            counts.fail++;
            failures.push(`${job.name}: ${e.message.split('\n')[0]}`);
          }
        }
      }
    }
  }
  await context.close();
}

rmSync(values.out, { recursive: true, force: true });
try {
  await Promise.all([worker(), worker()]);
} finally {
  await browser.close();
  server.close();
}

// Baselines whose story is gone: deleted by an update of the whole set, reported otherwise.
const stale = existsSync(values.baselines)
  ? readdirSync(values.baselines).filter((f) => f.endsWith('.png') && !expected.has(f))
  : [];
const whole = !values.filter && !values.locale && !values.theme;
if (whole && stale.length) {
  if (values.update && failures.length === 0) for (const f of stale) rmSync(join(values.baselines, f));
  else
    console.warn(
      `${stale.length} baselines match no story (npm run screenshots:update deletes them): ${stale.join(', ')}`,
    );
}

const baselineBytes = existsSync(values.baselines)
  ? readdirSync(values.baselines)
      .filter((f) => f.endsWith('.png'))
      .reduce((sum, f) => sum + statSync(join(values.baselines, f)).size, 0)
  : 0;
for (const f of failures) console.error(`✗ ${f}`);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
const passed = values.update ? counts.updated + counts.unchanged : counts.pass;
const failed = counts.fail + counts.missing;
console.log(
  values.update
    ? `screenshots: ${counts.updated} baselines written, ${counts.unchanged} unchanged, ${stale.length && whole ? `${stale.length} stale deleted, ` : ''}${failed} failed`
    : `screenshots: ${passed} passed, ${failed} failed (largest difference among passes: ${largestPassDiff} pixels)`,
  `(${stories.length} stories × ${LOCALES.join(', ')} × ${THEMES.join(', ')}, and ${Object.keys(SCREENS).length} pages at ${[
    ...new Set(
      Object.values(SCREENS)
        .flat()
        .map((s) => s.width),
    ),
  ].join(' and ')} px; baselines ${(baselineBytes / 1024 / 1024).toFixed(2)} MB) in ${seconds} s`,
);
if (failures.length && !values.update)
  console.log(
    `Actual and diff images: ${values.out}/. If the change is intended, run "npm run screenshots:update" and commit tests/storybook/screenshots/.`,
  );
mkdirSync(dirname(values.summary), { recursive: true });
writeFileSync(values.summary, JSON.stringify({ passed, failed, seconds: Number(seconds) }));
process.exit(failed ? 1 : 0);
