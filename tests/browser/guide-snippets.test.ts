/**
 * The browser snippets of the "Getting started for site teams" page (stories/guides/snippets/), run
 * as a site runs them, so that the page cannot go stale: the page skeleton is parsed first and its
 * script runs after (the elements exist, undefined, when the library registers them); the script is
 * the page's own snippet with its package imports mapped to the sources. The page must come out in
 * the language of `<html lang>` (or of the address, for the URL snippet), with every element
 * defined and translated, and pass axe.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sourceModules } from './helpers/first-page.js';
import { AXE_TAGS } from './helpers/axe.js';
import { templates as fr } from '../../src/generated/locales/fr.js';
import { templates as ar } from '../../src/generated/locales/ar.js';
import { templates as zh } from '../../src/generated/locales/zh-Hans.js';

// As written (the test server would rewrite the imports of a .mjs file it serves as a module).
const SNIPPETS = '/raw/stories/guides/snippets';
const text = async (name: string) => {
  const response = await fetch(`${SNIPPETS}/${name}`);
  if (!response.ok) throw new Error(`GET ${SNIPPETS}/${name}: ${response.status}`);
  return response.text();
};

const SKIP_LABEL: Record<string, string> = {
  fr: String(fr['skip-link.label']),
  ar: String(ar['skip-link.label']),
  'zh-Hans': String(zh['skip-link.label']),
};

/**
 * Runs first among the module scripts: what the document held before any library code ran, and
 * every warning and error the page then writes to the console (a first page must write none).
 */
const PROBE = `
const found = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('wsis-'));
window.__probe = { count: found.length, defined: found.filter((el) => customElements.get(el.localName)).length, console: [] };
for (const level of ['warn', 'error']) {
  const original = console[level].bind(console);
  console[level] = (...args) => { window.__probe.console.push(level + ': ' + args.join(' ')); original(...args); };
}
`;

interface SnippetWindow extends Window {
  __probe?: { count: number; defined: number; console: string[] };
}

/**
 * Loads page.html with `script` (a snippet) in place of its `<script src>`, imports mapped to the
 * sources. `url`, when given, is the address the script sees as `location`: a srcdoc frame has
 * none of its own.
 */
async function loadPage(script: string, url?: string) {
  const resolve = await sourceModules();
  const mapped = script.replace(
    /(['"])(wsis-components(?:\/[^'"]*)?)\1/g,
    (_m, q: string, spec: string) => `${q}${resolve(spec)}${q}`,
  );
  const pretend = url ? `const location = new URL(${JSON.stringify(url)});\n` : '';
  const page = await text('page.html');
  const tag = /<script type="module" src="[^"]+"><\/script>/;
  expect(page).to.match(tag, 'page.html loads its script at the end of <body>');
  const doc = page
    .replace(tag, `<script type="module">${PROBE}</script><script type="module">${pretend}${mapped}</script>`)
    .replace('</head>', '<script src="/node_modules/axe-core/axe.min.js"></script></head>');
  const iframe = document.createElement('iframe');
  iframe.title = 'Getting started page';
  iframe.style.cssText = 'width: 1024px; height: 768px; border: 0;';
  iframe.srcdoc = doc;
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as SnippetWindow;
  return { iframe, win, doc: win.document };
}

async function expectRenderedIn(
  win: SnippetWindow,
  doc: Document,
  locale: string,
  dir: string,
  notices: string[] = [],
) {
  await waitUntil(
    () => win.customElements.get('wsis-footer') && doc.documentElement.lang === locale,
    `the page never reached ${locale} with its elements defined`,
    { timeout: 15000 },
  );
  const elements = [...doc.querySelectorAll('*')].filter((el) => el.localName.startsWith('wsis-'));
  for (let pass = 0; pass < 3; pass++)
    await Promise.all(
      elements.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete),
    );
  expect(win.__probe?.count, 'elements in the markup before the script').to.equal(elements.length);
  expect(win.__probe?.defined, 'none defined before the script').to.equal(0);
  expect(elements.filter((el) => !win.customElements.get(el.localName))).to.deep.equal([]);
  expect(doc.documentElement.dir).to.equal(dir);
  const skip = doc.querySelector('wsis-skip-link')!.shadowRoot!.textContent!.replace(/\s+/g, ' ');
  expect(skip).to.include(SKIP_LABEL[locale]);
  // The skeleton as the guide gives it is complete: no element warns about a missing attribute.
  // (Lit's own notice of its development build, which the test serves, is not the page's.)
  const ours = (win.__probe?.console ?? []).filter((m) => !m.includes('Lit is in dev mode'));
  expect(ours, 'console warnings and errors of the first page').to.deep.equal(notices);
  const result = await win.axe.run(doc, { runOnly: { type: 'tag', values: AXE_TAGS } });
  expect(result.violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target).join(', ')}`)).to.deep.equal(
    [],
  );
}

describe('Getting started snippets', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('page.html with locale-from-html.mjs: French from <html lang>, markup before the script, axe clean', async () => {
    const { win, doc } = await loadPage(await text('locale-from-html.mjs'));
    await expectRenderedIn(win, doc, 'fr', 'ltr');
  });

  it('locale-from-url.mjs: the language from the address, <html lang> otherwise', async () => {
    const script = await text('locale-from-url.mjs');
    // page.html says lang="fr"; under an Arabic or Chinese address the address wins, and the
    // development build says once that it rewrote the page's lang (and nothing else).
    const rewritten = (to: string) =>
      `warn: wsis-components syncDocumentLocale(): lang="fr" rewritten to "${to}", the locale setLocale() chose.`;
    for (const [url, locale, dir, notices] of [
      ['https://example.org/ar/news/', 'ar', 'rtl', [rewritten('ar')]],
      ['https://example.org/zh/', 'zh-Hans', 'ltr', [rewritten('zh-Hans')]],
      ['https://example.org/about/', 'fr', 'ltr', []],
    ] as const) {
      const { iframe, win, doc } = await loadPage(script, url);
      await expectRenderedIn(win, doc, locale, dir, [...notices]);
      iframe.remove();
    }
  });
});
