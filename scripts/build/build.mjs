// The package build: dist/ holds the production modules (minified, developer messages left out),
// dist/development/ the same modules as written, with every developer message, for bundlers that
// ask for the `development` export condition (the way Lit ships its dev mode), and dist/cdn/ the
// drop-in build for pages without a bundler (scripts/build/cdn.mjs). Types come from tsc.
//
// Each source file stays one module (no bundling here): the file layout, the per-element entry
// points and package.json's "exports" and "sideEffects" are those of the plain tsc build; a site's
// bundler does the bundling. Run: `node scripts/build/build.mjs` (after `lit-localize build`).
import { spawnSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import ts from 'typescript';
import { buildCdn } from './cdn.mjs';
import {
  defaultShouldMinify,
  minifyHTMLLiterals,
} from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';

const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'src');
const dist = join(root, 'dist');

/** Every TypeScript module under src/, as esbuild entry points. */
export function sourceFiles(dir = src) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

// Source modules read the flag from src/internal/dev-mode.ts (`DEV_MODE = true`, so tests, Storybook
// and the development build run with every message). For production the import is taken out and
// DEV_MODE becomes a compile-time `false` (esbuild's `define`), so `if (DEV_MODE) …` blocks and the
// helpers only they use are dropped as dead code. An imported constant would be inlined too late for
// that: esbuild inlines it when printing, after tree shaking.
const DEV_MODE_IMPORT = /^import \{ DEV_MODE \} from '(?:\.\.?\/)+(?:internal\/)?dev-mode\.js';\n/m;

// lit-localize writes `import {str} from '@lit/localize';` into each locale module. The package's
// index also re-exports lit-localize's runtime, whose module runs code when loaded, so a site's
// bundler would tie that runtime to every locale module. The built locale modules take `str` from
// src/internal/localize.ts instead, as the elements do, and the runtime stays in the module that
// localization.ts loads on the first setLocale() (src/internal/locale-runtime.ts).
const LOCALE_MODULE = /generated\/locales\/[^/]+\.ts$/;
const LOCALIZE_INDEX_IMPORT = "import {str} from '@lit/localize';";
const LOCALIZE_WRAPPER_IMPORT = "import {str} from '../../internal/localize.js';";

/**
 * esbuild plugin: minifies the HTML and CSS inside Lit's `html` and `css` templates with Lit's own
 * minifier (`@lit-labs/rollup-plugin-minify-html-literals`: html-minifier-next and Lightning CSS),
 * and, for production, turns DEV_MODE into a constant; locale modules take `str` from the wrapper.
 */
export function litTemplatesPlugin({ minifyTemplates, production }) {
  return {
    name: 'wsis-lit-templates',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        let code = await readFile(args.path, 'utf8');
        if (production && !args.path.endsWith('dev-mode.ts')) {
          const uses = /\bDEV_MODE\b/.test(code);
          if (uses && !DEV_MODE_IMPORT.test(code)) {
            throw new Error(
              `${relative(root, args.path)} uses DEV_MODE but not through the one-line import the build removes`,
            );
          }
          code = code.replace(DEV_MODE_IMPORT, '');
        }
        if (production) code = dropMessageDescriptions(code, args.path);
        if (LOCALE_MODULE.test(args.path))
          code = code.replace(LOCALIZE_INDEX_IMPORT, LOCALIZE_WRAPPER_IMPORT);
        if (minifyTemplates) {
          const result = await minifyHTMLLiterals(code, {
            fileName: args.path,
            generateSourceMap: false,
            shouldMinify: (template) => defaultShouldMinify(template) && !dynamicTagName(template),
            // White space between tags collapses to one space but is never removed: between inline
            // elements ("UN · ITU", a link and the next) a removed space is a visible change.
            // `<circle … />` keeps its slash: in an `svg` template (no `<svg>` around it for the
            // minifier to see) the slash is what closes the element; without it the shapes after it
            // nest inside it and are not drawn (the UN and WSIS marks lost their lines and dots).
            minifyOptions: { conservativeCollapse: true, keepClosingSlash: true },
          });
          if (result) code = result.code;
        }
        return { contents: code, loader: 'ts' };
      });
    },
  };
}

/**
 * A `lit/static-html` template with an expression as a tag name (`<${tag}>`): the HTML minifier
 * cannot parse it, so it is left as written (one short template).
 */
