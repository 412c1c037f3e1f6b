// Opens every story of the built Storybook in each locale of the library (`&globals=locale:<code>`)
// and in the two pseudo-locales, and fails unless: <html> carries the locale's lang and dir, every
// wsis-* element is defined, the page logged no error, and axe (WCAG 2.0/2.1/2.2 A and AA, best
// practice) finds no violation. The pseudo-locales run at 320 px wide, and there no text may be
// clipped (an element that hides its overflow must not have any) nor run off the page sideways.
// `--only-pseudo` runs the pseudo-locales alone.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { launch } from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowsers, serveDirectory } from './browsers.mjs';

// The library's languages and their directions, from the SHIPPED table (the gate keeps it equal to
// lit-localize.json), then the pseudo-locales Storybook registers.
const shipped = Object.fromEntries(
  [
    ...readFileSync(new URL('../src/localization.ts', import.meta.url), 'utf8').matchAll(
      /^ {2}'?([\w-]+)'?: \{\s*endonym: '[^']*',\s*dir: '(ltr|rtl)'/gm,
    ),
  ].map((m) => [m[1], m[2]]),
);
const PSEUDO = { 'en-XA': 'ltr', 'ar-XB': 'rtl' };
const onlyPseudo = process.argv.includes('--only-pseudo');
const LOCALES = onlyPseudo ? PSEUDO : { ...shipped, ...PSEUDO };
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'storybook-static';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const server = await serveDirectory(dir);
const { base } = server;

const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
// Review stories only frame the element stories, which are checked here themselves.
// `--filter=<text>` checks only the stories whose id contains the text.
const filter = process.argv.find((a) => a.startsWith('--filter='))?.slice('--filter='.length);
const stories = Object.values(index.entries).filter(
  (e) => e.type === 'story' && !e.tags?.includes('review') && (!filter || e.id.includes(filter)),
);
const browser = await launch({
  executablePath: findBrowsers().chromium,
  headless: true,
  args: CHROMIUM_ARGS,
});
let passed = 0;
const failures = [];
// Two pages at once: the machine has two cores, and most of a story's time is spent waiting.
const jobs = stories.flatMap((story) =>
  Object.entries(LOCALES).map(([locale, expectedDir]) => ({ story, locale, expectedDir })),
);
async function worker() {
  const page = await browser.newPage();
  let errors = [];
  page.on('pageerror', (e) => errors.push(String(e.message ?? e)));
  page.on('console', (m) => {
    // Warnings are a story's business (some stories show what bad input does); errors are not,
    // except in a story tagged `console-errors`, which shows what bad input does.
    if (m.type() === 'error' && !/favicon|Failed to load resource/.test(m.text())) errors.push(m.text());
  });
  for (let job = jobs.shift(); job; job = jobs.shift()) {
    const { story, locale, expectedDir } = job;
    errors = [];
    const where = `${story.id} [${locale}]`;
    const narrow = locale in PSEUDO;
    try {
      await page.setViewport(narrow ? { width: 320, height: 800 } : { width: 1024, height: 768 });
      await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story&globals=locale:${locale}`, {
        waitUntil: 'load',
      });
      await page.waitForFunction(
        () =>
          document.querySelector('#storybook-root')?.childElementCount > 0 ||
          document.body.classList.contains('sb-show-errordisplay'),
        // Poll on a timer: the second page is a background tab, where animation frames do not run.
        { timeout: 10000, polling: 100 },
      );
      await new Promise((r) => setTimeout(r, 150));
      if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
      const result = await page.evaluate(
        async (tags, narrow) => {
          const undefinedEls = [];
          const walk = (root) => {
            for (const el of root.querySelectorAll('*')) {
              if (el.localName.startsWith('wsis-') && !customElements.get(el.localName))
                undefinedEls.push(el.localName);
              if (el.shadowRoot) walk(el.shadowRoot);
            }
          };
          walk(document);
          const shown = document.body.classList.contains('sb-show-errordisplay');
          // The a11y addon may be running axe itself; wait for it to finish.
          let axeResult;
          for (let i = 0; i < 50; i++) {
            try {
              axeResult = await window.axe.run(document, {
                runOnly: { type: 'tag', values: tags },
                // Storybook's preview page wraps every story in its own containers and hidden links,
                // outside any landmark, so "region" would judge Storybook, not the story. Page
                // compositions are checked with "region" on in the browser tests.
                rules: { region: { enabled: false } },
                resultTypes: ['violations'],
              });
              break;
            } catch (e) {
              if (!String(e).includes('already running')) throw e;
              await new Promise((r) => setTimeout(r, 100));
            }
          }
          // Clipped text: an element that hides its overflow but has some. Visually hidden text
          // (1 px, clipped on purpose for screen readers) and closed panels (hidden) are not text a
          // reader should see.
          const clipped = [];
          if (narrow) {
            const visit = (root) => {
              for (const el of root.querySelectorAll('*')) {
                if (el.shadowRoot) visit(el.shadowRoot);
                const style = getComputedStyle(el);
                const hides = [style.overflowX, style.overflowY].some((o) => o === 'hidden' || o === 'clip');
                if (!hides || el.clientWidth <= 1 || el.clientHeight <= 1 || !el.textContent.trim()) continue;
                if (el.checkVisibility && !el.checkVisibility()) continue;
                if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
                  const host = el.getRootNode().host;
                  clipped.push(
                    `${host ? `${host.localName} > ` : ''}${el.localName}${el.part?.length ? `[part=${el.part.value}]` : ''}`,
                  );
                }
              }
            };
            visit(document);
            if (document.documentElement.scrollWidth > window.innerWidth + 1)
              clipped.push(`the page is ${document.documentElement.scrollWidth} px wide at 320 px`);
          }
          return {
            clipped,
            lang: document.documentElement.lang,
            dir: document.documentElement.dir,
            undefinedEls,
            storyError: shown ? document.querySelector('#error-message')?.textContent : null,
            violations: (axeResult?.violations ?? []).map(
              (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
            ),
          };
        },
        TAGS,
        narrow,
      );
      const problems = [];
      if (result.storyError) problems.push(`story failed to render: ${result.storyError}`);
      if (result.lang !== locale || result.dir !== expectedDir)
        problems.push(
          `<html lang="${result.lang}" dir="${result.dir}">, expected lang="${locale}" dir="${expectedDir}"`,
        );
      if (result.undefinedEls.length)
        problems.push(`undefined elements: ${[...new Set(result.undefinedEls)].join(', ')}`);
      const allowedErrors = story.tags?.includes('console-errors');
      if (errors.length && !allowedErrors) problems.push(`console errors: ${errors.join(' | ')}`);
      problems.push(...result.violations.map((v) => `axe ${v}`));
      problems.push(...result.clipped.map((c) => `clipped at 320 px: ${c}`));
      if (problems.length) failures.push(`${where}\n    ${problems.join('\n    ')}`);
      else passed++;
    } catch (e) {
      failures.push(`${where}\n    ${e.message}`);
    }
  }
  await page.close();
}
try {
  await Promise.all([worker(), worker()]);
} finally {
  await browser.close();
  server.close();
}
for (const f of failures) console.error(`✗ ${f}`);
console.log(
  `stories × locales: ${passed} passed, ${failures.length} failed (${stories.length} stories, ${Object.keys(LOCALES).length} locales: ${Object.keys(LOCALES).join(', ')})`,
);
mkdirSync('.tmp', { recursive: true });
writeFileSync('.tmp/stories-summary.json', JSON.stringify({ passed, failed: failures.length }));
process.exit(failures.length ? 1 : 0);
