// Shows the translation gate failing on each case it exists for, on a scratch copy of the project.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  appendFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { checkProject, checkLocale, parseXliff } from './i18n-check.mjs';

const root = resolve(import.meta.dirname, '..');
const ID = 'skip-link.label';
let dir;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'wsis-i18n-'));
  for (const f of ['lit-localize.json', 'tsconfig.json', 'tsconfig.build.json', 'package.json'])
    cpSync(join(root, f), join(dir, f));
  for (const d of ['src', 'locales', 'scripts']) cpSync(join(root, d), join(dir, d), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the check with one locale file edited, then puts the file back. */
async function withEdit(locale, edit) {
  const file = join(dir, 'locales', `${locale}.xlf`);
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, edit(original));
  try {
    return await checkProject(dir);
  } finally {
    writeFileSync(file, original);
  }
}

test('passes on the project as committed', async () => {
  assert.deepEqual(await checkProject(dir), []);
});

test('fails, naming locale and id, when a translation is removed', async () => {
  const errors = await withEdit('fr', (x) => x.replace(/\s*<target>[^<]*<\/target>/, ''));
  assert.ok(
    errors.some((e) => e.startsWith('fr:') && e.includes(`"${ID}"`) && e.includes('no translation')),
    errors.join('\n'),
  );
});

test('fails when a whole unit is removed from a locale', async () => {
  const errors = await withEdit('ar', (x) =>
    x.replace(new RegExp(`<trans-unit id="${ID}">[\\s\\S]*?</trans-unit>`), ''),
  );
  assert.ok(
    errors.some((e) => e.startsWith('ar:') && e.includes(`"${ID}"`) && e.includes('missing')),
    errors.join('\n'),
  );
  assert.ok(
    errors.some((e) => e.startsWith('ar:') && e.includes('extraction would change')),
    errors.join('\n'),
  );
});

test('fails on an empty translation', async () => {
  const errors = await withEdit('es', (x) => x.replace(/<target>[^<]*<\/target>/, '<target>  </target>'));
  assert.ok(
    errors.some((e) => e.startsWith('es:') && e.includes(`"${ID}"`) && e.includes('empty')),
    errors.join('\n'),
  );
});

test('fails when a translation is the English text unchanged', async () => {
  const errors = await withEdit('ru', (x) =>
    x.replace(/<target>[^<]*<\/target>/, '<target>Skip to main content</target>'),
  );
  assert.ok(
    errors.some((e) => e.startsWith('ru:') && e.includes(`"${ID}"`) && e.includes('English text unchanged')),
    errors.join('\n'),
  );
});

test('the allow-list lets a true cognate through, and only with a reason', () => {
  const source = parseXliff('<trans-unit id="a"><source>Internet</source></trans-unit>');
  const units = parseXliff(
    '<trans-unit id="a"><source>Internet</source><target>Internet</target></trans-unit>',
  );
  assert.equal(checkLocale('fr', units, source).length, 1);
  assert.deepEqual(checkLocale('fr', units, source, { 'fr:a': 'the same word in French' }), []);
});

test('fails when extraction would change locales/ (a new message not extracted)', async () => {
  const file = join(dir, 'src/components/skip-link/wsis-skip-link.ts');
  const original = readFileSync(file, 'utf8');
  appendFileSync(file, `\nexport const probe = () => msg('A new string', { id: 'probe.new' });\n`);
  try {
    const errors = await checkProject(dir);
    assert.ok(
      errors.some((e) => e.includes('extraction would change') && e.includes('"probe.new"')),
      errors.join('\n'),
    );
    assert.ok(
      errors.some((e) => e.startsWith('zh-Hans:') && e.includes('"probe.new"') && e.includes('missing')),
      errors.join('\n'),
    );
  } finally {
    writeFileSync(file, original);
  }
});

test('a message with no words outside its placeholders may stay as it is', () => {
  const xml =
    '<trans-unit id="c"><source>© <x id="0" equiv-text="${y}"/></source><target>© <x id="0" equiv-text="${y}"/></target></trans-unit>';
  assert.deepEqual(checkLocale('fr', parseXliff(xml), parseXliff(xml)), []);
});

test('an allow-list entry without a reason is an error', async () => {
  const errors = await checkProject(dir, { allowed: { 'fr:x': '' } });
  assert.ok(
    errors.some((e) => e.includes('"fr:x" has no reason')),
    errors.join('\n'),
  );
});
