// The story sweep (`npm run test:stories`, part of `npm test`): every story of the built Storybook,
// in Chromium and Firefox, in the library's six locales and the two pseudo-locales, in the light,
// dark and forced-colours themes, and every Docs page in the six locales. For each it checks:
//   - the story rendered, every wsis-* element is defined, the page logged no error;
//   - <html> carries the locale's lang and dir;
//   - axe (WCAG 2.0/2.1/2.2 A and AA, best practice) finds no violation;
//   - every element Tab reaches shows a visible focus indicator (its outline or box-shadow, or a
//     near ancestor's, differs from the unfocused state and draws something);
//   - no content is lost: at a 320 px viewport nothing scrolls sideways or is cut off, nor with the
//     WCAG 1.4.12 text-spacing override; at 200 % text size (the root font size doubled, as a
//     reader's browser setting does) nothing is cut off or scrolls sideways either.
// Themes: light and dark are the Storybook `theme` global (data-wsis-theme on <html>, as a site
// sets it); Chromium also emulates prefers-color-scheme. Forced colours: Chromium emulates
// `forced-colors: active` through CDP; Firefox has no such emulation, so a Firefox of its own runs
// with the "override the page's colours always" preference, which is how a reader turns it on.
// Layout does not depend on the colour theme, so the content-loss checks run in the light theme;
// axe, console, lang/dir and the focus walk run in every theme.
//
// One page load per (browser, locale, width): later stories are switched to through Storybook's
// channel, as its sidebar does, and each story is checked in every theme on the same render. Prints a table of stories × themes with how many
// locales passed, and writes .tmp/stories-summary.json.
//   --filter=<text>      stories and Docs pages whose id contains the text
//   --browser=chromium   (or firefox) one engine; --theme=dark, --locale=ar: narrow a run (repeatable)
//   --no-docs            stories only; --dir=<storybook-static>; --summary=<file>
//   --report=<file>      every problem as JSON: { [entry id]: { [browser theme]: { [locale]: [...] } } }
//   --workers=<n>        pages at once (default 3)
//   --matrix             print the matrix a run would cover (browsers, themes, locales…) and stop
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import {
  CHROMIUM_BACKGROUND_ARGS,
  findBrowsers,
  launchBrowser,
  serveDirectory,
} from '../../scripts/lib/browsers.mjs';
import {
  ENGINES as MATRIX_ENGINES,
  NARROW,
  TAGS,
  TEXT_SIZE,
  THEMES as MATRIX_THEMES,
  WIDE,
  pseudoLocaleDirs,
  shippedLocales,
} from './sweep-matrix.mjs';
import {
  axeViolations,
  docsFrames,
  endFocusWalk,
  focusStep,
  lostContent,
  startFocusWalk,
  storyState,
} from './sweep-page.mjs';

const { values } = parseArgs({
  options: {
    filter: { type: 'string' },
    browser: { type: 'string', multiple: true },
    theme: { type: 'string', multiple: true },
    locale: { type: 'string', multiple: true },
    'no-docs': { type: 'boolean', default: false },
    dir: { type: 'string', default: 'storybook-static' },
    summary: { type: 'string', default: '.tmp/stories-summary.json' },
    report: { type: 'string' },
    workers: { type: 'string', default: '3' },
    verbose: { type: 'boolean', default: false },
    matrix: { type: 'boolean', default: false },
  },
});

// The matrix (tests/storybook/sweep-matrix.mjs, which the Accessibility statement states): the
// library's languages, then the pseudo-locales Storybook registers; --locale, --theme and --browser
// narrow it.
const shipped = shippedLocales();
const PSEUDO = pseudoLocaleDirs();
const ALL_LOCALES = { ...shipped, ...PSEUDO };
const LOCALES = values.locale ?? Object.keys(ALL_LOCALES);
const THEMES = values.theme ?? MATRIX_THEMES;
const ENGINES = values.browser ?? MATRIX_ENGINES;
// WCAG 1.4.12: line height 1.5, paragraph spacing 2, letter spacing 0.12, word spacing 0.16 (× the
// font size), with nothing lost.
const TEXT_SPACING = `*, *::before, *::after {
  line-height: 1.5 !important;
  letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important;
}
p { margin-block-end: 2em !important; }`;
const TEXT_200 = `:root { font-size: ${TEXT_SIZE}% !important; }`;

