// What a screen reader meets, for the element Docs pages: opens each element's main story (Anatomy)
// of the built Storybook in Chromium, in English and in Arabic, and records the accessibility tree
// Chromium gives assistive technology (roles, names, states) and the order of the Tab stops, into
// stories/generated/docs-a11y.json, which the Docs pages render. Generated, never written by hand:
// a change in an element's names, roles or focus order changes this file.
//   npm run docs:a11y             build Storybook first (npm run build-storybook), then write the file
//   node scripts/docs/docs-a11y.mjs --check   fails when the committed file differs from what the built
//                                 stories give, or when a built Docs page says something untrue:
//                                 - an API table row that is an internal member (by the manifest's
//                                   privacy marks or a leading _ or #), or no part of the element at
//                                   all (a control a story added for itself);
//                                 - an API table default that is a constant's name, not a value;
//                                 - on any Docs page (guides too), text Markdown took for an element
//                                   and dropped (a placeholder written <year> shows as nothing).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { launchBrowser, serveDirectory } from '../lib/browsers.mjs';
import { apiRowNames, publicManifest } from '../../.storybook/public-manifest.mjs';

const root = new URL('../..', import.meta.url).pathname;
const OUT = join(root, 'stories/generated/docs-a11y.json');
const LOCALES = ['en', 'ar'];
const MAIN_STORY = 'anatomy';
const MAX_TAB_STOPS = 40;
// The states a screen reader announces; `focused` is left out (it depends on where the test left focus).
const STATES = [
  'level',
  'expanded',
  'checked',
  'pressed',
  'selected',
  'disabled',
  'haspopup',
  'required',
  'invalid',
  'modal',
  'readonly',
  'multiline',
  'multiselectable',
  'orientation',
  'valuetext',
  'roledescription',
  'description',
];
const check = process.argv.includes('--check');
const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'storybook-static';

/** A node of Puppeteer's accessibility snapshot, as the Docs page shows it. */
function simplify(node) {
  const out = { role: node.role };
  if (node.name) out.name = node.name;
  for (const s of STATES) if (node[s] !== undefined && node[s] !== false) out[s] = node[s];
  // A lone text child that only repeats its parent's name says nothing more.
  const kids = node.children ?? [];
  const repeats = kids.length === 1 && kids[0].role === 'StaticText' && kids[0].name === node.name;
  const children = repeats ? [] : kids.map(simplify);
  if (children.length) out.children = children;
  return out;
}

/**
 * The backend ids of every DOM node inside the outermost instances of `tag`, through shadow roots
 * and slotted children: the part of the page's accessibility tree that is the element's.
 */
async function elementNodeIds(page, tag) {
  const cdp = await page.createCDPSession();
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  await cdp.detach();
  const ids = new Set();
  const collect = (n) => {
    ids.add(n.backendNodeId);
    for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) collect(c);
  };
  const find = (n) => {
    if (n.localName === tag) return collect(n);
    for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) find(c);
  };
  find(root);
  return ids;
}

/** The topmost nodes of the accessibility tree that belong to the element, with their subtrees. */
function elementTree(node, ids) {
  if (ids.has(node.backendNodeId)) return [simplify(node)];
  return (node.children ?? []).flatMap((c) => elementTree(c, ids));
}

