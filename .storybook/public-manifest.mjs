// The one rule for what a Docs page may list: the manifest Storybook receives holds each element's
// public API only. custom-elements.json keeps everything the analyzer saw (private and protected
// members included, with their `privacy`), so that other tools can tell them apart; here every item
// the rule calls internal is dropped before Storybook turns the manifest into its API tables.
// Rule-based, not a list of names, so a renamed or added internal member stays out too.

/** The lists of a declaration that become rows of a Docs page's tables. */
export const API_LISTS = ['members', 'attributes', 'events', 'slots', 'cssParts', 'cssProperties'];

/**
 * Internal when the analyzer marks it private or protected, when it says `@internal`/`@ignore`,
 * or when its name (or the field an attribute is bound to) starts with `_` or `#`: TypeScript's
 * `private` is gone once the code is minified, so `_` is the house's mark for internals there.
 */
export function isInternal(item) {
  if (item.privacy === 'private' || item.privacy === 'protected') return true;
  if (/(^|\s)@(internal|ignore)\b/.test(item.description ?? '')) return true;
  return [item.name, item.fieldName].some((n) => typeof n === 'string' && /^[_#]/.test(n));
}

/** The base element every element extends: the custom properties it declares are the shared tokens. */
export const BASE_ELEMENT = 'WsisElement';

/**
 * A custom property an element inherits from the base element: one of the shared tokens, listed once
 * on the Foundations/Tokens page, not again in each element's table.
 */
export function isSharedToken(item) {
  return item.inheritedFrom?.name === BASE_ELEMENT;
}

/**
 * A copy of `manifest` with only the public API of each declaration, named for the tables. An
 * element's custom properties are its own; the shared tokens stay on the base element's entry.
 * Storybook keys its rows by name alone, so a part or slot named like an attribute or each other
 * (the header's `navigation` part and slot, the message's `author` slot and attribute) replaced a
 * row: slots and parts are written as a site writes them, `slot="navigation"` and
 * `::part(navigation)`. The default slot, which has no name (and which Storybook dropped), is
 * "(default)".
 */
export function publicManifest(manifest) {
  return {
    ...manifest,
    modules: manifest.modules.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((decl) => {
        const out = { ...decl };
        for (const list of API_LISTS) {
          if (!decl[list]) continue;
          out[list] = decl[list]
            .filter((item) => !isInternal(item))
            .filter((item) => !(list === 'cssProperties' && decl.tagName && isSharedToken(item)))
            .map((item) => {
              if (list === 'slots') return { ...item, name: item.name ? `slot="${item.name}"` : '(default)' };
              if (list === 'cssParts') return { ...item, name: `::part(${item.name})` };
              return item;
            });
        }
        return out;
      }),
    })),
  };
}

/**
 * The names of the rows Storybook's API table shows for `decl` (an entry of `publicManifest()`):
 * its fields, attributes, events, slots, custom properties and parts, as Storybook's extractor names
 * them. The Docs pages give Storybook exactly these, so that a control a story adds for itself (an
 * arg that is no part of the element) never shows in the element's API table.
 */
export function apiRowNames(decl) {
  const names = [
    ...(decl.members ?? []).filter((m) => m.kind !== 'method').map((m) => m.name),
    ...(decl.attributes ?? []).map((a) => a.name),
    ...(decl.events ?? []).map((e) => e.name),
    ...(decl.slots ?? []).map((x) => x.name),
    ...(decl.cssProperties ?? []).map((x) => x.name),
    ...(decl.cssParts ?? []).map((x) => x.name),
  ];
  return [...new Set(names)];
}

/**
 * The public methods of `decl` (an entry of `publicManifest()`), static ones too: Storybook's table
 * leaves methods out, so the Docs pages list them in a table of their own.
 */
export function publicMethods(decl) {
  return (decl.members ?? []).filter((m) => m.kind === 'method');
}
