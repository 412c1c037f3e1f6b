// Follows CONTRIBUTING.md's recipe "Add a language" in a scratch copy of the project, as a new
// contributor would, with Portuguese: each step as written there, then the gate and the build pass.
// The gate must fail while a step is left out.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { checkProject } from '../../scripts/i18n/check.mjs';
import { status } from '../../scripts/i18n/status.mjs';

const root = resolve(import.meta.dirname, '../..');
let dir;
const run = (bin, ...args) => {
  const r = spawnSync(process.execPath, [join(dir, 'node_modules', bin), ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, `${bin} ${args.join(' ')}\n${r.stdout}\n${r.stderr}`);
  return r;
};

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'wsis-add-language-'));
  for (const f of [
    'lit-localize.json',
    'tsconfig.json',
    'tsconfig.build.json',
    'package.json',
    'CONTRIBUTING.md',
  ])
    cpSync(join(root, f), join(dir, f));
  for (const d of ['src', 'locales', 'scripts']) cpSync(join(root, d), join(dir, d), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('the recipe "Add a language" adds Portuguese; the gate fails at each missing step, then passes', async () => {
  const guide = readFileSync(join(dir, 'CONTRIBUTING.md'), 'utf8');
  const recipe = /^### Add a language\n([\s\S]*?)(?=\n#{2,3} )/m.exec(guide)?.[1] ?? '';
  // The steps this test takes are CONTRIBUTING.md's, word for word where they are commands.
  for (const step of [
    '"targetLocales"',
    'SHIPPED',
    'npm run localize:extract',
    'npm run i18n:status -- --record',
    'npm run i18n:check',
    'npm run build',
  ])
    assert.ok(recipe.includes(step), `the recipe "Add a language" mentions ${step}`);

  // 1. lit-localize.json: add the code to targetLocales.
  const configFile = join(dir, 'lit-localize.json');
  const config = JSON.parse(readFileSync(configFile, 'utf8'));
  config.targetLocales.push('pt');
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  let errors = await checkProject(dir);
  assert.ok(
    errors.some((e) => e.startsWith('pt: in lit-localize.json but not in the SHIPPED table')),
    errors.join('\n'),
  );
  assert.ok(
    errors.some((e) => e.startsWith('pt: locales/pt.xlf does not exist')),
    errors.join('\n'),
  );

  // 2. src/localization.ts: one row in SHIPPED (endonym, dir, script, loader).
  const locFile = join(dir, 'src/localization.ts');
  const loc = readFileSync(locFile, 'utf8');
  const row =
    "  pt: { endonym: 'Português', dir: 'ltr', script: 'Latn', load: () => import('./generated/locales/pt.js') },\n";
  writeFileSync(locFile, loc.replace(/(\n {2}es: \{[^\n]*\n)/, `$1${row}`));

  // 3. Extract: locales/pt.xlf appears with every English message and no translation.
  run('@lit/localize-tools/bin/lit-localize.js', 'extract');
  errors = await checkProject(dir);
  assert.ok(errors.length > 0 && errors.every((e) => e.startsWith('pt:')), errors.join('\n'));
  assert.ok(
    errors.some((e) => e.includes('"skip-link.label" has no translation')),
    errors.join('\n'),
  );

  // 4. Translate every message (here mechanically; the values stay as they are).
  const xlf = join(dir, 'locales/pt.xlf');
  writeFileSync(
    xlf,
    readFileSync(xlf, 'utf8').replace(
      /<source>([\s\S]*?)<\/source>/g,
      '<source>$1</source>\n  <target>[pt] $1</target>',
    ),
  );
  assert.deepEqual(status(dir).pt.missing, []);
  assert.equal(status(dir).pt.changed.length, status(dir).pt.total);

  // 5. Record what the translations were made from.
  const rec = spawnSync(process.execPath, ['scripts/i18n/status.mjs', '--record', 'pt'], {
    cwd: dir,
    encoding: 'utf8',
  });
  assert.equal(rec.status, 0, rec.stderr);
  assert.deepEqual(status(dir).pt.changed, []);

  // 6. The gate passes, and the package builds (locale modules, then tsc).
  assert.deepEqual(await checkProject(dir), []);
  run('@lit/localize-tools/bin/lit-localize.js', 'build');
  assert.ok(
    readFileSync(join(dir, 'src/generated/locales/pt.ts'), 'utf8').includes('[pt] Skip to main content'),
  );
  run('typescript/bin/tsc', '-p', 'tsconfig.build.json', '--noEmit');
});
