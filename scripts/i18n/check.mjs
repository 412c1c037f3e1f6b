// The translation gate: fails, naming locale and message id, when extraction would change locales/,
// when a target locale lacks a translation or has an empty one, or when a translation is the English
// text unchanged (outside the allow-list of proper names and cognates). It also fails on messages a
// translator cannot work with: a placeholder that holds two values (they cannot be reordered), a
// message without a note saying where it appears and how long it may be, and two messages joined
// into one sentence by template white space (the joiner belongs to each language), and a note that
// writes a value otherwise than its placeholder names it ({0} for ${organisation}). And it checks
// that the table of shipped languages in src/localization.ts names exactly lit-localize.json's.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { decodeXml, parseXliff } from './xliff.mjs';

const normalize = (s) => decodeXml(s).replace(/\s+/g, ' ').trim();

/** A message with no letters outside its placeholders ("© ${x}") has nothing to translate. */
const hasWords = (source) => /\p{L}/u.test(decodeXml(source).replace(/<x\b[^>]*\/>/g, ''));

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
          `translate it, or add "${locale}:${id}" with a reason to scripts/i18n/allowlist.mjs`,
      );
  }
  return errors;
}

/**
 * Checks the English messages themselves, as extracted: every placeholder holds one value (lit-localize
 * merges `${a} ${b}` into one placeholder, which no translator can reorder), and every message has a
 * note that says where it appears and gives "Length:" guidance.
 */
export function checkSourceMessages(sourceMessages) {
  const errors = [];
  for (const [id, { source, note }] of sourceMessages) {
    for (const [, equiv] of source.matchAll(/<x\b[^>]*equiv-text="([^"]*)"[^>]*\/>/g)) {
      const values = decodeXml(equiv).match(/\$\{/g)?.length ?? 0;
      if (values > 1)
        errors.push(
          `en: message "${id}" has one placeholder for ${values} values (${decodeXml(equiv)}); put text between ` +
            `them (e.g. "\${a}, \${b}") or split them, so that a translator can reorder them`,
        );
    }
    if (!note?.trim())
      errors.push(`en: message "${id}" has no description for the translator; give msg() a desc`);
    else if (!/\bLength:/.test(note))
      errors.push(`en: message "${id}": its description gives no "Length:" guidance for the translator`);
    // One notation for a message's values, in the notes, the Docs tables and the XLIFF alike: the
    // name its placeholder carries (equiv-text="${organisation}" is {organisation}).
    const names = [...source.matchAll(/equiv-text="\$\{([^}"]*)\}"/g)].map((m) => decodeXml(m[1]));
    for (const [, named] of (note ?? '').matchAll(/\{([^{}\s]+)\}/g))
      if (!names.includes(named))
        errors.push(
          `en: message "${id}": its description names {${named}}, which is none of its values; ` +
            `write each value as its placeholder names it: ${names.map((n) => `{${n}}`).join(', ') || 'it has none'}`,
        );
  }
  return errors;
}

/** Whether a TypeScript expression is a message: msg(…), a ternary of messages, or a const holding one. */
function isMessage(ts, node, scope) {
  if (ts.isParenthesizedExpression(node)) return isMessage(ts, node.expression, scope);
  if (ts.isCallExpression(node)) return ts.isIdentifier(node.expression) && node.expression.text === 'msg';
  if (ts.isConditionalExpression(node))
    return isMessage(ts, node.whenTrue, scope) && isMessage(ts, node.whenFalse, scope);
  if (ts.isIdentifier(node)) {
    const init = scope.get(node.text);
    return init !== undefined && isMessage(ts, init, scope);
  }
  return false;
}

/**
 * Finds templates in which two messages are joined by white space only (`${msg(a)} ${msg(b)}`):
 * the space is English's joiner, wrong after a Chinese full stop. Returns "file:line" findings.
 */
