// The data the element Docs pages render beside their prose, each part from its one source, served to
// Storybook as `virtual:wsis-docs-data` (scripts/docs/storybook-data.mjs):
//   html     the minimal HTML a site writes (stories/docs/html/<tag>.html, also shown as written)
//   ssr      that HTML rendered by the library's own server rendering (`renderInLocale`, then
//            `shareStyles` so that the shadow roots link their styles instead of repeating them)
//   strings  the element's messages in every language, from the XLIFF (a message belongs to the
//            element whose folder starts its id: `footer.top` → <wsis-footer>)
//   badInput the rows of the "Bad input" table (stories/guides/bad-input.md) that name the element or its attributes;
//            rows naming no element hold for every element
// The server rendering reads the built package (dist/, `npm run build`).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { messageText, parseXliff } from '../i18n/xliff.mjs';

const root = new URL('../..', import.meta.url).pathname;
const HTML_DIR = join(root, 'stories/docs/html');
const BAD_INPUT_GUIDE = 'stories/guides/bad-input.md';
// When the server rendering is made: the day Storybook is built, which its Docs pages say (the
// footer's year defaults to the current one, so the rendering is of that day).
const renderedOn = () => new Date().toISOString().slice(0, 10);

/** The element declarations of the manifest, by tag. */
function elements() {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
}

export { messageText };

/** Message id prefixes of the library's messages that no element renders. */
export const NOT_AN_ELEMENT = new Set(['includes']);

/** Every element's messages: id, the translator's note, and the text in each locale. */
export function strings(tags, localeCodes) {
  const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
  const byLocale = Object.fromEntries(
    config.targetLocales.map((code) => [
      code,
      parseXliff(readFileSync(join(root, config.interchange.xliffDir, `${code}.xlf`), 'utf8')),
    ]),
  );
  const source = byLocale[config.targetLocales[0]];
  const out = Object.fromEntries(tags.map((t) => [t, []]));
  for (const [id, unit] of source) {
    const prefix = id.split('.')[0];
    // The includes command's own messages (src/includes.ts) belong to no element's page.
    if (NOT_AN_ELEMENT.has(prefix)) continue;
    const tag = `wsis-${prefix}`;
    if (!out[tag])
      throw new Error(`message ${id} names no element (its id must start with an element's folder)`);
    const text = { [config.sourceLocale]: messageText(unit.source) };
    for (const code of config.targetLocales) text[code] = messageText(byLocale[code].get(id)?.target ?? '');
    out[tag].push({
      id,
      note: unit.note?.replace(/\s+/g, ' ').trim() ?? '',
      text: Object.fromEntries(localeCodes.map((c) => [c, text[c]])),
    });
  }
  return out;
}

/** The "Bad input" table of the guide: each row as cells of Markdown, its header left out. */
function badInputTable() {
  const guide = readFileSync(join(root, BAD_INPUT_GUIDE), 'utf8');
  const section = /^## Bad input\n([\s\S]*?)(?=\n#{1,3} |$(?![\s\S]))/m.exec(guide)?.[1];
  if (!section) throw new Error(`${BAD_INPUT_GUIDE} has no "## Bad input" section`);
  const rows = section
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .map((l) =>
      l
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim().replace(/\\\|/g, '|')),
    );
  return rows.filter((r) => !r.every((c) => /^-+$/.test(c))).slice(1);
}

/**
 * Each element's rows: those naming it (`<wsis-x>`), one of its attributes (`attr="…"`) or one of
 * its properties that have no attribute (`` `storage` ``) in the input. Rows naming no element (an unknown locale, a
 * locale not loaded yet) are under `*`.
 */
export function badInput(decls) {
  const rows = badInputTable().map(([input, result]) => ({ input, result }));
  const names = (row, d) =>
    `${row.input} ${row.result}`.includes(`<${d.tagName}>`) ||
    (d.attributes ?? []).some((a) => new RegExp(`[\\s\`(]${a.name}="`).test(row.input)) ||
    // A property-only member (no attribute), written as code: `storage`.
    (d.members ?? []).some(
      (m) => m.kind === 'field' && !m.privacy && !m.attribute && row.input.includes(`\`${m.name}\``),
    );
  const out = Object.fromEntries(decls.map((d) => [d.tagName, rows.filter((r) => names(r, d))]));
  out['*'] = rows.filter((r) => !decls.some((d) => names(r, d)));
  return out;
}

/** The snippet rendered on the server in English, its styles moved out as a site serves them. */
async function serverRender(snippets) {
  const { html, unsafeStatic } = await import('lit/static-html.js');
  const { renderInLocale, shareStyles } = await import('wsis-components/ssr.js');
  const out = {};
  for (const [tag, snippet] of Object.entries(snippets)) {
    // The snippet is this repository's own file, made a template so the elements in it render.
    const { html: rendered } = await renderInLocale('en', () => html`${unsafeStatic(snippet)}`);
    out[tag] = shareStyles(rendered, '/assets/styles/').html;
  }
  return out;
}

export async function docsData() {
  const decls = elements();
  const tags = decls.map((d) => d.tagName).sort();
  const { LOCALES } = await import('wsis-components/localization.js');
  const locales = [...LOCALES].sort((a, b) => (a.code === 'en' ? -1 : b.code === 'en' ? 1 : 0));
  const snippets = Object.fromEntries(
    readdirSync(HTML_DIR)
      .filter((f) => f.endsWith('.html'))
      .map((f) => [f.replace(/\.html$/, ''), readFileSync(join(HTML_DIR, f), 'utf8').trimEnd()]),
  );
  for (const t of tags) if (!snippets[t]) throw new Error(`no snippet: stories/docs/html/${t}.html`);
  const ssr = await serverRender(snippets);
  const str = strings(
    tags,
    locales.map((l) => l.code),
  );
  const bad = badInput(decls);
  return {
    ssrRenderedOn: renderedOn(),
    locales: locales.map(({ code, endonym, dir }) => ({ code, endonym, dir })),
    badInputEveryElement: bad['*'],
    elements: Object.fromEntries(
      tags.map((t) => [t, { html: snippets[t], ssr: ssr[t], strings: str[t], badInput: bad[t] }]),
    ),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `--stdout`: what Storybook's data plugin (scripts/docs/storybook-data.mjs) reads.
  process.stdout.write(JSON.stringify(await docsData()));
}
