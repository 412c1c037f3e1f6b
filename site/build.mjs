// Builds the static WSIS site: the 2004 message page rendered on the server (`@lit-labs/ssr`, through
// the package's own `wsis-components/ssr`) in the six languages, site/<locale>/index.html (and
// the same with the privacy notice answered, site/consent-answered/<locale>/index.html), plus
// site/index.html listing them, and the browser script (Rolldown, code-split). Run after the package
// build (`npm run build:site` does both). `--out DIR` writes elsewhere; `--order lit-first` builds a
// deliberately broken page for the hydration test: Lit before the hydration support.
import { build, transform } from 'esbuild';
import { rolldown } from 'rolldown';
import { mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: 'site/dist' },
    order: { type: 'string', default: 'right' },
    // `inline` (the default) keeps Lit SSR's <style> in every shadow root, allowed by their hashes in
    // the CSP; `shared` moves them into files (shareStyles), one <link> per shadow root.
    styles: { type: 'string', default: 'inline' },
  },
});
const out = resolve(root, args.out);
const tmp = join(root, '.tmp', 'site-build');

// The page's template is the story's (TypeScript): bundled for Node with every package left
// external, so that it shares `lit` and the registered elements with `wsis-components/ssr`.
await build({
  entryPoints: {
    page: join(root, 'stories/pages/wsis-2004-message-page.ts'),
    'demo-site': join(root, 'stories/demo-site.ts'),
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outdir: tmp,
  outExtension: { '.js': '.mjs' },
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'warning',
});
const { messagePage, POLICY_VERSION } = await import(pathToFileURL(join(tmp, 'page.mjs')).href);
const { bar } = await import(pathToFileURL(join(tmp, 'demo-site.mjs')).href);
const {
  renderInLocale,
  scriptTags,
  earlyConsentScript,
  cspHash,
  shareStyles,
  styleHashes,
  inlineStyles,
  themeStyles,
} = await import('wsis-components/ssr.js');
const { LOCALES } = await import('wsis-components/localization.js');

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'assets'), { recursive: true });

// The browser script: one entry, site/client/client.js, bundled by Rolldown (Vite's bundler). A
// page must get everything it needs at start in one round trip: on HTTP/1.1 a browser opens six
// connections to a host, and a seventh file waits a whole round trip (600 ms at slow 4G). esbuild
// splits shared code by which entries reach it, which gave three shared chunks besides the entry and
// the hydration support; Rolldown's chunk group puts Lit, the hydration support, the localize
// runtime and the library's shared code into one chunk, in import order (hydration support first).
// The elements stay where they are imported: the interactive ones in the entry, after the page's
// locale is set, the content-only ones in the chunk of rest.js. Each locale module stays a chunk
// of its own, fetched only for its page.
let client = join(root, 'site/client/client.js');
if (args.order === 'lit-first') {
  // The mistake the hydration test must catch: a library module that evaluates Lit (a static
  // import of the whole set) before the hydration support.
  client = join(tmp, 'client-lit-first.js');
  writeFileSync(
    client,
    "import 'wsis-components';\nimport '@lit-labs/ssr-client/lit-element-hydrate-support.js';\n",
  );
}
const ELEMENT = /[\\/]components[\\/]/;
const LOCALE_MODULE = /generated[\\/]locales[\\/]([^\\/]+)\.js$/;
const SITE_SCRIPT = /[\\/](site[\\/]client|\.tmp[\\/]site-build)[\\/]/;
const bundle = await rolldown({
  input: { wsis: client },
  cwd: root,
  platform: 'browser',
  // The production build of the package ("default" condition), never its "development" one.
  resolve: { conditionNames: ['browser', 'import', 'default'] },
  logLevel: 'warn',
});
const { output } = await bundle.write({
  dir: join(out, 'assets'),
  format: 'es',
  minify: true,
  entryFileNames: '[name].js',
  chunkFileNames: 'chunks/[name]-[hash].js',
  codeSplitting: {
    groups: [
      {
        name: 'lib',
        test: (id) => !ELEMENT.test(id) && !LOCALE_MODULE.test(id) && !SITE_SCRIPT.test(id),
      },
    ],
  },
});
await bundle.close();
const chunks = output.filter((o) => o.type === 'chunk');
const entry = chunks.find((c) => c.isEntry);
// What the page depends on, checked here rather than found out in a browser: an element defined in a
// shared chunk would run before the page's locale is set (its first render in English on a French
// page), and a lazy chunk that imports the entry would wait forever on the entry's top-level await.
for (const chunk of args.order === 'lit-first' ? [] : chunks) {
  if (chunk === entry || chunk.facadeModuleId?.endsWith('rest.js')) continue;
  const element = Object.keys(chunk.modules).find((id) => ELEMENT.test(id));
  if (element) throw new Error(`build-site: ${element} is in the shared chunk ${chunk.fileName}`);
  if (chunk.imports.includes(entry.fileName))
    throw new Error(`build-site: ${chunk.fileName} imports the entry`);
}
copyFileSync(join(root, 'stories/demo.css'), join(out, 'assets/site.css'));
// The themes' page-side stylesheet, taken through the package's "exports" as a site takes it: the
// pages follow prefers-color-scheme (and data-wsis-theme, were the site to set it).
copyFileSync(fileURLToPath(import.meta.resolve('wsis-components/theme.css')), join(out, 'assets/theme.css'));
// Inline, allowed by its hash in the CSP: a blocking script file in <head> would cost one more round
// trip before the first paint.
const consent = earlyConsentScript();
// The pages' CSS, the theme's and the site's, inline too, each allowed by its hash: a stylesheet
// file holds the first paint for one more round trip (560 ms on slow 4G). The pages then paint from
// their HTML alone. (The index page links the two files.)
const siteCss = await transform(readFileSync(join(root, 'stories/demo.css'), 'utf8'), {
  loader: 'css',
  minify: true,
});
const pageStyles = inlineStyles(themeStyles(), siteCss.code);