export async function findJoinedMessages(root, files) {
  const { default: ts } = await import(
    pathToFileURL(join(root, 'node_modules/typescript/lib/typescript.js')).href
  );
  const found = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('msg(')) continue;
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    // Block-level consts: `const label = msg(…)` used later in a template counts as a message.
    const scope = new Map();
    const collect = (node) => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer)
        scope.set(node.name.text, node.initializer);
      ts.forEachChild(node, collect);
    };
    collect(sf);
    const visit = (node) => {
      if (ts.isTemplateExpression(node)) {
        const spans = node.templateSpans;
        for (let i = 0; i + 1 < spans.length; i++) {
          const between = spans[i].literal.text;
          if (
            between.trim() === '' &&
            isMessage(ts, spans[i].expression, scope) &&
            isMessage(ts, spans[i + 1].expression, scope)
          ) {
            const { line } = sf.getLineAndCharacterOfPosition(spans[i].expression.getStart());
            found.push(`${relative(root, file)}:${line + 1}`);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

function sourceFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'generated') out.push(...sourceFiles(path));
    } else if (entry.name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/**
 * The SHIPPED table in src/localization.ts as { code: dir }, in its order, read from the source text
 * so the gate (and the story sweep) need no build. Undefined when the table is not found.
 */
export function shippedLocales(localizationSource) {
  const body = /export const SHIPPED\b[^=]*=\s*(?:Object\.freeze\()?\{([\s\S]*?)\n\}/.exec(
    localizationSource,
  )?.[1];
  if (!body) return undefined;
  return Object.fromEntries(
    [...body.matchAll(/^\s{2}(?:'([^']+)'|([A-Za-z]+)):\s*\{[^}]*?\bdir:\s*'(ltr|rtl)'/gm)].map((m) => [
      m[1] ?? m[2],
      m[3],
    ]),
  );
}

/** The codes of the SHIPPED table (its keys, in order); undefined when the table is not found. */
export function shippedCodes(localizationSource) {
  const table = shippedLocales(localizationSource);
  return table && Object.keys(table);
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
    allowed ?? (await import(pathToFileURL(join(root, 'scripts/i18n/allowlist.mjs')).href)).identicalAllowed;
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
    // The source check extracts once more into an empty folder: into an existing file, lit-localize
    // keeps a message's old note when its desc is gone.
    const fresh = join(scratch, 'fresh');
    mkdirSync(fresh);
    const freshConfigPath = join(scratch, 'lit-localize-fresh.json');
    writeFileSync(
      freshConfigPath,
      JSON.stringify({
        ...scratchConfig,
        targetLocales: config.targetLocales.slice(0, 1),
        interchange: { ...config.interchange, xliffDir: fresh },
      }),
    );
    const freshRun = spawnSync(process.execPath, [bin, 'extract', '--config', freshConfigPath], {
      cwd: root,
      encoding: 'utf8',
    });
    if (freshRun.status !== 0)
      errors.push(`lit-localize extract failed:\n${freshRun.stderr || freshRun.stdout}`);
    else
      errors.push(
        ...checkSourceMessages(
          parseXliff(readFileSync(join(fresh, `${config.targetLocales[0]}.xlf`), 'utf8')),
        ),
      );
    for (const where of await findJoinedMessages(root, sourceFiles(join(root, 'src'))))
      errors.push(
        `${where}: two messages joined by white space in a template; make them one message, or let ` +
          `each language give the joiner (the space is wrong in Chinese)`,
      );
    const codes = shippedCodes(readFileSync(join(root, 'src/localization.ts'), 'utf8'));
    const expected = [config.sourceLocale, ...config.targetLocales];
    if (!codes) errors.push('src/localization.ts: no SHIPPED table of languages found');
    else {
      for (const c of expected.filter((c) => !codes.includes(c)))
        errors.push(
          `${c}: in lit-localize.json but not in the SHIPPED table of src/localization.ts (endonym, dir, script)`,
        );
      for (const c of codes.filter((c) => !expected.includes(c)))
        errors.push(`${c}: in the SHIPPED table of src/localization.ts but not in lit-localize.json`);
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
