// Builds the static WSIS site: the 2004 message page rendered on the server (`@lit-labs/ssr`, through
// the package's own `wsis-components/ssr`) in the six languages, site/<locale>/index.html, plus
// site/index.html listing them, and the browser scripts (esbuild, code-split). Run after the package
// build (`npm run build:site` does both). `--out DIR` writes elsewhere; `--order lit-first` builds a
// deliberately broken page for the hydration test: the library before the hydration support.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: 'site' },
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
const { messagePage } = await import(pathToFileURL(join(tmp, 'page.mjs')).href);
const { bar } = await import(pathToFileURL(join(tmp, 'demo-site.mjs')).href);
const { renderInLocale, scriptTags, earlyConsentScript, cspHash, shareStyles, styleHashes } =
  await import('wsis-components/ssr.js');
const { LOCALES } = await import('wsis-components/localization.js');

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'assets'), { recursive: true });

// Browser scripts. Two entries in one build, so that they share one copy of lit-html: the hydration
// support (which must run before LitElement is evaluated, so it is its own entry and its own
// script) and the site's library module. Splitting keeps each locale module a chunk of its own,
// fetched only for its page.
let client = join(root, 'scripts/site/client.js');
if (args.order === 'lit-first') {
  // The mistake the hydration test must catch: a library module that evaluates Lit at once (a
  // static import), loaded before the hydration support.
  client = join(tmp, 'client-lit-first.js');
  writeFileSync(client, "import 'wsis-components';\n");
}
const { metafile } = await build({
  entryPoints: {
    'hydrate-support': '@lit-labs/ssr-client/lit-element-hydrate-support.js',
    wsis: client,
  },
  metafile: true,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  outdir: join(out, 'assets'),
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
copyFileSync(join(root, 'stories/demo.css'), join(out, 'assets/site.css'));
// The themes' page-side stylesheet, taken through the package's "exports" as a site takes it: the
// pages follow prefers-color-scheme (and data-wsis-theme, were the site to set it).
copyFileSync(fileURLToPath(import.meta.resolve('wsis-components/theme.css')), join(out, 'assets/theme.css'));
// Inline, allowed by its hash in the CSP: a blocking script file in <head> would cost one more round
// trip before the first paint.
const consent = earlyConsentScript();

// The modules a page needs at start, from esbuild's metafile: both entries' static imports (the
// interactive elements are in client.js's own file) and the page's own locale module. Listed as <link rel="modulepreload">, they are fetched in parallel while the HTML is
// parsed, instead of each import waiting for the module before it. Not preloaded: the other
// locales and what client.js defines when the browser is idle.
const outputs = metafile.outputs;
const url = (file) => `/${relative(out, resolve(root, file)).split(sep).join('/')}`;
const byEntry = (suffix) =>
  Object.keys(outputs).find((file) => outputs[file].entryPoint?.replace(/\\/g, '/').endsWith(suffix));
const withStaticImports = (file, seen = new Set()) => {
  if (!file || seen.has(file)) return seen;
  seen.add(file);
  for (const i of outputs[file].imports) if (i.kind === 'import-statement') withStaticImports(i.path, seen);
  return seen;
};
const startModules = (code) => {
  const files = new Set();
  for (const entry of [
    byEntry('lit-element-hydrate-support.js'),
    byEntry(args.order === 'lit-first' ? 'client-lit-first.js' : 'scripts/site/client.js'),
    byEntry(`generated/locales/${code}.js`),
  ])
    withStaticImports(entry, files);
  return [...files].map(url).filter((u) => u !== '/assets/hydrate-support.js' && u !== '/assets/wsis.js');
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
      '<script type="module" src="/assets/wsis.js"></script>\n<script type="module" src="/assets/hydrate-support.js"></script>'
    : scriptTags({
        hydrateSupport: '/assets/hydrate-support.js',
        library: '/assets/wsis.js',
        modulepreload: startModules(code),
      });

// The six pages may be rendered concurrently: renderInLocale serializes them (one runtime locale).
const pages = await Promise.all(
  LOCALES.map(async ({ code }) => {
    const rendered = await renderInLocale(code, () =>
      messagePage({
        locale: code,
        languageHrefTemplate: '/{locale}/',
        consentAction: '/cookies',
        serverItems: true,
      }),
    );
    const { locale, dir } = rendered;
    let { html } = rendered;
    let stylePreloads = '';
    let inlineStyles = [];
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
      inlineStyles = styleHashes(html);
    }
    // Head order: the inline consent script first (an inline script after a stylesheet would hold
    // the parser until the sheet is in), then the page's stylesheet (render-blocking: first of the
    // six connections HTTP/1.1 gives), then the module scripts and preloads. Chromium's preload
    // scanner stops at a CSP <meta>, so these are found by the parser, which nothing holds up.
    const doc = `<!doctype html>
<html lang="${locale}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp(inlineStyles)}">
<title>${escape(bar(locale).pageTitle)}</title>
${args.order === 'lit-first' ? '' : `<script>${consent}</script>\n`}<link rel="stylesheet" href="/assets/theme.css">
<link rel="stylesheet" href="/assets/site.css">
${scripts(locale)}
${stylePreloads}${alternates}
<link rel="icon" href="/assets/icon.svg" type="image/svg+xml">
</head>
<body>
${html}
</body>
</html>
`;
    mkdirSync(join(out, code), { recursive: true });
    writeFileSync(join(out, code, 'index.html'), doc);
    return { code, bytes: Buffer.byteLength(doc) };
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

for (const { code, bytes } of pages) console.log(`${args.out}/${code}/index.html  ${bytes} bytes`);
console.log(`${args.out}/index.html  ${Buffer.byteLength(index)} bytes`);