// The modules a page needs at start, besides the entry: its static imports (the shared chunk), the
// localize runtime (the first setLocale() imports it) and the page's own locale module. Listed as
// <link rel="modulepreload">, they are fetched in parallel while the HTML is parsed, instead of
// each waiting for the module that imports it: four files (three for English). Not preloaded: the other locales and rest.js, which client.js imports when the browser is
// idle.
const byFile = new Map(chunks.map((c) => [c.fileName, c]));
const withStaticImports = (chunk, seen = new Set()) => {
  if (!chunk || seen.has(chunk)) return seen;
  seen.add(chunk);
  for (const file of chunk.imports) withStaticImports(byFile.get(file), seen);
  return seen;
};
const facade = (test) => chunks.find((c) => c.facadeModuleId && test(c.facadeModuleId.replace(/\\/g, '/')));
const startModules = (code) => {
  const files = new Set();
  withStaticImports(entry, files);
  withStaticImports(
    facade((id) => id.endsWith('/internal/locale-runtime.js')),
    files,
  );
  withStaticImports(
    facade((id) => LOCALE_MODULE.exec(id)?.[1] === code),
    files,
  );
  files.delete(entry);
  return [...files].map((c) => `/assets/${c.fileName}`);
};
// A plain mark in the WSIS blue, so that browsers do not ask for a missing /favicon.ico.
writeFileSync(
  join(out, 'assets/icon.svg'),
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#005a9c"/></svg>\n',
);

// What the pages allow: their own scripts, styles and images, the inline styles only by the hash of
// their text (or none, with shared style files), and Trusted Types for every script sink (Lit's own
// policy passes it). (A real host sends it as a header; the meta element keeps the static files
// self-contained.) The early consent script is inline: its hash (computed here from the very text
// written) is the only inline script allowed.
const csp = (styles) =>
  `default-src 'self'; script-src 'self' ${cspHash(consent)}; style-src ${["'self'", ...styles].join(' ')}; img-src 'self'; base-uri 'none'; form-action 'self'; require-trusted-types-for 'script'`;
