// The package.json that goes into the tarball carries no script that npm runs when a site installs
// it. `prepare` (the build) must stay in the repository: npm runs it when a site installs from a git
// URL, which is how such an install gets a dist/. But npm 11 lists any `prepare` of a tarball as an
// install script "not yet covered by allowScripts" on every install, although it never runs it
// there, and a reviewer reading that stops. So `npm pack` (and `npm publish`) build first, then
// take these scripts out of package.json for the time the tarball is written, and put the file back
// byte for byte afterwards:
//   prepack:  node scripts/build/pack.mjs --prepack    (after `npm run build`)
//   postpack: node scripts/build/pack.mjs --postpack
// (pinst does this for `postinstall` only; clean-pkg-json strips every script and never restores.)
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The lifecycle scripts npm runs, or lists, when a package is installed. */
export const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepare'];

/** `pkg` as the tarball carries it: without the install-time lifecycle scripts. */
export function packedManifest(pkg) {
  const scripts = Object.fromEntries(
    Object.entries(pkg.scripts ?? {}).filter(([name]) => !INSTALL_SCRIPTS.includes(name)),
  );
  return { ...pkg, scripts };
}

const root = resolve(import.meta.dirname, '../..');
const file = join(root, 'package.json');
const saved = join(root, '.tmp', 'package.json.before-pack');

if (process.argv.includes('--prepack')) {
  // A pack that failed before its postpack left the stripped file (no `prepare`) and the original
  // saved: that one is the original then.
  const current = readFileSync(file);
  const stripped = !JSON.parse(current.toString('utf8')).scripts?.prepare;
  const original = stripped && existsSync(saved) ? readFileSync(saved) : current;
  mkdirSync(join(root, '.tmp'), { recursive: true });
  writeFileSync(saved, original);
  const packed = packedManifest(JSON.parse(original.toString('utf8')));
  writeFileSync(file, `${JSON.stringify(packed, null, 2)}\n`);
} else if (process.argv.includes('--postpack')) {
  if (existsSync(saved)) {
    writeFileSync(file, readFileSync(saved));
    rmSync(saved);
  }
}