/** Waits until the story has rendered and every wsis-* element in it has finished updating. */
async function settle(page) {
  await page.waitForFunction(
    () =>
      document.querySelector('#storybook-root')?.childElementCount > 0 ||
      document.body.classList.contains('sb-show-errordisplay'),
    { timeout: 15000, polling: 100 },
  );
  await page.evaluate(async () => {
    const all = [];
    const walk = (r) => {
      for (const el of r.querySelectorAll('*')) {
        if (el.localName.startsWith('wsis-')) all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    for (const el of all) await customElements.whenDefined(el.localName);
    await Promise.all(all.map((el) => el.updateComplete));
    await document.fonts.ready;
  });
}

/** Tab from the top of the page until focus leaves the story: each stop's role, name and states. */
async function tabStops(page, tag) {
  await page.evaluate(() => {
    document.activeElement?.blur?.();
    window.getSelection()?.removeAllRanges();
  });
  const stops = [];
  for (let i = 0; i < MAX_TAB_STOPS; i++) {
    await page.keyboard.press('Tab');
    const handle = await page.evaluateHandle((tag) => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      const story = document.querySelector('#storybook-root');
      let inside = false;
      let n = el;
      for (; n && n !== story; n = n.assignedSlot ?? n.parentNode ?? n.host)
        if (n.localName === tag) inside = true;
      if (n !== story || el === story) return null;
      return { el, inside };
    }, tag);
    const found = await handle.jsonValue().catch(() => null);
    if (!found) break;
    const el = await handle.evaluateHandle((f) => f.el).then((h) => h.asElement());
    const inside = await handle.evaluate((f) => f.inside);
    const node = await page.accessibility.snapshot({ root: el, interestingOnly: false });
    const stop = simplify(node ?? { role: 'none' });
    delete stop.children;
    // Tab stops of the story's demo page around the element are passed over, not listed.
    if (await el.evaluate((e) => e.hasAttribute('data-docs-seen'))) break;
    await el.evaluate((e) => e.setAttribute('data-docs-seen', ''));
    if (inside) stops.push(stop);
  }
  return stops;
}

async function record(browser, base, story, tag) {
  const result = {};
  for (const locale of LOCALES) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1024, height: 768 });
    await page.goto(`${base}/iframe.html?id=${story}&viewMode=story&globals=locale:${locale}`, {
      waitUntil: 'load',
    });
    await settle(page);
    const ids = await elementNodeIds(page, tag);
    const tree = await page.accessibility.snapshot({ interestingOnly: true });
    result[locale] = { tree: elementTree(tree, ids), tabStops: await tabStops(page, tag) };
    await page.close();
  }
  return result;
}

/**
 * A built Docs page as a reader gets it: its API table's rows (name and default cell), and the
 * elements in its content that the browser does not know (HTMLUnknownElement): text that Markdown
 * took for a tag, such as a placeholder written <year>, and rendered as nothing.
 */