if (values.matrix) {
  // What this run would cover, without running it: the Accessibility statement's test compares it
  // with what the statement says (tests/node/guides.test.mjs).
  console.log(
    JSON.stringify({
      browsers: ENGINES,
      themes: THEMES,
      locales: LOCALES,
      pseudoLocales: Object.keys(PSEUDO),
      wide: WIDE,
      narrow: NARROW,
      textSize: TEXT_SIZE,
      tags: TAGS,
    }),
  );
  process.exit(0);
}

const started = Date.now();
if (!existsSync(join(values.dir, 'index.json'))) {
  console.error(`No built Storybook at ${values.dir}/: run "npm run build-storybook" first.`);
  process.exit(1);
}
const index = JSON.parse(readFileSync(join(values.dir, 'index.json'), 'utf8'));
const match = (e) => !values.filter || e.id.includes(values.filter);
// Review stories only frame the element stories, which are swept themselves.
const stories = Object.values(index.entries).filter(
  (e) => e.type === 'story' && !e.tags?.includes('review') && match(e),
);
const docs = values['no-docs']
  ? []
  : Object.values(index.entries).filter((e) => e.type === 'docs' && match(e));
// The sweep's own broken fixture (tests/storybook/fixtures/sweep-broken.stories.ts) is built only for the
// sweep's test, with WSIS_SWEEP_FIXTURE=1; in any other build it is a defect of the build.
const fixtureShipped =
  process.env.WSIS_SWEEP_FIXTURE !== '1' &&
  Object.keys(index.entries).some((id) => id.startsWith('sweep-fixture'));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The groups of work: each is one page load and a list of entries switched to in turn, and each
 * entry is checked in every theme the group's page can show. The colour theme is switched in
 * place, with no new render (data-wsis-theme on <html>, as the `theme` global's loader sets it,
 * and in Chromium the emulated media features), so a story is opened once for all its themes. A
 * Firefox page cannot switch forced colours on (a preference fixed at launch), so Firefox's forced
 * colours are groups of their own, in a Firefox started with it.
 *   wide: 1024 px; axe, console, lang/dir and the focus walk in each theme; 200 % text in light.
 *   narrow: 320 px, light; content lost at 320 px and with text spacing (axe too in the
 *     pseudo-locales, whose longer text and mirrored layout are the point of them).
 *   docs: Docs pages, Chromium, light, the six languages (the pages' own chrome is Storybook's),
 *     each with its example frames, which must show the page's language and pass axe too.
 */
const groups = [];
for (const locale of LOCALES) {
  if (!(locale in ALL_LOCALES)) throw new Error(`--locale=${locale}: not a locale of the library`);
  for (const engine of ENGINES) {
    const inPlace = THEMES.filter((t) => engine === 'chromium' || t !== 'forced');
    const story = { engine, locale, mode: 'story', entries: stories };
    if (inPlace.length) groups.push({ ...story, themes: inPlace, viewport: WIDE, checks: 'wide' });
    if (engine === 'firefox' && THEMES.includes('forced'))
      groups.push({ ...story, themes: ['forced'], viewport: WIDE, checks: 'wide', forcedBrowser: true });
    if (THEMES.includes('light'))
      groups.push({ ...story, themes: ['light'], viewport: NARROW, checks: 'narrow' });
    if (engine === 'chromium' && THEMES.includes('light') && locale in shipped && docs.length)
      groups.push({
        engine,
        locale,
        mode: 'docs',
        entries: docs,
        themes: ['light'],
        viewport: WIDE,
        checks: 'docs',
      });
  }
}
// Longest first, so the last group to finish is a short one.
const weight = (g) =>
  g.entries.length * (g.checks === 'docs' ? 8 : g.checks === 'wide' ? g.themes.length : 0.7);
groups.sort((a, b) => weight(b) - weight(a));

const found = findBrowsers();
for (const engine of ENGINES)
  if (!found[engine]) {
    console.error(`The sweep needs ${engine}: install it (apt-get install chromium firefox-esr).`);
    process.exit(1);
  }

