// Takes a screenshot of a story from a built Storybook, as a reviewer would look at it:
//   node scripts/screenshot.mjs <story-id> [--locale ar] [--width 320] [--tabs 2] [--element css] [--out file.png]
// Serves storybook-static/ itself on a free loopback port; prints the focused element after --tabs.
import { parseArgs } from 'node:util';
import { launchBrowser, serveDirectory } from './lib/browsers.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    locale: { type: 'string', default: 'en' },
    width: { type: 'string', default: '1024' },
    height: { type: 'string', default: '700' },
    tabs: { type: 'string', default: '0' },
    out: { type: 'string' },
    dir: { type: 'string', default: 'storybook-static' },
    element: { type: 'string' },
    full: { type: 'boolean', default: false },
  },
});
const [storyId] = positionals;
if (!storyId) {
  console.error(
    'usage: node scripts/screenshot.mjs <story-id> [--locale ar] [--width 320] [--tabs N] [--out f.png]',
  );
  process.exit(2);
}
const server = await serveDirectory(values.dir);
const browser = await launchBrowser('chromium');
try {
  const page = await browser.newPage();
  page.on(
    'console',
    (m) => (m.type() === 'error' || m.type() === 'warn') && console.log(`[${m.type()}] ${m.text()}`),
  );
  await page.setViewport({ width: Number(values.width), height: Number(values.height) });
  await page.goto(`${server.base}/iframe.html?id=${storyId}&viewMode=story&globals=locale:${values.locale}`, {
    waitUntil: 'networkidle0',
  });
  await new Promise((r) => setTimeout(r, 500));
  for (let i = 0; i < Number(values.tabs); i++) await page.keyboard.press('Tab');
  const info = await page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return {
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      scrollWidth: document.documentElement.scrollWidth,
      focused: el ? `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 60)}"` : null,
    };
  });
  console.log(JSON.stringify(info));
  const out = values.out ?? `.tmp/${storyId}-${values.locale}-${values.width}.png`;
  const element = values.element ? await page.$(values.element) : null;
  if (values.element && !element) throw new Error(`no element matches ${values.element}`);
  await (element ?? page).screenshot({ path: out, ...(element ? {} : { fullPage: values.full === true }) });
  console.log(out);
} finally {
  await browser.close();
  server.close();
}