async function readDocsPage(browser, base, docsId, { table }) {
  const page = await browser.newPage();
  // The page's own content is what is read; the story frames on it (a whole preview each) are not needed.
  await page.setRequestInterception(true);
  page.on('request', (req) =>
    req.frame() && req.frame() !== page.mainFrame() ? req.abort() : req.continue(),
  );
  await page.goto(`${base}/iframe.html?id=${docsId}&viewMode=docs`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector(table ? '.docblock-argstable tbody tr' : '.sbdocs-content h1', {
    timeout: 15000,
  });
  const found = await page.evaluate(() => {
    const content = document.querySelector('#storybook-docs') ?? document.body;
    const rows = [...content.querySelectorAll('.docblock-argstable tbody tr')]
      .filter((tr) => tr.cells.length > 1)
      .map((tr) => ({
        name: tr.cells[0].querySelector('span')?.textContent?.trim() ?? tr.cells[0].textContent.trim(),
        default: tr.cells[2]?.textContent?.trim() ?? '',
      }));
    const unknown = [...content.querySelectorAll('*')]
      .filter((el) => el instanceof HTMLUnknownElement)
      .map(
        (el) =>
          `<${el.localName}> in "${el.parentElement?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 80)}"`,
      );
    return { rows, unknown };
  });
  await page.close();
  return found;
}

const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const publicDecls = publicManifest(manifest).modules.flatMap((m) => m.declarations ?? []);
// Each element's stories are in stories/<tag>.stories.ts; its main story and Docs page are there.
const targets = elements
  .map((d) => {
    const entries = Object.values(index.entries).filter(
      (e) => e.importPath === `./stories/${d.tagName}.stories.ts`,
    );
    const story = entries.find((e) => e.type === 'story' && e.id.endsWith(`--${MAIN_STORY}`));
    const docs =
      entries.find((e) => e.type === 'docs') ??
      Object.values(index.entries).find(
        (e) => e.type === 'docs' && e.storiesImports?.includes(`./stories/${d.tagName}.stories.ts`),
      );
    return { decl: d, tag: d.tagName, story: story?.id, docs: docs?.id };
  })
  .sort((a, b) => a.tag.localeCompare(b.tag));
for (const t of targets)
  if (!t.story) throw new Error(`${t.tag}: no "${MAIN_STORY}" story in ${dir}/index.json`);

const server = await serveDirectory(dir);
const browser = await launchBrowser('chromium');
const problems = [];
const data = {
  generatedBy: 'npm run docs:a11y (scripts/docs/docs-a11y.mjs), from the built Storybook',
  elements: {},
};
try {
  for (const t of targets) {
    data.elements[t.tag] = { story: t.story, ...(await record(browser, server.base, t.story, t.tag)) };
    if (check) {
      if (!t.docs) problems.push(`${t.tag}: no Docs page`);
      else {
        const { rows, unknown } = await readDocsPage(browser, server.base, t.docs, { table: true });
        const names = rows.map((r) => r.name);
        const internal = new Set(
          ['members', 'attributes', 'events', 'slots', 'cssParts', 'cssProperties'].flatMap((list) =>
            (t.decl[list] ?? [])
              .filter((i) => i.privacy === 'private' || i.privacy === 'protected')
              .map((i) => i.name),
          ),
        );
        const leaks = names.filter((r) => internal.has(r) || /^[_#]/.test(r));
        // The rows that head each group ("properties", "attributes"…) name the group, not an item.
        const api = new Set(apiRowNames(publicDecls.find((d) => d.tagName === t.tag)));
        const GROUPS = [
          'properties',
          'attributes',
          'events',
          'slots',
          'css custom properties',
          'css shadow parts',
        ];
        const foreign = names.filter((r) => r && !api.has(r) && !GROUPS.includes(r));
        const constants = rows
          .filter((r) => /^[A-Z][A-Z0-9_]+$/.test(r.default))
          .map((r) => `${r.name}: ${r.default}`);
        if (!rows.length) problems.push(`${t.docs}: no API table rows found`);
        if (leaks.length) problems.push(`${t.docs}: internal members in the API table: ${leaks.join(', ')}`);
        if (foreign.length)
          problems.push(
            `${t.docs}: API table rows that are no part of ${t.tag} (story controls?): ${foreign.join(', ')}`,
          );
        if (constants.length)
          problems.push(
            `${t.docs}: API table defaults that are constant names, not values: ${constants.join(', ')}`,
          );
        if (unknown.length)
          problems.push(`${t.docs}: text taken for markup and dropped: ${unknown.join('; ')}`);
      }
    }
  }
  if (check) {
    // Every other Docs page (the guides, the Introduction): no text dropped as markup.
    const elementDocs = new Set(targets.map((t) => t.docs));
    for (const entry of Object.values(index.entries))
      if (entry.type === 'docs' && !elementDocs.has(entry.id)) {
        const { unknown } = await readDocsPage(browser, server.base, entry.id, { table: false });
        if (unknown.length)
          problems.push(`${entry.id}: text taken for markup and dropped: ${unknown.join('; ')}`);
      }
  }
} finally {
  await browser.close();
  server.close();
}

const fresh = await prettier.format(JSON.stringify(data), {
  ...(await prettier.resolveConfig(OUT)),
  parser: 'json',
});
if (check) {
  let committed = '';
  try {
    committed = readFileSync(OUT, 'utf8');
  } catch {
    // Missing: reported below as stale.
  }
  if (committed !== fresh) {
    const old = committed ? JSON.parse(committed).elements : {};
    const changed = Object.keys(data.elements).filter(
      (tag) => JSON.stringify(old[tag]) !== JSON.stringify(data.elements[tag]),
    );
    problems.push(
      `stories/generated/docs-a11y.json is stale (${changed.join(', ')}): run "npm run build-storybook && npm run docs:a11y" and commit it.`,
    );
  }
  for (const p of problems) console.error(`✗ ${p}`);
  console.log(
    problems.length
      ? `docs check: ${problems.length} problem(s)`
      : 'docs check: a11y data up to date; API tables public, the elements own, values as defaults; no text dropped as markup.',
  );
  process.exit(problems.length ? 1 : 0);
} else {
  mkdirSync(join(root, 'stories/generated'), { recursive: true });
  writeFileSync(OUT, fresh);
  console.log(
    `stories/generated/docs-a11y.json written (${targets.length} elements × ${LOCALES.join(', ')}).`,
  );
}
