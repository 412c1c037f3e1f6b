// The one reader of the project's XLIFF 1.2 files (locales/*.xlf), for every translation tool: the
// gate, the status, the pseudo-locales and the Docs pages' strings.
//
// The files are written by `lit-localize extract` in one fixed shape, and the tools need each
// message as the XML it is written in (`<x id="0" equiv-text="${name}"/>` placeholders and all):
// locales/translated-from.json records the English as written, so a parser that re-serialised it
// would mark every translation as changed. Hence a small reader of that shape, not a DOM.

/** The text of XML character data: the five predefined entities decoded. */
export function decodeXml(s) {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * Reads an XLIFF file into a Map of id → { source, target, note }: source and target as written
 * (XML, placeholders included; target undefined when the unit has none), note as text.
 */
export function parseXliff(text) {
  const units = new Map();
  for (const [, id, body] of text.matchAll(/<trans-unit\s+id="([^"]*)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1];
    const note = /<note(?:\s[^>]*)?>([\s\S]*?)<\/note>/.exec(body)?.[1];
    const targetMatch = /<target(?:\s[^>]*)?>([\s\S]*?)<\/target>|<target(?:\s[^>]*)?\/>/.exec(body);
    units.set(decodeXml(id), {
      source: source ?? '',
      target: targetMatch ? (targetMatch[1] ?? '') : undefined,
      note: note === undefined ? undefined : decodeXml(note),
    });
  }
  return units;
}

/**
 * A message as text and values, alternating: `© <x id="0" …/>, <x id="1" …/>.` gives
 * `['© ', '0', ', ', '1', '.']` (even items text, odd items the placeholders' ids).
 */
export function messagePieces(xml) {
  return decodeXml(xml.replace(/<x\b[^>]*\bid="(\d+)"[^>]*\/>/g, '\u0000$1\u0000')).split('\u0000');
}

/** A message as a reader sees it, each value as `{name}` from its placeholder's `equiv-text`. */
export function messageText(xml) {
  return decodeXml(
    xml.replace(/<x\b[^>]*\/>/g, (x) => `{${/equiv-text="\$\{([^}"]*)\}"/.exec(x)?.[1] ?? '…'}}`),
  );
}