function dynamicTagName(template) {
  return template.parts.slice(0, -1).some((part) => /<\/?$/.test(part.text));
}

/**
 * `msg(…, { id, desc })` without its `desc`: the description is for translators (lit-localize
 * extract copies it into the XLIFF) and the runtime never reads it, so the production build leaves
 * it out. The property is found with TypeScript's parser, so only a `desc` written directly in the
 * options object of a call to `msg` goes, with its comma.
 */
export function dropMessageDescriptions(code, fileName) {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cuts = [];
  const visit = (node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'msg' &&
      node.arguments[1] &&
      ts.isObjectLiteralExpression(node.arguments[1])
    ) {
      const props = node.arguments[1].properties;
      props.forEach((prop, i) => {
        if (
          prop.name &&
          ts.isIdentifier(prop.name) &&
          prop.name.text === 'desc' &&
          ts.isPropertyAssignment(prop)
        ) {
          // From the end of the property before (its comma stays) to the end of this one.
          const start = i > 0 ? props[i - 1].end : prop.getStart(file);
          const end = i > 0 ? prop.end : (props[i + 1]?.getStart(file) ?? prop.end);
          cuts.push([start, end]);
        }
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) code = code.slice(0, start) + code.slice(end);
  return code;
}

/** Options shared by the package build and the benchmark's site-style bundle. */
export function esbuildOptions({ production }) {
  return {
    format: 'esm',
    target: 'es2021',
    tsconfig: join(root, 'tsconfig.json'),
    define: production ? { DEV_MODE: 'false' } : {},
    plugins: [litTemplatesPlugin({ minifyTemplates: production, production })],
    logLevel: 'warning',
  };
}

async function buildModules({ production, outdir }) {
  await esbuild.build({
    ...esbuildOptions({ production }),
    entryPoints: sourceFiles(),
    outbase: src,
    outdir,
    bundle: false,
    minify: production,
    treeShaking: true,
    // No source maps: the package ships no sources for them to point to, and dist/development/ is
    // the readable build, module for module.
    sourcemap: false,
    legalComments: 'none',
  });
}

/** A matcher for package.json's "sideEffects" globs (paths from the package root, `./dist/…`). */
export function sideEffectsMatcher(pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))) {
  const patterns = pkg.sideEffects.map(
    (glob) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`),
  );
  return (path) => patterns.some((re) => re.test(path));
}

/**
 * A module built on its own keeps `import "./report.js"` when the only code that used the import
 * was developer-only and is gone: esbuild cannot know that the target has no side effects. The
 * package says so in "sideEffects", so a site's bundler drops the import and warns about it
 * (esbuild's ignored-bare-import, once per element). Such imports are taken out here; those of
 * modules with side effects (an element's registration) stay.
 */
async function dropBareImportsOfPureModules(outdir) {
  const hasSideEffects = sideEffectsMatcher();
  for (const file of readdirSync(outdir, { recursive: true })) {
    if (!String(file).endsWith('.js')) continue;
    const path = join(outdir, String(file));
    const code = await readFile(path, 'utf8');
    const kept = code.replace(/import"(\.{1,2}\/[^"]+)";/g, (whole, spec) => {
      const target = `./${relative(root, resolve(path, '..', spec)).replaceAll('\\', '/')}`;
      return hasSideEffects(target) ? whole : '';
    });
    if (kept !== code) await writeFile(path, kept);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await rm(dist, { recursive: true, force: true });
  // Declarations only: the JavaScript comes from esbuild below.
  const tsc = spawnSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--emitDeclarationOnly'],
    { cwd: root, stdio: 'inherit' },
  );
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  await buildModules({ production: true, outdir: dist });
  await dropBareImportsOfPureModules(dist);
  await buildModules({ production: false, outdir: join(dist, 'development') });
  // The page-side stylesheet of the themes (wsis-components/theme.css), minified.
  const themeCss = await esbuild.transform(await readFile(join(src, 'styles/theme.css'), 'utf8'), {
    loader: 'css',
    minify: true,
  });
  await writeFile(join(dist, 'theme.css'), themeCss.code);
  // The drop-in build for pages without a bundler, from the production modules just written.
  await buildCdn();
  console.log('dist/ (production), dist/development/ and dist/cdn/ built');
}
