/**
 * Turns a site's `{0}`-style translations (`registerLocale()`) into templates as lit-localize
 * generates them. Loaded with internal/locale-runtime.ts, when a registered language is first
 * shown: most sites register none, and their pages do not carry this code.
 */
import type { LocaleModule } from '@lit/localize';
import { str } from './localize.js';
import { html } from 'lit';

type Templates = LocaleModule['templates'];

/** HTML-escapes text that goes into the static strings of a template (it must stay text). */
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One translation left out, and why, in words for the site's developer. */
export interface TranslationProblem {
  readonly id: string;
  readonly problem: string;
}

/** The values a message of `reference` takes, by index (`[0, 1]` for a copyright line, `[]` for plain text). */
function valuesOf(kind: Templates[string]): number[] {
  if (typeof kind === 'string') return [];
  return [...new Set((kind as { values?: unknown[] }).values?.map(Number) ?? [])].sort((a, b) => a - b);
}

const listed = (indexes: number[]) => indexes.map((i) => `{${i}}`).join(', ');

/**
 * What is wrong with the placeholders of `text` for a message that takes the values `expected`: one
 * that is no value of the message (it would show "undefined", or throw for a message without
 * values), or a value left out (the author's name dropped from "From {0}"). `undefined` when none.
 */
function placeholderProblem(used: number[], expected: number[]): string | undefined {
  const unknown = [...new Set(used.filter((i) => !expected.includes(i)))];
  const missing = expected.filter((i) => !used.includes(i));
  const problems = [];
  const values = expected.length ? `its values are ${listed(expected)}` : 'it takes no value';
  if (unknown.length)
    problems.push(
      `${listed(unknown)} ${unknown.length > 1 ? 'are' : 'is'} no value of this message (${values})`,
    );
  if (missing.length) problems.push(`it leaves out ${listed(missing)}`);
  return problems.length ? problems.join(', and ') : undefined;
}

/**
 * The templates for `translations`. Whether a message is plain, `str` or `html`, and which values it
 * takes, is read from `reference`, one of our own locale modules, so neither can drift from the
 * code. An `html` message's text is escaped before it becomes the template's static strings: a
 * translation can only ever be text. A translation is left out (its message shows in English), with
 * its problem in `problems`, when its id is no message of `reference` (`__proto__`, `toString` and
 * the like included), when it is not a string, or when its placeholders are not exactly the
 * message's values.
 */
export function registeredTemplates(
  translations: Readonly<Record<string, string>>,
  reference: Templates,
): { templates: Templates; unknown: string[]; problems: TranslationProblem[] } {
  const templates: Record<string, Templates[string]> = {};
  const unknown: string[] = [];
  const problems: TranslationProblem[] = [];
  for (const [id, text] of Object.entries(translations)) {
    // Own ids only: `reference.toString` is Object's, not a message.
    if (!Object.prototype.hasOwnProperty.call(reference, id)) {
      unknown.push(id);
      continue;
    }
    const kind = reference[id]!;
    if (typeof text !== 'string') {
      problems.push({ id, problem: `not text but ${typeof text}` });
      continue;
    }
    const parts = text.split(/\{(\d+)\}/);
    const strings = parts.filter((_, i) => i % 2 === 0);
    const values = parts.filter((_, i) => i % 2 === 1).map(Number);
    const problem = placeholderProblem(values, valuesOf(kind));
    if (problem) {
      problems.push({ id, problem });
      continue;
    }
    if (values.length === 0) templates[id] = text;
    else if (typeof kind === 'object' && 'strTag' in kind) {
      templates[id] = str(
        Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray,
        ...values,
      );
    } else {
      const escaped = strings.map(escapeText);
      templates[id] = html(
        Object.assign(escaped, { raw: escaped }) as unknown as TemplateStringsArray,
        ...values,
      );
    }
  }
  return { templates, unknown, problems };
}
