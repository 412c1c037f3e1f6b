// A site's project with the package installed as a site installs it: the tarball `npm pack` writes
// of the package build in dist/ (npm test builds it first), installed into an empty folder with the
// other packages the project needs, from npm's cache when it has them (the machines are offline).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../../..');
export const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** `name@version` as package.json's devDependencies pin it, so the app uses what the repository tests with. */
export const pinned = (name) => `${name}@${pkg.devDependencies[name]}`;

/** A test's `skip` where the repository's history is needed: why, outside a git checkout; else false. */
export const notAGitCheckout = !existsSync(join(root, '.git')) && 'not a git checkout';

/** A shallow clone of the repository's last commit at `dest`, which must not exist yet. */
export function cloneRepository(dest) {
  run('git', ['clone', '--quiet', '--depth', '1', `file://${root}`, dest], dirname(dest));
  return dest;
}

/** Runs a command; fails the test with its output when it fails. */
export function run(cmd, args, cwd, options = {}) {
  const result = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    shell: process.platform === 'win32',
    ...options,
  });
  assert.equal(
    result.status,
    0,
    `${cmd} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`,
  );
  return result;
}

/** An empty project in `dir` with `specs` installed, from the cache when possible. */
export function install(dir, specs) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  return run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...specs], dir);
}

/**
 * A scratch folder under .tmp/ holding the packed tarball and `app/`, a project with the tarball
 * and `specs` installed. `cleanup()` removes it.
 */
export function packedApp(name, specs = []) {
  assert.ok(
    existsSync(join(root, 'dist', 'index.js')),
    'dist/ is missing: run `npm run build` before this test (npm test builds it first).',
  );
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const work = mkdtempSync(join(root, '.tmp', `${name}-`));
  // Scripts off: prepack would build dist/ again while other test files read it (what it builds is
  // what the package build step built).
  const packed = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root);
  const tarball = join(work, JSON.parse(packed.stdout.slice(packed.stdout.indexOf('[')))[0].filename);
  const app = join(work, 'app');
  install(app, [tarball, ...specs]);
  return { work, app, tarball, cleanup: () => rmSync(work, { recursive: true, force: true }) };
}
