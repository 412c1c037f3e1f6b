// Checks the published package against package.json: every file package.json points a consumer to
// (main, module, types, each exports target, customElements) must be in the tarball `npm pack`
// makes. Runs after the package build, so dist/ exists; it does not build anything itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Every path package.json names, as [field, path] pairs ("exports['./x.js'].types" and so on). */
function namedPaths(json) {
  const paths = [];
  for (const field of ['main', 'module', 'types', 'customElements', 'unpkg', 'jsdelivr'])
    if (json[field] !== undefined) paths.push([field, json[field]]);
  for (const [name, path] of Object.entries(json.bin ?? {}))
    paths.push([`bin[${JSON.stringify(name)}]`, path]);
  // Exports targets are strings, arrays of fallbacks, or objects of conditions, nested at will.
  const walk = (target, field) => {
    if (typeof target === 'string') paths.push([field, target]);
    else if (Array.isArray(target)) target.forEach((t, i) => walk(t, `${field}[${i}]`));
    else if (target && typeof target === 'object')
      for (const [key, value] of Object.entries(target)) walk(value, `${field}[${JSON.stringify(key)}]`);
  };
  walk(json.exports, 'exports');
  return paths;
}

/** The failures: one line per path that the tarball's file list lacks, naming field and path. */
function missingPaths(json, files) {
  const packed = new Set(files);
  return namedPaths(json)
    .filter(([, path]) => !packed.has(path.replace(/^\.\//, '')))
    .map(([field, path]) => `package.json ${field} names "${path}", which is not in the tarball`);
}

let packed;
/** The tarball's file list, from `npm pack --dry-run` (scripts off: no rebuild, no prepack). */
function packedFiles() {
  if (packed) return packed;
  assert.ok(
    existsSync(join(root, 'dist', 'index.js')),
    'dist/ is missing: run `npm run build` before this test (npm test builds it first).',
  );
  const run = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  assert.equal(run.status, 0, `npm pack --dry-run failed:\n${run.stderr}`);
  packed = JSON.parse(run.stdout)[0].files.map((f) => f.path);
  return packed;
}

test('every path package.json names is in the tarball', () => {
  const paths = namedPaths(pkg);
  assert.ok(paths.length > 5, 'package.json names its entry points');
  assert.deepEqual(missingPaths(pkg, packedFiles()), []);
});

test('the check names the field and the path when a file is missing', () => {
  // The value the manifest analyzer once wrote: a scratch folder that is never packed.
  const broken = { ...pkg, customElements: '.tmp/cem-NECoXF/custom-elements.json' };
  assert.deepEqual(missingPaths(broken, packedFiles()), [
    'package.json customElements names ".tmp/cem-NECoXF/custom-elements.json", which is not in the tarball',
  ]);
});

test("package.json's customElements is the committed custom-elements.json at the package root", () => {
  assert.equal(pkg.customElements, 'custom-elements.json');
  const tracked = spawnSync('git', ['ls-files', '--error-unmatch', 'custom-elements.json'], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(tracked.status, 0, 'custom-elements.json is not committed');
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  assert.ok(manifest.schemaVersion, 'custom-elements.json has a schemaVersion');
  assert.ok(manifest.modules.length > 0, 'custom-elements.json lists modules');
});

test('every module entry is exported with and without .js, to the same files', () => {
  const keys = Object.keys(pkg.exports).filter((k) => k !== '.' && typeof pkg.exports[k] === 'object');
  assert.ok(keys.includes('./ssr') && keys.includes('./localization.js'), 'the entries are checked');
  for (const key of keys) {
    const twin = key.endsWith('.js') ? key.slice(0, -3) : `${key}.js`;
    assert.deepEqual(pkg.exports[twin], pkg.exports[key], `${key} and ${twin}`);
  }
  // Each entry with a development build names it, the server's too (`node --conditions=development`).
  for (const key of keys.filter((k) => pkg.exports[k].default))
    assert.equal(
      pkg.exports[key].development,
      pkg.exports[key].default.replace('./dist/', './dist/development/'),
      `${key} has its development build`,
    );
});

test('the drop-in build is in the tarball: every file of dist/cdn/, its manifest among them', () => {
  const files = packedFiles();
  const cdn = readdirSync(join(root, 'dist', 'cdn')).map((f) => `dist/cdn/${f}`);
  assert.ok(cdn.includes('dist/cdn/wsis-components.js') && cdn.includes('dist/cdn/manifest.json'));
  assert.deepEqual(
    cdn.filter((f) => !files.includes(f)),
    [],
  );
  // A public npm CDN serves the autoloader for the package's bare address.
  assert.equal(pkg.unpkg, 'dist/cdn/wsis-components.js');
  assert.equal(pkg.jsdelivr, 'dist/cdn/wsis-components.js');
});

test('the includes command ships: its bin, with a shebang, and its JSON Schema', () => {
  assert.equal(pkg.bin['wsis-components'], 'dist/cli.js');
  assert.match(readFileSync(join(root, 'dist/cli.js'), 'utf8'), /^#!\/usr\/bin\/env node\n/);
  assert.ok(packedFiles().includes('includes.schema.json'));
  assert.equal(pkg.exports['./includes.schema.json'], './includes.schema.json');
});
