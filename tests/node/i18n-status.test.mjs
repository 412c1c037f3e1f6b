// i18n:status on a scratch copy of locales/: counts, "changed in English since translated", and a
// report that never writes the record.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { record, status } from '../../scripts/i18n/status.mjs';

const root = resolve(import.meta.dirname, '../..');
let dir;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'wsis-i18n-status-'));
  cpSync(join(root, 'lit-localize.json'), join(dir, 'lit-localize.json'));
  cpSync(join(root, 'locales'), join(dir, 'locales'), { recursive: true });
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('as committed: every language fully translated, nothing changed since', () => {
  for (const [locale, s] of Object.entries(status(dir))) {
    assert.deepEqual([s.missing, s.changed], [[], []], locale);
    assert.equal(s.translated, s.total, locale);
  }
});

test('an English text changed after translation is reported, until the translator records it', () => {
  const file = join(dir, 'locales/fr.xlf');
  const original = readFileSync(file, 'utf8');
  const recordFile = join(dir, 'locales/translated-from.json');
  const recorded = readFileSync(recordFile, 'utf8');
  writeFileSync(
    file,
    original.replace('<source>Skip to main content</source>', '<source>Skip to the content</source>'),
  );
  try {
    const fr = status(dir).fr;
    assert.deepEqual(fr.changed, ['skip-link.label']);
    assert.equal(fr.translated, fr.total - 1);
    assert.deepEqual(status(dir).es.changed, []);
    // Reporting never rewrites the record (CI runs it).
    assert.equal(readFileSync(recordFile, 'utf8'), recorded);
    record(dir, 'fr', ['skip-link.label']);
    assert.deepEqual(status(dir).fr.changed, []);
  } finally {
    writeFileSync(file, original);
    writeFileSync(recordFile, recorded);
  }
});

test('a message without a translation is missing', () => {
  const file = join(dir, 'locales/ru.xlf');
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, original.replace(/\s*<target>Меню<\/target>/, ''));
  try {
    assert.deepEqual(status(dir).ru.missing, ['nav.menu']);
  } finally {
    writeFileSync(file, original);
  }
});
