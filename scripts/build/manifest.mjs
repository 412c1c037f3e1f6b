// Generates custom-elements.json from the components' JSDoc, or with --check fails when the
// committed file is stale (the analyzer runs into a scratch folder; the project is not touched).
// The analyzer also rewrites package.json's "customElements" to point into its --outdir unless its
// config says `packagejson: false`; once that put a scratch path into the package. So this script
// keeps package.json's bytes and puts them back (and fails) if the analyzer changed them anyway.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';

const check = process.argv.includes('--check');
mkdirSync('.tmp', { recursive: true });
const out = mkdtempSync(join('.tmp', 'cem-'));
const packageJson = readFileSync('package.json');

/** Says what went wrong and sets the exit code (the scratch folder is still removed). */
function fail(message) {
  console.error(message);
  process.exitCode = 1;
}

try {
  const run = spawnSync(
    process.execPath,
    [
      'node_modules/@custom-elements-manifest/analyzer/cem.js',
      'analyze',
      '--config',
      'custom-elements-manifest.config.mjs',
      '--outdir',
      out,
      '--quiet',
    ],
    { encoding: 'utf8' },
  );
  if (!readFileSync('package.json').equals(packageJson)) {
    writeFileSync('package.json', packageJson);
    fail(
      'The manifest analyzer rewrote package.json (now restored): keep `packagejson: false` in custom-elements-manifest.config.mjs.',
    );
  } else if (run.status !== 0) {
    fail(run.stderr || run.stdout);
  } else {
    const options = { ...(await prettier.resolveConfig('custom-elements.json')), parser: 'json' };
    // The analyzer lists modules in the order its file search returns them, which varies from run
    // to run: sort them by path so that the same code always gives the same file.
    const manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
    manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    const fresh = await prettier.format(JSON.stringify(manifest), options);
    if (!check) {
      writeFileSync('custom-elements.json', fresh);
      console.log('custom-elements.json written.');
    } else if (readFileSync('custom-elements.json', 'utf8') !== fresh) {
      fail('custom-elements.json is stale: run "npm run analyze" and commit it.');
    } else {
      console.log('custom-elements.json is up to date.');
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
