// `wsis-components/ssr` as a site's server uses it: renders in the locale asked for, with that
// locale's messages in the HTML, and overlapping renders in different locales (one Node process,
// one global `@lit/localize` locale) each keep their own language, because the module runs them one
// after the other. The last test shows that this matters: interleaved by hand, without the module's
// queue, two renders do mix their languages.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { runInNewContext } from 'node:vm';
import {
  renderInLocale,
  scriptTags,
  earlyConsentScript,
  cspHash,
  styleHashes,
  readConsentCookie,
  answerConsentForm,
  shareStyles,
  inlineStyles,
  themeStyles,
} from 'wsis-components/ssr.js';
import { setLocale, WsisPrivacyNotice, memoryConsentStorage } from 'wsis-components';

const SKIP = {
  en: 'Skip to main content',
  fr: 'Aller au contenu principal',
  ar: 'الانتقال إلى المحتوى الرئيسي',
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

test('no other task sees a window while 300 queued renders run', async () => {
  // Other code of a site's server that tests `typeof window` must never take the browser's path
  // because a render is under way: probes scheduled with setImmediate and setTimeout(0), from the
  // templates and all the time the renders are queued, look.
  const seen = { probes: 0, window: 0 };
  const probe = () => {
    seen.probes++;
    if (typeof globalThis.window === 'object') seen.window++;
  };
  let running = true;
  const immediate = () => {
    probe();
    if (running) setImmediate(immediate);
  };
  const timeout = () => {
    probe();
    if (running) setTimeout(timeout, 0);
  };
  immediate();
  timeout();
  const codes = ['fr', 'ar', 'en', 'ru', 'zh-Hans', 'es'];
  const renders = Array.from({ length: 300 }, (_, i) =>
    renderInLocale(codes[i % codes.length], () => {
      setImmediate(probe);
      setTimeout(probe, 0);
      return html`${Promise.resolve().then(probe)}${page()}`;
    }),
  );
  await Promise.all(renders);
  running = false;
  // The probes the last templates scheduled.
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.ok(seen.probes >= 900, `only ${seen.probes} probes ran`);
  assert.equal(seen.window, 0, `${seen.window} of ${seen.probes} probes saw a window`);
  console.log(`${seen.window} of ${seen.probes} probes saw a window`);
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

// The text the browser tests (tests/browser/wsis-footer.test.ts) expect of the same elements.
const UN_DATES = JSON.parse(
  readFileSync(new URL('../browser/fixtures/un-dates.json', import.meta.url), 'utf8'),
);

/** The text of each `<time>` in server-rendered HTML, Lit's comment markers left out. */
const times = (markup) =>
  [...markup.matchAll(/<time\b[^>]*>([\s\S]*?)<\/time>/g)].map((m) => m[1].replace(/<!--[\s\S]*?-->/g, ''));

test('writes dates and years as UN documents do, the same text as in the browser', async () => {
  const { date, year, expected } = UN_DATES;
  for (const code of ['ru', 'ar', 'en', 'fr', 'es', 'zh-Hans']) {
    const { html: markup } = await renderInLocale(
      code,
      () =>
        html`<wsis-message author="A. Author" date=${date}><p>Text</p></wsis-message>
          <wsis-footer year=${year} last-updated=${date}></wsis-footer>`,
    );
    assert.deepEqual(times(markup), [expected[code].date, expected[code].date], code);
    const copyright = /part="copyright"[^>]*>([\s\S]*?)<\/li>/
      .exec(markup)[1]
      .replace(/<!--[\s\S]*?-->/g, '');
    assert.ok(copyright.includes(expected[code].year), `${code}: the year in ${copyright}`);
    assert.doesNotMatch(markup, /[٠-٩]/, `${code}: Western digits only`);
  }
  // Spelt out: Russian «года» (Intl gives «г.»), Arabic in Western digits with the double month.
  assert.equal(expected.ru.date, '22 января 2004\u00a0года');
  assert.equal(expected.ar.date, '22 كانون الثاني/يناير 2004');
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
  assert.match(earlyConsentScript('k'), /^\(function [^]*\}\)\("k", function [^]*\);\n$/);
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

test("a site's own @lit/localize runtime, handed over with adoptLocalization, still renders", () => {
  // In a process of its own: @lit/localize can be configured once per process.
  const script = `
    import { html } from 'lit';
    import { configureLocalization } from '@lit/localize';
    import { adoptLocalization, loadWsisTemplates } from 'wsis-components/localization.js';
    import { renderInLocale } from 'wsis-components/ssr.js';
    const { getLocale, setLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['ar', 'es', 'fr', 'ru', 'zh-Hans'],
      loadLocale: async (locale) => ({ templates: await loadWsisTemplates(locale) }),
    });
    adoptLocalization({ getLocale, setLocale });
    const { html: out, locale } = await renderInLocale('fr', () => html\`<wsis-skip-link></wsis-skip-link>\`);
    console.log(JSON.stringify({ locale, french: out.includes(${JSON.stringify(SKIP.fr)}), window: typeof window }));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: import.meta.dirname,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), { locale: 'fr', french: true, window: 'undefined' });
});

// Stored values the early script and the element must judge alike: one check serves both.
const RECORDS = [
  ['valid', { version: '2', decision: 'rejected', date: '2026-01-01T00:00:00.000Z' }],
  ['a day only', { version: '2', decision: 'accepted', date: '2026-01-01' }],
  ['an offset', { version: '2', decision: 'accepted', date: '2026-01-01T10:00+02:00' }],
  ['another version', { version: '3', decision: 'accepted', date: '2026-01-01T00:00:00Z' }],
  ['no date', { version: '2', decision: 'accepted' }],
  ['a date that is no date', { version: '2', decision: 'accepted', date: 'yesterday' }],
  ['month 13', { version: '2', decision: 'accepted', date: '2026-13-01T00:00:00Z' }],
  ['a date another engine may read otherwise', { version: '2', decision: 'accepted', date: '01/02/2026' }],
  ['a date as a number', { version: '2', decision: 'accepted', date: 1767225600000 }],
  ['decision as an array', { version: '2', decision: ['accepted'], date: '2026-01-01T00:00:00Z' }],
  ['decision with a space', { version: '2', decision: 'accepted ', date: '2026-01-01T00:00:00Z' }],
  ['version as a number', { version: 2, decision: 'accepted', date: '2026-01-01T00:00:00Z' }],
  ['an empty version', { version: ' ', decision: 'accepted', date: '2026-01-01T00:00:00Z' }],
  ['an array', [{ version: '2', decision: 'accepted', date: '2026-01-01T00:00:00Z' }]],
  ['null', null],
  ['text', 'accepted'],
].map(([name, value]) => [name, JSON.stringify(value)]);

/** Whether the early script hides `<wsis-privacy-notice policy-version="2">` for this stored value. */
function earlyScriptHides(stored) {
  const sheets = [];
  const window = { localStorage: { getItem: () => stored } };
  runInNewContext(earlyConsentScript(), {
    window,
    CSS: { escape: (s) => s },
    CSSStyleSheet: class {
      replaceSync(text) {
        sheets.push(text);
      }
    },
    document: { adoptedStyleSheets: [] },
  });
  return sheets.some((text) => text.includes('[policy-version="2"]'));
}

test('the early script and the element give the same verdict on every stored value', () => {
  const verdicts = RECORDS.map(([name, stored]) => ({
    name,
    early: earlyScriptHides(stored),
    element: WsisPrivacyNotice.readConsent(memoryConsentStorage(stored), '2') !== null,
  }));
  const disagree = verdicts.filter((v) => v.early !== v.element);
  assert.deepEqual(disagree, [], 'the early script and the element disagree');
  assert.deepEqual(
    verdicts.filter((v) => v.element).map((v) => v.name),
    ['valid', 'a day only', 'an offset'],
  );
});

const record = (version = '1', decision = 'rejected') =>
  JSON.stringify({ version, decision, date: '2026-01-01T00:00:00.000Z' });

test('readConsentCookie: the record when it answers the version, else null; never throws', () => {
  const cookie = (value) => `a=1; wsis-consent=${encodeURIComponent(value)}; b=2`;
  assert.deepEqual(readConsentCookie(cookie(record('1'))), JSON.parse(record('1')));
  assert.deepEqual(readConsentCookie(cookie(record('v2')), { version: 'v2' }), JSON.parse(record('v2')));
  assert.equal(readConsentCookie(cookie(record('v2'))), null, 'another version');
  assert.deepEqual(
    readConsentCookie(`mine=${encodeURIComponent(record())}`, { name: 'mine' }),
    JSON.parse(record()),
  );
  for (const [name, stored] of RECORDS.slice(4)) assert.equal(readConsentCookie(cookie(stored)), null, name);
  for (const header of [
    undefined,
    null,
    '',
    'wsis-consent',
    'wsis-consent=%E0%A4%A',
    'wsis-consent=%7B',
    ';;;=',
  ])
    assert.equal(readConsentCookie(header), null, String(header));
  assert.throws(() => readConsentCookie('', { name: 'a;b' }), TypeError);
});

test('answerConsentForm: a 303 to a page of the origin, with the choice in a cookie the element can read', () => {
  const answer = answerConsentForm('cookies=accept', {
    origin: 'https://www.itu.int',
    back: 'https://www.itu.int/net/wsis/ru/?a=1',
    version: '2004-01',
  });
  assert.equal(answer.status, 303);
  assert.equal(answer.headers.location, '/net/wsis/ru/?a=1');
  assert.equal(answer.headers['cache-control'], 'no-store');
  const cookie = answer.headers['set-cookie'];
  assert.match(cookie, /^wsis-consent=[^;]+; Path=\/; Max-Age=31536000; SameSite=Lax; Secure$/);
  assert.doesNotMatch(cookie, /HttpOnly/i, 'the element reads and rewrites it with JavaScript');
  // The cookie the browser sends back answers the version.
  const sent = cookie.split(';')[0];
  assert.deepEqual(readConsentCookie(sent, { version: '2004-01' }), answer.record);
  assert.equal(answer.record.decision, 'accepted');
  // Not Secure on a plain-HTTP origin; a shorter life and another name on demand.
  const local = answerConsentForm(new URLSearchParams({ cookies: 'reject' }), {
    origin: 'http://127.0.0.1:8080',
    name: 'consent',
    maxAge: 3600,
  });
  assert.match(local.headers['set-cookie'], /^consent=[^;]+; Path=\/; Max-Age=3600; SameSite=Lax$/);
  assert.equal(local.headers.location, '/');
  assert.equal(local.record.version, '1');
});

test('answerConsentForm: never a redirect off the origin, whatever the Referer says', () => {
  const origin = 'https://www.itu.int';
  for (const back of [
    'https://evil.example/phish',
    'http://www.itu.int/',
    'https://www.itu.int.evil.example/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '//evil.example/x',
    '/\\evil.example/x',
    'https://www.itu.int//evil.example/x',
    'https://www.itu.int/\\evil.example/x',
    'https://www.itu.int/a\r\nSet-Cookie: x=1',
    'not a url at all',
    '',
    undefined,
  ]) {
    const { status, headers } = answerConsentForm('cookies=reject', { origin, back });
    assert.equal(status, 303, String(back));
    assert.match(headers.location, /^\/(?![/\\])[^\r\n]*$/, `${JSON.stringify(back)} → ${headers.location}`);
    assert.ok(
      !/evil|javascript|data:/.test(headers.location.replace(/^\/evil\.example\/x$/, '')),
      headers.location,
    );
  }
});

test('answerConsentForm: 400 and no cookie for a form without one choice; TypeError for options that cannot work', () => {
  for (const body of [
    '',
    null,
    'cookies=',
    'cookies=Accept',
    'cookies=accept&cookies=reject',
    'cookies=__proto__',
    'cookies=constructor',
    'x=accept',
  ]) {
    const answer = answerConsentForm(body, { origin: 'https://www.itu.int' });
    assert.deepEqual(
      answer,
      { status: 400, headers: { 'cache-control': 'no-store' }, record: null },
      String(body),
    );
  }
  assert.throws(() => answerConsentForm('cookies=accept', { origin: 'javascript:alert(1)' }), TypeError);
  assert.throws(() => answerConsentForm('cookies=accept', { origin: 'not a url' }), TypeError);
  assert.throws(() => answerConsentForm('cookies=accept', { origin: 'https://a', name: 'a=b' }), TypeError);
  assert.throws(() => answerConsentForm('cookies=accept', { origin: 'https://a', maxAge: -1 }), TypeError);
});

test('a registered translation with a placeholder its message lacks: the render resolves, that message in English', () => {
  // In a process of its own: registerLocale must come before the process's first locale.
  const script = `
    import { html } from 'lit';
    import { registerLocale } from 'wsis-components/localization.js';
    import { renderInLocale } from 'wsis-components/ssr.js';
    const errors = [];
    console.error = (text) => errors.push(text);
    registerLocale({ code: 'sw', endonym: 'Kiswahili', translations: { 'skip-link.label': 'Ruka {0}', 'nav.menu': 'Menyu' } });
    const { html: out, locale } = await renderInLocale('sw', () => html\`<wsis-skip-link></wsis-skip-link><wsis-nav><a href="/a">A</a></wsis-nav>\`);
    console.log(JSON.stringify({ locale, english: out.includes('Skip to main content'), menu: out.includes('Menyu'), errors }));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: import.meta.dirname,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), {
    locale: 'sw',
    english: true,
    menu: true,
    errors: [
      'wsis-components registerLocale(): "sw": "skip-link.label": {0} is no value of this message (it takes no value); the message shows in English.',
    ],
  });
});

test('styleHashes and shareStyles act on the styles the library rendered, not on one a CMS put in the page', async () => {
  const { html: page } = await renderInLocale(
    'en',
    () => html`<wsis-skip-link></wsis-skip-link><wsis-footer year="2004"></wsis-footer>`,
  );
  // A CMS field that writes its own shadow root, opening with a style, as Lit SSR's do.
  const injected =
    '<div><template shadowrootmode="open"><style>body{background:url(https://evil.example/x)}</style></template></div>';
  const hostile = page.replace('<wsis-footer', `${injected}<wsis-footer`);
  assert.deepEqual(styleHashes(hostile), styleHashes(page));
  assert.ok(!styleHashes(hostile).includes(cspHash('body{background:url(https://evil.example/x)}')));
  const shared = shareStyles(hostile, '/s/');
  assert.equal(shared.sheets.size, 2, 'the skip link’s and the footer’s');
  assert.ok(
    ![...shared.sheets.values()].some((css) => css.includes('evil')),
    'moved into a file of the site',
  );
  assert.ok(shared.html.includes(injected), 'left inline, for the CSP to refuse');
  assert.equal([...shared.html.matchAll(/<link rel="stylesheet"/g)].length, 2);
});

test('shareStyles writes href into the attribute escaped: no markup comes out of it', async () => {
  const { html: page } = await renderInLocale('en', () => html`<wsis-skip-link></wsis-skip-link>`);
  const { html: out } = shareStyles(page, '"><script>alert(1)</script><x y="&');
  assert.ok(!out.includes('<script'), out.slice(0, 300));
  const link = /<link rel="stylesheet" href="([^"]*)">/.exec(out);
  assert.ok(link, 'one link element, its attribute whole');
  assert.match(link[1], /^&quot;>&lt;script>alert\(1\)&lt;\/script>&lt;x y=&quot;&amp;[0-9a-f]{12}\.css$/);
});

/**
 * The time one call takes, in milliseconds: calls repeated until 30 ms have passed, the least of
 * three such runs (what else the machine does only ever adds time).
 */
function timePerCall(fn) {
  const runs = [];
  for (let run = 0; run < 3; run++) {
    let calls = 0;
    const start = performance.now();
    do {
      fn();
      calls++;
    } while (performance.now() - start < 30);
    runs.push((performance.now() - start) / calls);
  }
  return Math.min(...runs);
}

test('styleHashes and shareStyles take time in proportion to malformed input: 8,000 unclosed openers against 800', () => {
  const shapes = {
    'openers without ">"': (n) => '<template shadowroot'.repeat(n),
    'openers with one ">" at the end': (n) => `${'<template shadowroot'.repeat(n)}>`,
    'shadow roots without a style': (n) => '<template shadowrootmode="open">'.repeat(n),
    'styles never closed': (n) => '<template shadowrootmode="open"><style>'.repeat(n),
    'styles closed once, at the end': (n) =>
      `${'<template shadowrootmode="open"><style>a{}'.repeat(n)}</style>`,
    'styles not the library’s': (n) => '<template shadowrootmode="open"><style>a{}</style>'.repeat(n),
  };
  const ratios = {};
  for (const [name, make] of Object.entries(shapes)) {
    const small = make(800);
    const large = make(8000);
    for (const [helper, fn] of [
      ['styleHashes', (html) => styleHashes(html)],
      ['shareStyles', (html) => shareStyles(html, '/s/')],
    ]) {
      // The least of three measures: a pause of the machine lengthens one, a quadratic cost all.
      const ratio = Math.min(
        ...[0, 1, 2].map(() => timePerCall(() => fn(large)) / timePerCall(() => fn(small))),
      );
      ratios[`${helper}: ${name}`] = Math.round(ratio * 10) / 10;
    }
  }
  // Ten times the input: about ten times the time when linear, a hundred when quadratic.
  const slow = Object.entries(ratios).filter(([, ratio]) => ratio > 30);
  assert.deepEqual(slow, [], JSON.stringify(ratios));
  // And in absolute terms: the quadratic helpers took seconds for 8,000 openers.
  const worst = timePerCall(() => shareStyles(shapes['openers with one ">" at the end'](8000), '/s/'));
  assert.ok(worst < 50, `${worst} ms for 8,000 openers`);
});
