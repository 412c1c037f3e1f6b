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

/**
 * The templates for `translations`. Whether a message is plain, `str` or `html` is read from
 * `reference`, one of our own locale modules, so the kinds can never drift from the code. An `html`
 * message's text is escaped before it becomes the template's static strings: a translation can only
 * ever be text. Ids that `reference` does not have, or whose translation is not a string, are
 * returned in `unknown` and left out.
 */
export function registeredTemplates(
  translations: Readonly<Record<string, string>>,
  reference: Templates,
): { templates: Templates; unknown: string[] } {
  const templates: Record<string, Templates[string]> = {};
  const unknown: string[] = [];
  for (const [id, text] of Object.entries(translations)) {
    const kind = reference[id];
    if (kind === undefined || typeof text !== 'string') {
      unknown.push(id);
      continue;
    }
    const parts = text.split(/\{(\d+)\}/);
    const strings = parts.filter((_, i) => i % 2 === 0);
    const values = parts.filter((_, i) => i % 2 === 1).map(Number);
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
  return { templates, unknown };
}
