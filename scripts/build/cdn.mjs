// The drop-in build, dist/cdn/: for a page without a bundler, one module script that defines the
// elements a page uses when they appear (src/autoloader.ts), the theme's stylesheet, and a manifest
// with every file's Subresource Integrity hash. Bundled by Rolldown from the production modules in
// dist/ (so it runs after the package build), as a site's bundler would take the package.
//
// - wsis-components.js, the one name a page writes, holds the autoloader and what every element
//   shares: Lit, the localization API and the library's shared code. In one file, because a second
//   file it imported would be found only once it was parsed: one more round trip (about 560 ms on
//   slow 4G) before any element could load.
// - Each element is a file of its own, named by a hash of its content, as are the localize runtime,
//   each locale's messages and Lit's hydration support, loaded only when a page needs them. Imports
//   between files are relative, so the folder works under any path.
// - The autoloader is told which files each element, each locale and the hydration support need,
//   and asks for them all at once (modulepreload) instead of one import after the other.
//
// Rolldown, not esbuild (which the package build uses): esbuild splits shared code by which entries
// reach it, which gave several small shared chunks; Rolldown's chunk groups make one.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { rolldown } from 'rolldown';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');

/** The autoloader's file, the one name a page writes. */
export const ENTRY = 'wsis-components.js';
/** The placeholder in the autoloader that the build replaces with what it knows about the files. */
const FILES_PLACEHOLDER = 'globalThis.WSIS_CDN_FILES';

const ELEMENT = /[\\/]dist[\\/]components[\\/][^\\/]+[\\/](wsis-[a-z-]+)\.js$/;
const COMPONENT = /[\\/]dist[\\/]components[\\/]/;
const LOCALE_MODULE = /[\\/]generated[\\/]locales[\\/]([^\\/]+)\.js$/;
const LOCALE_RUNTIME = /[\\/]internal[\\/]locale-runtime\.js$/;
const HYDRATE = /[\\/]internal[\\/]hydrate-support\.js$/;
// Shared code that one element alone uses stays in that element's file.
const ONE_ELEMENT_ONLY = /[\\/]internal[\\/]consent-storage\.js$/;

// The packages bundled into the drop-in build, whose licences go with it (Rolldown's output keeps
// no comments: the licences are written once, in a file of their own, rather than in every file).
const BUNDLED_PACKAGES = [
  'lit',
  'lit-html',
  'lit-element',
  '@lit/reactive-element',
  '@lit/localize',
  '@lit-labs/ssr-client',
];

