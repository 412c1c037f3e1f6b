// Pseudo-locales for testing, made from the English messages (the <source> of the XLIFF, which the
// translation gate keeps equal to the code). Never shipped: Storybook builds them into a virtual
// module and registers them with registerLocale(), so they appear in its locale toolbar and in the
// story sweep. They are registered `listed: false`: no language switcher a story renders offers
// them to a reader (tests/browser/pseudo-locales.test.ts).
//   en-XA  every message about 40 % longer, accented and in brackets: a hard-coded English string
//          stands out (no brackets), clipped text loses its closing bracket.
//   ar-XB  every word shown mirrored, right to left: a direction bug shows at a glance.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messagePieces, parseXliff } from './xliff.mjs';

const ACCENTED = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i],
  ]),
);
const VOWELS = /[aeiouyAEIOUY]/;
const pieces = messagePieces;
const join0 = (parts) => parts.map((p, i) => (i % 2 ? `{${p}}` : p)).join('');

/** Accents every letter and doubles vowels; pads with "·" to about 140 % of the English length. */
export function lengthen(source) {
  const parts = pieces(source);
  const textLength = parts.filter((_, i) => i % 2 === 0).join('').length;
  const out = parts.map((p, i) =>
    i % 2 ? p : [...p].map((c) => (VOWELS.test(c) ? ACCENTED[c] + ACCENTED[c] : (ACCENTED[c] ?? c))).join(''),
  );
  const grown = out.filter((_, i) => i % 2 === 0).join('').length;
  const pad = Math.max(0, Math.ceil(textLength * 1.4) - grown - 2);
  out[out.length - 1] += '·'.repeat(pad);
  return `[${join0(out)}]`;
}

/** Each word in a right-to-left override, so that it shows mirrored; values stay as they are. */
export function mirror(source) {
  const parts = pieces(source).map((p, i) => (i % 2 ? p : p.replace(/[^\s]+/g, (w) => `\u202E${w}\u202C`)));
  return join0(parts);
}

/** The two pseudo-locales, as registerLocale() takes them, from the project in `root`. */
export function pseudoLocales(root = process.cwd()) {
  const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
  const file = join(root, config.interchange.xliffDir, `${config.targetLocales[0]}.xlf`);
  const messages = [...parseXliff(readFileSync(file, 'utf8'))];
  const build = (fn) => Object.fromEntries(messages.map(([id, { source }]) => [id, fn(source)]));
  return [
    {
      code: 'en-XA',
      endonym: lengthen('Pseudo-English'),
      dir: 'ltr',
      listed: false,
      translations: build(lengthen),
    },
    { code: 'ar-XB', endonym: mirror('Pseudo-RTL'), dir: 'rtl', listed: false, translations: build(mirror) },
  ];
}

/** A Vite plugin serving them as `virtual:wsis-pseudo-locales` (built fresh, never written to disk). */
export function pseudoLocalesPlugin(root = process.cwd()) {
  const id = 'virtual:wsis-pseudo-locales';
  return {
    name: 'wsis-pseudo-locales',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) =>
      resolved === `\0${id}` ? `export default ${JSON.stringify(pseudoLocales(root))};` : undefined,
  };
}