// One Chromium for every page. Firefox gives keyboard focus to one window only, and a page without
// it never matches :focus-visible, so each worker has a Firefox of its own, and forced colours (a
// preference, fixed at launch) another.
const browsers = new Map();
function browserFor(engine, forced, worker) {
  const key = engine === 'chromium' ? engine : `firefox ${worker}${forced ? ' forced' : ''}`;
  if (!browsers.has(key))
    browsers.set(
      key,
      engine === 'chromium'
        ? launchBrowser('chromium', { args: CHROMIUM_BACKGROUND_ARGS })
        : launchBrowser('firefox', {
            extraPrefsFirefox: {
              'ui.prefersReducedMotion': 1,
              // Background tabs keep their timers, as CHROMIUM_BACKGROUND_ARGS do for Chromium.
              'dom.timeout.enable_budget_timer_throttling': false,
              'dom.min_background_timeout_value': 4,
              ...(forced ? { 'browser.display.document_color_use': 2 } : {}),
            },
          }),
    );
  return browsers.get(key);
}

const server = await serveDirectory(values.dir);
/** results[entryId][`${engine} ${theme}`][locale] = list of problems ([] when it passed). */
const results = {};
const record = (entry, group, theme, problems) => {
  const column = `${group.engine} ${theme}`;
  ((results[entry.id] ??= {})[column] ??= {})[group.locale] ??= [];
  results[entry.id][column][group.locale].push(...problems.map((p) => `${group.checks}: ${p}`));
};

/**
 * Opens an entry. The first of a group loads the page with the group's locale and the light theme
 * as Storybook globals (and the a11y addon's own axe run off: the sweep runs axe itself); the rest are
 * switched to through Storybook's channel, which keeps the globals.
 */