const escape = (s) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const alternates = [
  ...LOCALES.map((l) => `<link rel="alternate" hreflang="${l.code}" href="/${l.code}/">`),
  '<link rel="alternate" hreflang="x-default" href="/">',
].join('\n');
const scripts = (code) =>
  args.order === 'lit-first'
    ? // Broken on purpose (test only): Lit is evaluated before the hydration support.
      '<script type="module" src="/assets/wsis.js"></script>'
    : // The entry imports the hydration support first, and the build keeps it ahead of Lit.
      scriptTags({ library: '/assets/wsis.js', modulepreload: startModules(code) });

// Each page twice: as a new reader gets it, and, under consent-answered/, with the privacy notice
// already answered, for a reader whose consent cookie the server reads (site/serve.mjs, for readers
// without JavaScript, who would otherwise be asked on every page). A site that renders on request
// passes readConsentCookie()'s answer to the template instead.
const ANSWERED = 'consent-answered';
const variants = LOCALES.flatMap(({ code }) => [
  { code, answered: false },
  { code, answered: true },
]);

// The twelve pages may be rendered concurrently: renderInLocale serializes them (one runtime locale).
const pages = await Promise.all(
  variants.map(async ({ code, answered }) => {
    const rendered = await renderInLocale(code, () =>
      messagePage({
        locale: code,
        languageHrefTemplate: '/{locale}/',
        consentAction: '/cookies',
        consentAnswered: answered,
        serverItems: true,
      }),
    );
    const { locale, dir } = rendered;
    let { html } = rendered;
    let stylePreloads = '';
    let shadowStyles = [];
    if (args.styles === 'shared') {
      const shared = shareStyles(html, '/assets/styles/');
      html = shared.html;
      // A stylesheet inside a declarative shadow root is found only when the parser reaches it (the
      // preload scanner does not look into <template>), so the page's eight sheets were fetched one
      // after another. Preloaded from <head>, they are fetched at once. (A sheet linked again by a
      // second instance is fetched again when the cache is off, each holding up the parser: why
      // the default is inline.)
      stylePreloads = [...shared.sheets.keys()]
        .map((name) => `<link rel="preload" as="style" href="/assets/styles/${name}">\n`)
        .join('');
      mkdirSync(join(out, 'assets/styles'), { recursive: true });
      for (const [name, css] of shared.sheets) writeFileSync(join(out, 'assets/styles', name), css);
    } else {
      // Inline (no request, nothing for the parser to wait on), each distinct block allowed by its hash.
      shadowStyles = styleHashes(html);
    }
    // Head order: the inline consent script, the inline styles, then the module script and the
    // preloads. Chromium's preload scanner stops at a CSP <meta>, so these are found by the parser,
    // which nothing holds up: no file blocks the first paint.
    const doc = `<!doctype html>
<html lang="${locale}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp([...pageStyles.hashes, ...shadowStyles])}">
<title>${escape(bar(locale).pageTitle)}</title>
${args.order === 'lit-first' ? '' : `<script>${consent}</script>\n`}${pageStyles.html}
${scripts(locale)}
${stylePreloads}${alternates}
<link rel="icon" href="/assets/icon.svg" type="image/svg+xml">
</head>
<body>
${html}
</body>
</html>
`;
    const folder = answered ? join(out, ANSWERED, code) : join(out, code);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'index.html'), doc);
    return { code: answered ? `${ANSWERED}/${code}` : code, bytes: Buffer.byteLength(doc) };
  }),
);

const index = `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>WSIS</title>
${alternates}
<link rel="icon" href="/assets/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/theme.css">
<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
<main class="demo-page-main">
<h1>WSIS</h1>
<ul>
${LOCALES.map(
  (l) =>
    `<li><a href="/${l.code}/" hreflang="${l.code}" lang="${l.code}" dir="${l.dir}">${escape(l.endonym)}</a></li>`,
).join('\n')}
</ul>
</main>
</body>
</html>
`;
writeFileSync(join(out, 'index.html'), index);
// The policy version the answered pages are for: the server serves them only to a reader whose
// cookie answers it.
writeFileSync(join(out, ANSWERED, 'consent.json'), `${JSON.stringify({ policyVersion: POLICY_VERSION })}\n`);

for (const { code, bytes } of pages) console.log(`${args.out}/${code}/index.html  ${bytes} bytes`);
console.log(`${args.out}/index.html  ${Buffer.byteLength(index)} bytes`);
