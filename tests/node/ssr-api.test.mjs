// `wsis-components/ssr` as a site's server uses it: renders in the locale asked for, with that
// locale's messages in the HTML, and overlapping renders in different locales (one Node process,
// one global `@lit/localize` locale) each keep their own language, because the module runs them one
// after the other. The last test shows that this matters: interleaved by hand, without the module's
// queue, two renders do mix their languages.
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import {
  renderInLocale,
  scriptTags,
  earlyConsentScript,
  cspHash,
  styleHashes,
  inlineStyles,
  themeStyles,
} from 'wsis-components/ssr.js';
import { readFileSync } from 'node:fs';
import { setLocale } from 'wsis-components';

const SKIP = {
  en: 'Skip to main content',
  fr: 'Aller au contenu principal',
  ar: 'انتقل إلى المحتوى الرئيسي',
  'zh-Hans': '跳到主要内容',
  ru: 'Перейти к основному содержанию',
  es: 'Ir al contenido principal',
};

// The skip link's text from the shipped translations, so that the test follows the XLIFF.
for (const code of Object.keys(SKIP)) {
  if (code === 'en') continue;
  const { templates } = await import(`../../dist/generated/locales/${code}.js`);
  SKIP[code] = templates['skip-link.label'];
}

const page = () => html`<wsis-skip-link></wsis-skip-link><wsis-footer year="2004"></wsis-footer>`;

test('renders in the locale asked for, with its messages and direction, and never leaves a window behind', async () => {
  const fr = await renderInLocale('fr-CA', page);
  assert.equal(fr.locale, 'fr');
  assert.equal(fr.dir, 'ltr');
  assert.ok(fr.html.includes(SKIP.fr));
  const ar = await renderInLocale('ar', page);
  assert.equal(ar.dir, 'rtl');
  assert.ok(ar.html.includes(SKIP.ar));
  assert.match(ar.html, /<template shadowroot(mode)?="open"/);
  assert.equal(typeof globalThis.window, 'undefined');
});

test('overlapping renders in six locales each keep their own language', async () => {
  const codes = ['ar', 'zh-Hans', 'en', 'fr', 'ru', 'es', 'fr', 'ar', 'en'];
  // Templates that yield to the event loop while they are being built, as a site's data fetch would.
  const results = await Promise.all(
    codes.map((code) =>
      renderInLocale(code, () => {
        return html`${Promise.resolve().then(() => '')}${page()}`;
      }),
    ),
  );
  results.forEach((r, i) => {
    const code = codes[i];
    assert.equal(r.locale, code);
    for (const [other, text] of Object.entries(SKIP)) {
      assert.equal(
        r.html.includes(text),
        other === code,
        `render ${i} (${code}) ${other === code ? 'lacks' : 'holds'} ${other}`,
      );
    }
  });
});

test('a failing template rejects its own render only; the next ones run', async () => {
  const failing = renderInLocale('ru', () => {
    throw new Error('site template broke');
  });
  const next = renderInLocale('es', page);
  await assert.rejects(failing, /site template broke/);
  assert.ok((await next).html.includes(SKIP.es));
});

test('without the queue the global locale is shared: interleaved renders mix languages', async () => {
  // What renderInLocale prevents: set fr, start rendering, let another request set ar, finish.
  globalThis.window = new EventTarget();
  try {
    await setLocale('fr');
    const first = render(page());
    await setLocale('ar');
    const mixed = await collectResult(first);
    assert.ok(mixed.includes(SKIP.ar) && !mixed.includes(SKIP.fr), 'a render started in fr ended in ar');
  } finally {
    delete globalThis.window;
  }
});

test('names the scripts in the order that works, escaped', () => {
  const tags = scriptTags({ earlyConsent: '/e.js', hydrateSupport: '/h.js?a=1&b="2"', library: '/l.js' });
  assert.equal(
    tags,
    '<script src="/e.js"></script>\n<script type="module" src="/h.js?a=1&amp;b=&quot;2&quot;"></script>\n<script type="module" src="/l.js"></script>',
  );
  assert.match(earlyConsentScript('k'), /\("k"\);\n$/);
  // A library module that imports the hydration support first (a bundler that keeps module order):
  // one module script.
  assert.equal(scriptTags({ library: '/l.js' }), '<script type="module" src="/l.js"></script>');
});

test('inlines the early consent script with the CSP hash of its exact text, and preloads modules', () => {
  const body = earlyConsentScript('</script><b>');
  assert.ok(!body.includes('</script'), 'a storage key cannot close the inline script');
  const tags = scriptTags({
    earlyConsentInline: body,
    hydrateSupport: '/h.js',
    library: '/l.js',
    modulepreload: ['/c1.js', '/fr.js'],
  });
  assert.ok(tags.startsWith(`<script>${body}</script>\n<script type="module" src="/h.js">`));
  assert.match(tags, /<link rel="modulepreload" href="\/c1.js">\n<link rel="modulepreload" href="\/fr.js">$/);
  const expected = createHash('sha256').update(body).digest('base64');
  assert.equal(cspHash(body), `'sha256-${expected}'`);
  assert.throws(() =>
    scriptTags({ earlyConsentInline: 'x("</script>")', hydrateSupport: '/h.js', library: '/l.js' }),
  );
});

test('inlineStyles: the first-paint CSS as given, one CSP hash each; themeStyles is theme.css', () => {
  const theme = themeStyles();
  assert.equal(theme, readFileSync(new URL('../../dist/theme.css', import.meta.url), 'utf8'));
  assert.match(theme, /color-scheme:light dark/);
  const site = 'main{max-inline-size:60rem}';
  const { html: tags, hashes } = inlineStyles(theme, site, site);
  assert.equal(tags, `<style>${theme}</style>\n<style>${site}</style>\n<style>${site}</style>`);
  const sha = (css) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
  assert.deepEqual(hashes, [sha(theme), sha(site)]);
  // Text that would close the element early is refused, whatever its case.
  assert.throws(() => inlineStyles('a{}</STYLE><script>x</script>'), /<\/style/);
});

test('styleHashes: one CSP hash per distinct shadow-root style, of its exact text', async () => {
  const { html: page } = await renderInLocale(
    'en',
    () =>
      html`<wsis-skip-link href="#main"></wsis-skip-link><wsis-skip-link href="#main"></wsis-skip-link
        ><wsis-footer year="2004"></wsis-footer>`,
  );
  const styles = [...page.matchAll(/<template shadowroot[^>]*><style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  assert.equal(styles.length, 3, 'three shadow roots, each opening with its styles');
  const hashes = styleHashes(page);
  assert.deepEqual(
    hashes,
    [...new Set(styles)].map((css) => cspHash(css)),
  );
  assert.equal(hashes.length, 2, 'the two skip links share one hash');
  assert.deepEqual(styleHashes('<p>no shadow root</p>'), []);
});
