// The production build looks exactly like the development build in a browser. build.test.mjs
// compares the two builds' server output as text and tags; this compares what a reader sees: every
// element, bundled once from dist/ (the "default" condition) and once from dist/development/, drawn
// in Chromium in the light and dark themes, in English and Arabic, at a desktop and a phone width,
// before and after a Tab, must give the same pixels. The template minifier once dropped the closing
// slash of SVG shapes (`<circle …/>`), nesting the shapes into one another: the logos' drawn marks
// of the time lost their lines and dots. Text and tags still matched; the pixels did not. The last
// test shows that this check sees that very defect, in the icons the elements still draw.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { launchBrowser, serveDirectory } from '../../scripts/lib/browsers.mjs';

const root = resolve(import.meta.dirname, '../..');
const dir = join(root, '.tmp/prod-dev-render');

// Every element, with the options that draw something of their own (marks, dates, links, a submenu).
const BODY = `
<wsis-skip-link target="main"></wsis-skip-link>
<wsis-privacy-notice privacy-href="/privacy"></wsis-privacy-notice>
<wsis-header home-href="/"><wsis-nav slot="navigation" label="Main"><ul><li><a href="/a">Alpha</a></li><li><a href="/b" aria-current="page">Beta</a><ul><li><a href="/b/1">One</a></li></ul></li><li><a href="/c">Gamma</a></li></ul></wsis-nav></wsis-header>
<wsis-breadcrumb><ol><li><a href="/">Home</a></li><li><a href="/x">Section</a></li><li>Page</li></ol></wsis-breadcrumb>
<main id="main"><wsis-message author="Kofi Annan" date="2004-01-22"><p>Text of the message.</p></wsis-message>
<wsis-logo org="itu"></wsis-logo><wsis-logo org="un" size="small" href="/"></wsis-logo><wsis-logo org="wsis" size="large" mark-only></wsis-logo>
<wsis-language-switcher></wsis-language-switcher></main>
<wsis-footer year="2004" last-updated="2004-01-22" privacy-href="/p" logo-policy-href="/l"></wsis-footer>`;

let server;
let browser;

before(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, conditions] of [
    ['prod', []],
    ['dev', ['development']],
  ]) {
    // Through package.json's "exports", as a site imports the package; the condition picks the build.
    const built = await esbuild.build({
      stdin: { contents: "import 'wsis-components';", resolveDir: root, loader: 'js' },
      bundle: true,
      format: 'esm',
      conditions,
      write: false,
      logLevel: 'error',
    });
    const code = built.outputFiles[0].text;
    writeFileSync(join(dir, `${name}.js`), code);
    // The defect the check must see: SVG shapes without their closing slash, as the minifier wrote them.
    if (name === 'prod')
      writeFileSync(join(dir, 'broken.js'), code.replace(/(<(?:circle|ellipse|path)\b[^<>]*?)\/>/g, '$1>'));
  }
  for (const name of ['prod', 'dev', 'broken'])
    for (const theme of ['light', 'dark'])
      for (const lang of ['en', 'ar'])
        writeFileSync(
          join(dir, `${name}-${theme}-${lang}.html`),
          `<!doctype html><html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}" data-wsis-theme="${theme}"><head><meta charset="utf-8"><title>Render</title><style>:root{color-scheme:${theme}}</style><script type="module" src="${name}.js"></script></head><body>${BODY}</body></html>`,
        );
  server = await serveDirectory(dir);
  browser = await launchBrowser('chromium');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Two screenshots of a page: as drawn, then with the focus on the first Tab stop. */
async function shots(name, theme, lang, width) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width, height: 1200 });
    await page.goto(`${server.base}/${name}-${theme}-${lang}.html`);
    await page.evaluate(async () => {
      const tags = [...new Set([...document.querySelectorAll('*')].map((e) => e.localName))].filter((t) =>
        t.startsWith('wsis-'),
      );
      await Promise.all(tags.map((t) => customElements.whenDefined(t)));
      const all = (node, out = []) => {
        for (const el of node.querySelectorAll('*')) {
          if (el.localName.startsWith('wsis-')) out.push(el);
          if (el.shadowRoot) all(el.shadowRoot, out);
        }
        return out;
      };
      await Promise.all(all(document).map((el) => el.updateComplete));
      await document.fonts.ready;
    });
    const drawn = await page.screenshot({ fullPage: true });
    await page.keyboard.press('Tab');
    const focused = await page.screenshot({ fullPage: true });
    return [drawn, focused];
  } finally {
    await page.close();
  }
}

for (const theme of ['light', 'dark'])
  for (const lang of ['en', 'ar'])
    test(`${theme}, ${lang}: production draws what development draws, at 1000 and 360 px, before and after a Tab`, async () => {
      for (const width of [1000, 360]) {
        const [prod, dev] = [await shots('prod', theme, lang, width), await shots('dev', theme, lang, width)];
        ['as drawn', 'focused'].forEach((state, i) => {
          if (prod[i].equals(dev[i])) return;
          writeFileSync(join(dir, `diff-${theme}-${lang}-${width}-${i}-prod.png`), prod[i]);
          writeFileSync(join(dir, `diff-${theme}-${lang}-${width}-${i}-dev.png`), dev[i]);
          assert.fail(`${width} px, ${state}: the builds differ (pictures in ${dir})`);
        });
      }
    });

test('the check sees SVG shapes that lost their closing slash', async () => {
  // At 360 px the language switcher folds behind its button, whose globe is a circle then a path:
  // without the slash the path is nested in the circle, and the globe loses its meridians.
  const [broken] = await shots('broken', 'light', 'en', 360);
  const [dev] = await shots('dev', 'light', 'en', 360);
  assert.ok(!broken.equals(dev), 'the broken marks were drawn like the sound ones');
});