/** The Subresource Integrity value of a file's bytes (SHA-384, as browsers and CDNs use). */
export function integrity(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** Builds dist/cdn/ from dist/; returns the manifest it wrote. */
export async function buildCdn({ out = join(dist, 'cdn') } = {}) {
  const elements = readdirSync(join(dist, 'components'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(dist, 'components', d.name, `wsis-${d.name}.js`));
  const bundle = await rolldown({
    input: {
      [basename(ENTRY, '.js')]: join(dist, 'autoloader.js'),
      ...Object.fromEntries(elements.map((file) => [basename(file, '.js'), file])),
    },
    cwd: root,
    platform: 'browser',
    // The production build of Lit ("default"), never its "development" one.
    resolve: { conditionNames: ['browser', 'import', 'default'] },
    // The package's "sideEffects" would let the bundler drop an element module's registration.
    treeshake: { moduleSideEffects: true },
    // An element another one imports (the header's logos and language switcher) stays one file,
    // and the shared code may go into the autoloader's file.
    preserveEntrySignatures: 'allow-extension',
    logLevel: 'warn',
  });
  const { output } = await bundle.generate({
    format: 'es',
    minify: true,
    comments: false,
    entryFileNames: (chunk) => (`${chunk.name}.js` === ENTRY ? ENTRY : '[name]-[hash].js'),
    chunkFileNames: '[name]-[hash].js',
    codeSplitting: {
      groups: [
        {
          // The name of the autoloader's entry: the group goes into its file.
          name: basename(ENTRY, '.js'),
          // What an entry (the autoloader or an element) imports statically, but the elements
          // themselves (each an entry) and what one element alone uses. Not what only a dynamic
          // import reaches: the localize runtime, the locales, the hydration support.
          tags: ['$initial'],
          test: (id) => !COMPONENT.test(id) && !ONE_ELEMENT_ONLY.test(id),
        },
      ],
    },
  });
  await bundle.close();

  const chunks = output.filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const entry = byName.get(ENTRY);
  const needs = (chunk, seen = new Set()) => {
    if (!chunk || seen.has(chunk.fileName)) return seen;
    seen.add(chunk.fileName);
    for (const file of chunk.imports) needs(byName.get(file), seen);
    return seen;
  };
  const facade = (test) => chunks.find((c) => c.facadeModuleId && test.test(c.facadeModuleId));
  // What a page fetches for each part, besides the autoloader's file.
  const files = (...parts) => {
    const set = new Set();
    for (const part of parts) for (const file of needs(part)) if (file !== ENTRY) set.add(`./${file}`);
    return [...set];
  };
  const map = {
    elements: Object.fromEntries(
      chunks
        .filter((c) => c.isEntry && c !== entry)
        .map((c) => [ELEMENT.exec(c.facadeModuleId)[1], files(c)])
        .sort(([a], [b]) => a.localeCompare(b)),
    ),
    locales: Object.fromEntries(
      chunks
        .filter((c) => c.facadeModuleId && LOCALE_MODULE.test(c.facadeModuleId))
        .map((c) => [LOCALE_MODULE.exec(c.facadeModuleId)[1], files(facade(LOCALE_RUNTIME), c)])
        .sort(([a], [b]) => a.localeCompare(b)),
    ),
    hydrate: files(facade(HYDRATE)),
  };

  // What the design relies on, checked here rather than found out in a browser.
  const problems = [];
  if (entry.code.split(FILES_PLACEHOLDER).length !== 2)
    problems.push(`${ENTRY} does not hold ${FILES_PLACEHOLDER} once`);
  if (entry.imports.length) problems.push(`${ENTRY} imports ${entry.imports.join(', ')}`);
  const others = chunks.filter((c) => c !== entry && !c.isEntry && !c.isDynamicEntry);
  if (others.length) problems.push(`shared chunks besides ${ENTRY}: ${others.map((c) => c.fileName)}`);
  if (Object.keys(map.elements).length !== elements.length)
    problems.push('an element has no file of its own');
  for (const [tag, list] of Object.entries(map.elements))
    if (!list[0]?.startsWith(`./${tag}-`)) problems.push(`${tag}'s first file is ${list[0]}`);
  if (!map.hydrate.length) problems.push('the hydration support has no file');
  for (const c of chunks)
    if (/\bimport\s*\(?\s*["'`](?![./])/.test(c.code)) problems.push(`${c.fileName} has a bare import`);
  if (problems.length) throw new Error(`cdn build: ${problems.join('; ')}`);

  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const written = new Map();
  const write = (name, bytes) => {
    writeFileSync(join(out, name), bytes);
    written.set(name, Buffer.from(bytes));
  };
  for (const chunk of chunks)
    write(
      chunk.fileName,
      chunk === entry ? chunk.code.replace(FILES_PLACEHOLDER, JSON.stringify(map)) : chunk.code,
    );
  write('theme.css', readFileSync(join(dist, 'theme.css')));
  write('THIRD-PARTY-LICENSES.txt', licences());

  const manifest = {
    entry: ENTRY,
    stylesheet: 'theme.css',
    ...map,
    files: Object.fromEntries(
      [...written]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, bytes]) => [name, { integrity: integrity(bytes), bytes: bytes.length }]),
    ),
  };
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** The licence of every package bundled into the drop-in build, each under its name and version. */
function licences() {
  return BUNDLED_PACKAGES.map((name) => {
    const dir = join(root, 'node_modules', name);
    const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const text = readFileSync(
      join(
        dir,
        readdirSync(dir).find((f) => /^licen[cs]e/i.test(f)),
      ),
      'utf8',
    );
    return `${name} ${version} (${license})\n\n${text.trim()}\n`;
  }).join(`\n${'-'.repeat(72)}\n\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = await buildCdn();
  console.log(`dist/cdn/ built: ${Object.keys(manifest.files).length} files`);
}
