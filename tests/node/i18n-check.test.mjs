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
import {
  checkProject,
  checkLocale,
  checkSourceMessages,
  findJoinedMessages,
  shippedCodes,
} from '../../scripts/i18n/check.mjs';
import { parseXliff } from '../../scripts/i18n/xliff.mjs';

const root = resolve(import.meta.dirname, '../..');
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

/** Runs the check with one source file edited, then puts the file back. */
async function withSource(path, edit) {
  const file = join(dir, path);
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, edit(original));
  try {
    return await checkProject(dir);
  } finally {
    writeFileSync(file, original);
  }
}

test('fails on a placeholder that holds two values (a translator cannot reorder them)', async () => {
  const errors = await withSource('src/components/footer/wsis-footer.ts', (x) =>
    x.replace(
      '© ${organisation}, ${year}. All Rights Reserved.',
      '© ${organisation} ${year}. All Rights Reserved.',
    ),
  );
  assert.ok(
    errors.some((e) => e.startsWith('en: message "footer.copyright" has one placeholder for 2 values')),
    errors.join('\n'),
  );
});

test('checkSourceMessages: one value a placeholder passes, two merged fail', () => {
  const ok = parseXliff(
    '<trans-unit id="a"><source>© <x id="0" equiv-text="${a}"/>, <x id="1" equiv-text="${b}"/></source><note>Footer. Length: short.</note></trans-unit>',
  );
  assert.deepEqual(checkSourceMessages(ok), []);
  const merged = parseXliff(
    '<trans-unit id="a"><source>© <x id="0" equiv-text="${a} ${b}"/></source><note>Footer. Length: short.</note></trans-unit>',
  );
  assert.equal(checkSourceMessages(merged).length, 1);
});

test('checkSourceMessages: a note names values as their placeholders do, {organisation}, never {0}', () => {
  const unit = (note) =>
    parseXliff(
      `<trans-unit id="footer.copyright"><source>© <x id="0" equiv-text="\${organisation}"/>, <x id="1" equiv-text="\${year}"/>.</source><note>${note} Length: short.</note></trans-unit>`,
    );
  assert.deepEqual(checkSourceMessages(unit('{organisation} is the short name, {year} the year.')), []);
  assert.deepEqual(checkSourceMessages(unit('{0} is the short name, {year} the year.')), [
    'en: message "footer.copyright": its description names {0}, which is none of its values; write each value as its placeholder names it: {organisation}, {year}',
  ]);
});

test('fails on a message without a description, and on one without length guidance', async () => {
  const errors = await withSource('src/components/skip-link/wsis-skip-link.ts', (x) =>
    x.replace(/desc: '[^']*',/, ''),
  );
  assert.ok(
    errors.some((e) => e === `en: message "${ID}" has no description for the translator; give msg() a desc`),
    errors.join('\n'),
  );
  const noLength = await withSource('src/components/skip-link/wsis-skip-link.ts', (x) =>
    x.replace(/desc: '([^']*) Length:[^']*',/, "desc: '$1',"),
  );
  assert.ok(
    noLength.some((e) => e.startsWith(`en: message "${ID}": its description gives no "Length:"`)),
    noLength.join('\n'),
  );
});

test('fails on two messages joined by template white space, directly or through a const', async () => {
  const file = 'src/components/skip-link/wsis-skip-link.ts';
  const probe = `
export const joined = () => html\`<p>\${msg('One.', { id: 'probe.a' })} \${msg('Two.', { id: 'probe.b' })}</p>\`;
export const viaConst = (ok: boolean) => {
  const first = ok ? msg('Yes.', { id: 'probe.c' }) : msg('No.', { id: 'probe.d' });
  return html\`\${first}
    \${msg('Later.', { id: 'probe.e' })}\`;
};
export const fine = () => html\`\${msg('A', { id: 'probe.f' })}: \${msg('B', { id: 'probe.g' })}\`;
`;
  const found = await findJoinedMessages(dir, [join(dir, file)]);
  assert.deepEqual(found, []);
  const copy = join(dir, 'src/internal/probe-joined.ts');
  writeFileSync(copy, `import { html } from 'lit';\nimport { msg } from '@lit/localize';\n${probe}`);
  try {
    const hits = await findJoinedMessages(dir, [copy]);
    assert.deepEqual(hits, ['src/internal/probe-joined.ts:4', 'src/internal/probe-joined.ts:7']);
    const errors = await checkProject(dir);
    assert.ok(
      errors.some((e) => e.startsWith('src/internal/probe-joined.ts:4: two messages joined by white space')),
      errors.join('\n'),
    );
  } finally {
    rmSync(copy);
  }
});

test('fails when lit-localize.json and the SHIPPED table of src/localization.ts disagree', async () => {
  const errors = await withSource('src/localization.ts', (x) => x.replace(/^ {2}ru: \{.*\n/m, ''));
  assert.ok(
    errors.some((e) => e.startsWith('ru: in lit-localize.json but not in the SHIPPED table')),
    errors.join('\n'),
  );
  assert.deepEqual(shippedCodes(readFileSync(join(root, 'src/localization.ts'), 'utf8')), [
    'ar',
    'zh-Hans',
    'en',
    'fr',
    'ru',
    'es',
  ]);
});
