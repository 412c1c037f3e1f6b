// Where each language stands: messages translated, missing, and changed in English since they were
// translated. "Changed" compares each message's English text now with the English text its
// translation was made from, recorded in locales/translated-from.json.
//
//   npm run i18n:status                       report (read-only; what CI runs)
//   npm run i18n:status -- --record fr [ids]  after translating: record that fr's translations (all,
//                                             or only the ids given) now match the current English
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseXliff } from './xliff.mjs';

const normalize = (s) =>
  s
    .replace(/<x\b[^>]*\bid="(\d+)"[^>]*\/>/g, '{$1}')
    .replace(/\s+/g, ' ')
    .trim();

/** Reads the project's locales: { locale: Map id → { source, target } }. */
function readLocales(root) {
  const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
  const xliffDir = resolve(root, config.interchange.xliffDir);
  const locales = {};
  for (const locale of config.targetLocales) {
    try {
      locales[locale] = parseXliff(readFileSync(join(xliffDir, `${locale}.xlf`), 'utf8'));
    } catch {
      locales[locale] = new Map();
    }
  }
  return { locales, recordFile: join(xliffDir, 'translated-from.json') };
}

function readRecord(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
}

/** Per locale: { translated, missing: [ids], changed: [ids], total }. */
export function status(root = process.cwd()) {
  const { locales, recordFile } = readLocales(root);
  const record = readRecord(recordFile);
  const result = {};
  for (const [locale, units] of Object.entries(locales)) {
    const missing = [];
    const changed = [];
    let translated = 0;
    for (const [id, { source, target }] of units) {
      if (target === undefined || !target.trim()) {
        missing.push(id);
        continue;
      }
      const from = record[locale]?.[id];
      if (from === undefined || from !== normalize(source)) changed.push(id);
      else translated++;
    }
    result[locale] = { total: units.size, translated, missing, changed };
  }
  return result;
}

/** Records the current English text as the source of `locale`'s translations (all, or `ids`). */
export function record(root, locale, ids = []) {
  const { locales, recordFile } = readLocales(root);
  const units = locales[locale];
  if (!units) throw new Error(`"${locale}" is not a target locale in lit-localize.json`);
  const all = readRecord(recordFile);
  const entry = { ...(all[locale] ?? {}) };
  for (const [id, { source, target }] of units) {
    if (ids.length && !ids.includes(id)) continue;
    if (target !== undefined && target.trim()) entry[id] = normalize(source);
  }
  // Only ids still in the code, sorted, so the file diffs cleanly.
  all[locale] = Object.fromEntries(
    Object.entries(entry)
      .filter(([id]) => units.has(id))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  const sorted = Object.fromEntries(Object.entries(all).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(recordFile, `${JSON.stringify(sorted, null, 2)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args[0] === '--record') {
    if (!args[1]) {
      console.error('Usage: npm run i18n:status -- --record <locale> [message ids]');
      process.exit(2);
    }
    record(process.cwd(), args[1], args.slice(2));
    console.log(`Recorded the English source of ${args[1]}'s translations in locales/translated-from.json.`);
  }
  const result = status(process.cwd());
  const rows = Object.entries(result).map(([locale, s]) => [
    locale,
    `${s.translated}/${s.total}`,
    String(s.missing.length),
    String(s.changed.length),
  ]);
  const head = ['language', 'translated', 'missing', 'changed in English since'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  for (const [locale, s] of Object.entries(result)) {
    if (s.missing.length) console.log(`${locale} missing: ${s.missing.join(', ')}`);
    if (s.changed.length)
      console.log(`${locale} changed in English since translated: ${s.changed.join(', ')}`);
  }
}
