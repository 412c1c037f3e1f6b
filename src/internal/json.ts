/**
 * JSON-object attributes (`sources='{"fr": "…"}'`, `translations='{"ar": "…"}'`): one converter
 * that never throws, and one check that every element reports a bad value with.
 */
import { preview } from './report.js';

/**
 * What a JSON-object attribute holds when its text is not a JSON object. Lit's own Object converter
 * throws on bad JSON, which would stop the whole element; this keeps the text, so the element can
 * report it with its name and attribute and go on rendering.
 */
export class MalformedJson {
  constructor(readonly text: string) {}
}

/** Converter for a property that takes a JSON object as its attribute. */
export const jsonObjectConverter = {
  fromAttribute(value: string | null): Record<string, unknown> | MalformedJson | undefined {
    if (value == null || value.trim() === '') return undefined;
    try {
      const parsed: unknown = JSON.parse(value);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        return parsed as Record<string, unknown>;
      }
    } catch {
      // not JSON: kept as text, reported by the element
    }
    return new MalformedJson(value);
  },
  toAttribute(value: unknown): string {
    return value instanceof MalformedJson ? value.text : JSON.stringify(value);
  },
};

/**
 * The property's value as a plain object of strings: `{}` when it is missing. Anything else — text
 * that was not a JSON object, an array, a number — gives `{}` after one call of `onBad` with the
 * value as written, so the element reports it in its own words.
 */
export function checkJsonObject(value: unknown, onBad: (shown: string) => void): Record<string, unknown> {
  if (value == null) return {};
  if (value instanceof MalformedJson) {
    onBad(value.text);
    return {};
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    onBad(preview(value, 200));
    return {};
  }
  return value as Record<string, unknown>;
}
