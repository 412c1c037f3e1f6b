// The built Storybook as a static host serves it from a sub-path (https://example.org/some/sub/path/):
// the manager, a story's iframe and the docs pages must load with no failed request and render.
// Storybook writes relative URLs, but one absolute URL (a "/assets/…" import, a font in CSS, an
// image a story links) would work at the root of a host and 404 under a sub-path, so the folder is
// served ONLY under the sub-path here: anything asked for outside it is a failure, not a fallback.
// Usage: node tests/storybook/subpath.mjs [storybook-static]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { launchBrowser } from '../../scripts/lib/browsers.mjs';

const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'storybook-static';
const PREFIX = '/some/sub/path/';
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

const outside = [];
const server = createServer(async (req, res) => {
  const { pathname } = new URL(req.url, 'http://x');
  // A browser asks for /favicon.ico on its own; Storybook links its own icon.
  if (pathname === '/favicon.ico') return res.writeHead(204).end();
  // Like a static host: the folder without its slash redirects to the folder.
  if (`${pathname}/` === PREFIX) return res.writeHead(301, { location: PREFIX }).end();
  if (!pathname.startsWith(PREFIX)) {
    outside.push(pathname);
    return res.writeHead(404).end();
  }
  const rel = normalize(decodeURIComponent(pathname.slice(PREFIX.length))).replace(/^(\.\.[/\\])+/, '');
  let file = join(dir, rel || 'index.html');
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const base = `${origin}${PREFIX}`;

const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
const entries = Object.values(index.entries);
// The logo's Options story shows artwork from stories/assets: an image file, not inlined.
const story = index.entries['components-logo--options'];
// Every MDX page (the guides, the statement) and one element's generated Docs page.
const docs = [
  ...entries.filter((e) => e.type === 'docs' && e.importPath.endsWith('.mdx')),
  entries.find((e) => e.type === 'docs' && !e.importPath.endsWith('.mdx')),
].filter(Boolean);

const browser = await launchBrowser('chromium');
const failures = [];
let passed = 0;

/** Opens one URL; fails on any request that fails or answers ≥ 400, and on a page error. */
async function check(name, url, rendered, arg) {
  const page = await browser.newPage();
  const problems = [];
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => {
    // A request the page itself cancels (a prefetch dropped on navigation) is not a missing file.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`failed ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message ?? e}`));
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60000 });
    const ok = await page
      .waitForFunction(rendered, { timeout: 60000, polling: 100 }, arg)
      .then(() => true)
      .catch(() => false);
    // What the rendered page still loads (fonts, lazy chunks) must arrive too. The manager keeps
    // polling, so a page that never goes quiet is not a failure in itself.
    await page.waitForNetworkIdle({ idleTime: 300, timeout: 5000 }).catch(() => {});
    if (!ok) problems.push('did not render');
  } catch (e) {
    problems.push(e.message);
  }
  await page.close();
  if (problems.length) failures.push(`${name} (${url})\n    ${problems.join('\n    ')}`);
  else passed++;
}

try {
  // The manager: its sidebar lists the stories (it fetched index.json relative to the sub-path).
  await check(
    'manager',
    base.slice(0, -1), // without the slash: the host redirects
    () => document.querySelectorAll('#storybook-explorer-menu a, [data-item-id]').length > 5,
  );
  // In English, and in a pseudo-locale (its messages come from a virtual module of the build).
  for (const locale of ['en', 'ar-XB']) {
    await check(
      `story ${story.id} [${locale}]`,
      `${base}iframe.html?id=${story.id}&viewMode=story&globals=locale:${locale}`,
      // Every image in the story (the artwork in the logos' shadow roots) has loaded.
      (locale) => {
        const imgs = [...document.querySelectorAll('#storybook-root wsis-logo')].flatMap((l) => [
          ...(l.shadowRoot?.querySelectorAll('img') ?? []),
        ]);
        return (
          document.documentElement.lang === locale &&
          customElements.get('wsis-logo') &&
          imgs.length > 0 &&
          imgs.every((i) => i.complete && i.naturalWidth > 0)
        );
      },
      locale,
    );
  }
  for (const entry of docs) {
    await check(
      `docs ${entry.id}`,
      `${base}iframe.html?id=${entry.id}&viewMode=docs&globals=locale:ar`,
      () => (document.querySelector('#storybook-docs .sbdocs-content')?.textContent.trim().length ?? 0) > 50,
    );
  }
} finally {
  await browser.close();
  server.close();
}
if (outside.length) failures.push(`requested outside ${PREFIX}: ${[...new Set(outside)].join(', ')}`);
for (const f of failures) console.error(`✗ ${f}`);
console.log(
  `storybook under ${PREFIX}: ${passed} passed, ${failures.length} failed (${docs.length} docs pages)`,
);
process.exit(failures.length ? 1 : 0);
