// The package's weight as a site ships it: the built package (dist/, through package.json's
// "exports", so the default condition picks the production build) bundled by esbuild the way a site
// would (bundle, minify, code splitting so locale modules stay lazy), each output file compressed
// with brotli at quality 11 as a server would send it. Deterministic: the same dist gives the same
// figures. `npm run bench` reports them; size-limit (.size-limit.js) holds the budgets.
import { mkdtempSync, readFileSync, rmSync, symlinkSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import * as esbuild from 'esbuild';

export const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Brotli quality 11 (the highest, as a static host precompresses), in bytes. */
export function brotli(bytes) {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;
}

/** The element entry points package.json exports (`./wsis-nav.js` …), without the `./`. */
export function elementEntries() {
  return Object.keys(pkg.exports)
    .filter((key) => /^\.\/wsis-[a-z-]+\.js$/.test(key))
    .map((key) => key.slice(2));
}

/** The hydration support a server-rendered page loads first (see the README). */
export const HYDRATE_SUPPORT = '@lit-labs/ssr-client/lit-element-hydrate-support.js';

// A scratch folder whose node_modules/wsis-components is this package, so that imports go through
// package.json's "exports" exactly as in a site; other packages resolve from our node_modules.
let scratch;
function site() {
  if (scratch) return scratch;
  scratch = mkdtempSync(join(tmpdir(), 'wsis-bundle-'));
  mkdirSync(join(scratch, 'node_modules'));
  symlinkSync(root, join(scratch, 'node_modules', 'wsis-components'), 'dir');
  process.once('exit', () => rmSync(scratch, { recursive: true, force: true }));
  return scratch;
}

const lazyLocalesExternal = {
  name: 'lazy-locales-external',
  setup(build) {
    build.onResolve({ filter: /generated\/locales\/[^/]+\.js$/ }, (args) => ({
      path: args.path,
      external: true,
    }));
  },
};

/**
 * Bundles `imports` (module specifiers, in order) as one site entry. Returns every output file with
 * its minified and brotli sizes, and which of them load at start (the entry and what it imports
 * statically) and which only later (dynamic imports: the locale modules).
 */
export async function bundle(imports, { conditions = [], splitting = true, reexport = false } = {}) {
  const dir = site();
  const result = await esbuild.build({
    stdin: {
      contents: imports
        .map((spec) => `${reexport ? 'export * from' : 'import'} ${JSON.stringify(spec)};`)
        .join('\n'),
      resolveDir: dir,
      sourcefile: 'site-entry.js',
      loader: 'js',
    },
    absWorkingDir: dir,
    nodePaths: [join(root, 'node_modules')],
    bundle: true,
    splitting,
    // Without splitting, locale modules stay outside rather than being inlined into the one file.
    plugins: splitting ? [] : [lazyLocalesExternal],
    format: 'esm',
    minify: true,
    target: 'es2021',
    conditions,
    outdir: join(dir, 'out'),
    write: false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const outputs = result.outputFiles.map((file) => {
    const name = relative(join(dir, 'out'), file.path);
    const meta = result.metafile.outputs[relative(dir, file.path)];
    // esbuild's chunk names carry a hash that depends on where the checkout lies on disk; brotli
    // sizes a stand-in of the same length, so that every clone measures the same bytes.
    const stable = Buffer.from(file.text.replace(/-[A-Z0-9]{8}\.js\b/g, '-00000000.js'));
    return { name, meta, minified: file.contents.length, brotli: brotli(stable), text: file.text };
  });
  const byName = new Map(outputs.map((o) => [o.name, o]));
  // What loads at start: the entry, then every chunk reached through static imports.
  const start = new Set();
  const visit = (name) => {
    if (start.has(name)) return;
    start.add(name);
    for (const imp of byName.get(name).meta.imports)
      if (imp.kind === 'import-statement') visit(relative('out', imp.path));
  };
  visit(outputs.find((o) => o.meta.entryPoint !== undefined).name);
  const sum = (list, key) => list.reduce((total, o) => total + o[key], 0);
  const atStart = outputs.filter((o) => start.has(o.name));
  const lazy = outputs.filter((o) => !start.has(o.name));
  return {
    outputs,
    atStart,
    lazy,
    startBrotli: sum(atStart, 'brotli'),
    startMinified: sum(atStart, 'minified'),
  };
}

/** The lazy chunk that holds each locale's messages, by locale code. */
export function localeChunks(bundled) {
  const chunks = {};
  for (const o of bundled.lazy) {
    const input = Object.keys(o.meta.inputs).find((path) => /generated\/locales\/[^/]+\.js$/.test(path));
    if (input) chunks[basename(input, '.js')] = o;
  }
  return chunks;
}

/**
 * The drop-in build's bytes at start for a page that uses `tags` (dist/cdn/, from its manifest):
 * the autoloader's file, the files of each element (and of the elements it renders), the hydration
 * support for a server-rendered page, the localize runtime and the locale's messages for a page not
 * in English. Each file brotli-compressed on its own, as a static host sends it.
 */
export function dropInAtStart(tags, { hydrate = false, locale = 'en' } = {}) {
  const dir = join(root, 'dist', 'cdn');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const files = new Set([manifest.entry]);
  const add = (list) => list.forEach((f) => files.add(f.replace(/^\.\//, '')));
  for (const tag of tags) add(manifest.elements[tag]);
  if (hydrate) add(manifest.hydrate);
  if (locale !== 'en') add(manifest.locales[locale]);
  const bytes = [...files].reduce((sum, f) => sum + brotli(readFileSync(join(dir, f))), 0);
  return { bytes, files: files.size };
}
