// The translation gate: fails, naming locale and message id, when extraction would change locales/,
// when a target locale lacks a translation or has an empty one, or when a translation is the English
// text unchanged (outside the allow-list of proper names and cognates).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const decode = (s) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const normalize = (s) => decode(s).replace(/\s+/g, ' ').trim();

/** Reads an XLIFF 1.2 file into a Map of id → { source, target } (target undefined when absent). */
export function parseXliff(text) {
  const units = new Map();
  for (const [, id, body] of text.matchAll(/<trans-unit\s+id="([^"]*)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1];
    const targetMatch = /<target(?:\s[^>]*)?>([\s\S]*?)<\/target>|<target(?:\s[^>]*)?\/>/.exec(body);
    units.set(decode(id), {
      source: source ?? '',
      target: targetMatch ? (targetMatch[1] ?? '') : undefined,
    });
  }
  return units;
}

/** A message with no letters outside its placeholders ("© ${x}") has nothing to translate. */
const hasWords = (source) => /\p{L}/u.test(decode(source).replace(/<x\b[^>]*\/>/g, ''));

/**
 * Checks the translations of one parsed target locale against the extracted source messages.
 * Returns a list of errors, each naming the locale and the message id.
 */
export function checkLocale(locale, units, sourceMessages, allowed = {}) {
  const errors = [];
  for (const [id, { source }] of sourceMessages) {
    const unit = units.get(id);
    if (!unit) errors.push(`${locale}: message "${id}" is missing from locales/${locale}.xlf`);
    else if (unit.target === undefined) errors.push(`${locale}: message "${id}" has no translation`);
    else if (normalize(unit.target) === '')
      errors.push(`${locale}: message "${id}" has an empty translation`);
    else if (normalize(unit.target) === normalize(source) && hasWords(source) && !allowed[`${locale}:${id}`])
      errors.push(
        `${locale}: message "${id}" is the English text unchanged ("${normalize(source)}"); ` +
          `translate it, or add "${locale}:${id}" with a reason to scripts/i18n-allowlist.mjs`,
      );
  }
  return errors;
}

function describeDrift(locale, committed, extracted) {
  const added = [...extracted.keys()].filter((id) => !committed.has(id));
  const removed = [...committed.keys()].filter((id) => !extracted.has(id));
  const changed = [...extracted.keys()].filter(
    (id) => committed.has(id) && normalize(committed.get(id).source) !== normalize(extracted.get(id).source),
  );
  const parts = [];
  if (added.length) parts.push(`new in the code: ${added.map((id) => `"${id}"`).join(', ')}`);
  if (removed.length) parts.push(`gone from the code: ${removed.map((id) => `"${id}"`).join(', ')}`);
  if (changed.length) parts.push(`English text changed: ${changed.map((id) => `"${id}"`).join(', ')}`);
  return `${locale}: extraction would change locales/${locale}.xlf (${parts.join('; ') || 'formatting or notes'}); run "npm run localize:extract" and translate`;
}

/** Runs every check on the project in `root`; returns the list of errors (empty when all is well). */
export async function checkProject(root = process.cwd(), { allowed } = {}) {
  const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
  const xliffDir = resolve(root, config.interchange.xliffDir);
  const allow =
    allowed ?? (await import(pathToFileURL(join(root, 'scripts/i18n-allowlist.mjs')).href)).identicalAllowed;
  const errors = [];
  for (const [key, why] of Object.entries(allow)) {
    if (typeof why !== 'string' || !why.trim()) errors.push(`allow-list entry "${key}" has no reason`);
  }

  // Extract into a scratch copy of locales/, so that the check itself never changes the project.
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const scratch = mkdtempSync(join(root, '.tmp', 'i18n-check-'));
  try {
    const scratchXliff = join(scratch, 'locales');
    cpSync(xliffDir, scratchXliff, { recursive: true });
    const scratchConfig = {
      ...config,
      tsConfig: resolve(root, config.tsConfig),
      ...(config.inputFiles ? { inputFiles: config.inputFiles.map((f) => resolve(root, f)) } : {}),
      output: {
        ...config.output,
        outputDir: join(scratch, 'out'),
        localeCodesModule: join(scratch, 'codes.ts'),
      },
      interchange: { ...config.interchange, xliffDir: scratchXliff },
    };
    const configPath = join(scratch, 'lit-localize.json');
    writeFileSync(configPath, JSON.stringify(scratchConfig));
    const bin = join(root, 'node_modules/@lit/localize-tools/bin/lit-localize.js');
    const run = spawnSync(process.execPath, [bin, 'extract', '--config', configPath], {
      cwd: root,
      encoding: 'utf8',
    });
    if (run.status !== 0) {
      errors.push(`lit-localize extract failed:\n${run.stderr || run.stdout}`);
      return errors;
    }

    let sourceMessages;
    for (const locale of config.targetLocales) {
      const file = `${locale}.xlf`;
      const extractedText = readFileSync(join(scratchXliff, file), 'utf8');
      const extracted = parseXliff(extractedText);
      sourceMessages ??= extracted;
      let committedText = '';
      try {
        committedText = readFileSync(join(xliffDir, file), 'utf8');
      } catch {
        errors.push(`${locale}: locales/${file} does not exist`);
        continue;
      }
      const committed = parseXliff(committedText);
      if (committedText !== extractedText) errors.push(describeDrift(locale, committed, extracted));
      errors.push(...checkLocale(locale, committed, extracted, allow));
    }
    const stray = readdirSync(xliffDir).filter(
      (f) => f.endsWith('.xlf') && !config.targetLocales.includes(f.replace(/\.xlf$/, '')),
    );
    for (const f of stray) errors.push(`locales/${f} belongs to no target locale in lit-localize.json`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return errors;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const errors = await checkProject(process.cwd());
  if (errors.length) {
    console.error(`i18n:check failed with ${errors.length} problem(s):`);
    for (const e of errors) console.error(`- ${e}`);
    process.exit(1);
  }
  console.log('i18n:check: every message is extracted and translated in every locale.');
}