async function open(page, group, entry, first) {
  const viewMode = group.mode;
  if (first) {
    await page.goto(
      `${server.base}/iframe.html?id=${entry.id}&viewMode=${viewMode}&globals=locale:${group.locale};theme:light;a11y.manual:!true`,
      { waitUntil: 'load' },
    );
  }
  await page.evaluate(
    (id, viewMode, first) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${id} did not finish rendering in 30 s`)), 30000);
        // Storybook shows its error display when a story or a Docs page throws: done, and
        // storyState reports the error.
        const failed = setInterval(() => {
          if (document.body.classList.contains('sb-show-errordisplay')) done();
        }, 100);
        const done = () => {
          clearTimeout(timer);
          clearInterval(failed);
          resolve();
        };
        // Storybook's own record of a story's render: "finished" once loaders, render and play ran.
        const finished = () => {
          const render = window.__STORYBOOK_PREVIEW__?.currentRender;
          if (render?.id !== id) return false;
          if (viewMode === 'story') return render.phase === 'finished';
          return document.querySelector('#storybook-docs .sbdocs-content') !== null;
        };
        if (first) {
          const poll = () => (finished() ? done() : setTimeout(poll, 50));
          poll();
          return;
        }
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const event = viewMode === 'story' ? 'storyRenderPhaseChanged' : 'docsRendered';
        const onEvent = (arg) => {
          const ok = viewMode === 'story' ? arg.storyId === id && arg.newPhase === 'finished' : arg === id;
          if (!ok) return;
          channel.off(event, onEvent);
          done();
        };
        channel.on(event, onEvent);
        channel.emit('setCurrentStory', { storyId: id, viewMode });
      }),
    entry.id,
    viewMode,
    first,
  );
}

const timing = {};
const tick = (name, since) => {
  timing[name] = (timing[name] ?? 0) + (Date.now() - since);
  return Date.now();
};
/**
 * Switches the page's colour theme in place: the attribute a site sets (and the `theme` global's
 * loader sets), and in Chromium the reader's media features. Firefox's forced colours are its
 * launch preference; its page keeps the light attribute.
 */
async function setTheme(page, group, theme) {
  await page.evaluate((dark) => {
    document.documentElement.dataset.wsisTheme = dark ? 'dark' : 'light';
  }, theme === 'dark');
  if (group.engine === 'chromium')
    await group.cdp.send('Emulation.setEmulatedMedia', {
      features: [
        { name: 'prefers-color-scheme', value: theme === 'dark' ? 'dark' : 'light' },
        { name: 'forced-colors', value: theme === 'forced' ? 'active' : 'none' },
        { name: 'prefers-reduced-motion', value: 'reduce' },
      ],
    });
}

/** Every stop Tab reaches in the story, and those that show no visible focus indicator. */
async function focusWalk(page) {
  if (!(await page.evaluate(startFocusWalk)))
    throw new Error('the page does not have keyboard focus, so the focus walk cannot run');
  const unseen = [];
  for (let i = 0; i < 100; i++) {
    await page.keyboard.press('Tab');
    const step = await page.evaluate(focusStep);
    if (step.done) break;
    if (!step.visible || !step.onScreen)
      unseen.push(
        `${step.name}${step.onScreen ? '' : ' (no size)'}${values.verbose ? ` — ${step.detail}` : ''}`,
      );
  }
  await page.evaluate(endFocusWalk);
  return unseen.map((name) => `no visible focus indicator on ${name}`);
}

/** Checks an opened entry in each of the group's themes: { [theme]: problems }. */
async function sweepEntry(page, group, entry, errors) {
  const common = [];
  let t = Date.now();
  const state = await page.evaluate(storyState);
  if (state.error)
    return Object.fromEntries(group.themes.map((th) => [th, [`did not render: ${state.error}`]]));
  // A Docs page is written in English whatever the locale; its story frames are in the locale.
  const docsPage = group.mode === 'docs';
  const expectedLang = docsPage ? 'en' : group.locale;
  const expectedDir = docsPage ? 'ltr' : ALL_LOCALES[group.locale];
  if (state.lang !== expectedLang || (state.dir || 'ltr') !== expectedDir)
    common.push(
      `<html lang="${state.lang}" dir="${state.dir}">, expected lang="${expectedLang}" dir="${expectedDir}"`,
    );
  if (state.undefinedEls.length) common.push(`undefined elements: ${state.undefinedEls.join(', ')}`);
  if (docsPage) {
    const frames = await page.evaluate(docsFrames, group.locale);
    common.push(...frames.wrong.map((w) => `story frame ${w}`));
    // Each story frame is a page of its own (its own banner, main and contentinfo, as on a site),
    // so axe judges each on its own, as it appears in the Docs page (its height, its locale).
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      if (!(await frame.evaluate(() => typeof window.axe === 'object'))) await frame.evaluate(axeSource);
      const id = new URL(frame.url()).searchParams.get('id');
      common.push(...(await frame.evaluate(axeViolations, TAGS)).map((v) => `axe in frame ${id}: ${v}`));
    }
  }
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
  if (group.checks === 'narrow') {
    common.push(...(await page.evaluate(lostContent, '', true)).map((p) => `at 320 px: ${p}`));
    common.push(
      ...(await page.evaluate(lostContent, TEXT_SPACING, false)).map(
        (p) => `with text spacing at 320 px: ${p}`,
      ),
    );
    t = tick(`${group.engine} narrow`, t);
  }
  const byTheme = {};
  for (const theme of group.themes) {
    const problems = [...common];
    if (group.themes.length > 1 || theme === 'forced') await setTheme(page, group, theme);
    // In Chromium's emulated forced colours axe reads the author's colour, not the forced one (it
    // reads -webkit-text-fill-color, which Chromium leaves unforced): its contrast figures would
    // be false. The forced palette is the reader's own; Firefox's real forced colours run the rule.
    const skip = group.engine === 'chromium' && theme === 'forced' ? ['color-contrast'] : [];
    if (group.checks !== 'narrow' || group.locale in PSEUDO)
      problems.push(...(await page.evaluate(axeViolations, TAGS, skip)).map((v) => `axe ${v}`));
    t = tick(`${group.engine} axe`, t);
    if (group.checks === 'wide') {
      problems.push(...(await focusWalk(page)));
      t = tick(`${group.engine} focus`, t);
      // Layout does not change with the colours: text size is checked once, in light.
      if (theme === 'light')
        problems.push(
          ...(await page.evaluate(lostContent, TEXT_200, true)).map((p) => `at 200 % text: ${p}`),
        );
      t = tick(`${group.engine} zoom`, t);
    }
    byTheme[theme] = problems;
  }
  const allowed = entry.tags?.includes('console-errors');
  if (errors.length && !allowed)
    for (const theme of group.themes) byTheme[theme].push(`console errors: ${errors.join(' | ')}`);
  return byTheme;
}

async function runGroup(group, worker) {
  const browser = await browserFor(group.engine, group.forcedBrowser, worker);
  const page = await browser.newPage();
  let errors = [];
  page.on('pageerror', (e) => errors.push(String(e.message ?? e)));
  page.on('console', (m) => {
    // Warnings are a story's business (some show what bad input does); errors are not, except in a
    // story tagged `console-errors`, which shows what bad input does.
    if (m.type() === 'error' && !/favicon|Failed to load resource/.test(m.text())) errors.push(m.text());
  });
  try {
    await page.bringToFront();
    await page.setViewport(group.viewport);
    // Through CDP itself: puppeteer's emulateMediaFeatures does not know forced-colors. Focus
    // emulation gives every page the focus a window in front has, as each Firefox has its own.
    if (group.engine === 'chromium') {
      group.cdp = await page.createCDPSession();
      await group.cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
    }
    let first = true;
    for (const entry of group.entries) {
      errors = [];
      let byTheme;
      try {
        // Each entry starts from the light theme (its render sets the attribute again).
        if (group.engine === 'chromium') await setTheme(page, group, 'light');
        const t0 = Date.now();
        await open(page, group, entry, first);
        tick(`${group.engine} open`, t0);
        byTheme = await sweepEntry(page, group, entry, errors);
        first = false;
      } catch (e) {
        const problem = `sweep error: ${e.message.split('\n')[0]}`;
        byTheme = Object.fromEntries(group.themes.map((theme) => [theme, [problem]]));
        // Start the next entry from a fresh load.
        first = true;
      }
      for (const [theme, problems] of Object.entries(byTheme)) record(entry, group, theme, problems);
    }
  } finally {
    await page.close();
  }
}

const queue = [...groups];
let doneGroups = 0;
async function worker(_, n) {
  for (let group = queue.shift(); group; group = queue.shift()) {
    const t = Date.now();
    await runGroup(group, n);
    doneGroups++;
    if (values.verbose)
      console.log(
        `${doneGroups}/${groups.length} ${group.engine} ${group.themes.join('+')} ${group.locale} ${group.checks}: ${((Date.now() - t) / 1000).toFixed(1)} s`,
      );
  }
}
try {
  await Promise.all(Array.from({ length: Number(values.workers) }, worker));
} finally {
  for (const b of browsers.values()) await (await b).close();
  server.close();
}

// The table: one row an entry, one column a browser and theme, each cell the locales that passed.
const columns = ENGINES.flatMap((e) => THEMES.map((t) => `${e} ${t}`));
const rows = [...stories, ...docs];
const pad = (s, n) => String(s).padEnd(n);
const nameWidth = Math.max(...rows.map((r) => r.id.length), 10);
const lines = [`${pad('story', nameWidth)}  ${columns.map((c) => pad(c, 16)).join('')}`];
let passed = 0;
const failures = [];
for (const row of rows) {
  const cells = columns.map((column) => {
    const byLocale = results[row.id]?.[column];
    if (!byLocale) return '—';
    const locales = Object.entries(byLocale);
    const ok = locales.filter(([, p]) => p.length === 0).length;
    for (const [locale, problems] of locales) {
      if (problems.length) failures.push(`${row.id} [${column}, ${locale}]\n    ${problems.join('\n    ')}`);
      else passed++;
    }
    return `${ok}/${locales.length}${ok < locales.length ? ' ✗' : ''}`;
  });
  lines.push(`${pad(row.id, nameWidth)}  ${cells.map((c) => pad(c, 16)).join('')}`);
}
// And one row a locale: how many stories (and Docs pages) passed in each browser and theme.
lines.push('', `${pad('locale', nameWidth)}  ${columns.map((c) => pad(c, 16)).join('')}`);
for (const locale of LOCALES) {
  const cells = columns.map((column) => {
    const swept = rows.filter((row) => results[row.id]?.[column]?.[locale]);
    const ok = swept.filter((row) => results[row.id][column][locale].length === 0).length;
    return swept.length ? `${ok}/${swept.length}${ok < swept.length ? ' ✗' : ''}` : '—';
  });
  lines.push(`${pad(locale, nameWidth)}  ${cells.map((c) => pad(c, 16)).join('')}`);
}
if (fixtureShipped)
  failures.push('the built Storybook holds the sweep fixture (Sweep fixture/Broken): it must never ship');
const seconds = Math.round((Date.now() - started) / 1000);
for (const f of failures) console.error(`✗ ${f}`);
console.log(lines.join('\n'));
console.log(
  `\nstory sweep: ${passed} passed, ${failures.length} failed — ${stories.length} stories and ${docs.length} Docs pages; ` +
    `${ENGINES.join(', ')}; themes ${THEMES.join(', ')}; locales ${LOCALES.join(', ')}; ${seconds} s`,
);
if (values.verbose) console.log('time per step (ms, summed over pages):', timing);
if (values.report) writeFileSync(values.report, JSON.stringify(results, null, 1));
mkdirSync(dirname(values.summary), { recursive: true });
writeFileSync(values.summary, JSON.stringify({ passed, failed: failures.length, seconds }));
process.exit(failures.length ? 1 : 0);
