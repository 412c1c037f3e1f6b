/**
 * Reading JSON-object attributes (`sources='{"fr": "…"}'`) without throwing: Lit's own Object
 * converter throws on bad JSON, which would stop the whole element.
 */

/**
 * The attribute's value as a plain object; `undefined` when it is missing or empty; `null` when it
 * is not a JSON object, so that the element can report it in its own words and keep rendering.
 */
export function parseJsonObject(value: string | null): Record<string, unknown> | undefined | null {
  if (value == null || value.trim() === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
  } catch {
    // not JSON: reported by the caller, with the value
  }
  return null;
}
