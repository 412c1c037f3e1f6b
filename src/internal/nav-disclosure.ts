/**
 * The few rules of the disclosure pattern (WAI-ARIA APG) that navigation elements share: when does
 * focus or a click count as leaving an open panel.
 */

/**
 * `true` when focus moved from inside `container` to somewhere outside it. A window blur (no
 * `relatedTarget`) does not count: the reader switching apps should find the panel as they left it.
 */
export function focusLeft(event: FocusEvent, container: Element): boolean {
  const next = event.relatedTarget;
  return next instanceof Node && !container.contains(next);
}

/** `true` when a pointer event happened outside `host` (shadow DOM included). */
export function clickedOutside(event: Event, host: Element): boolean {
  return !event.composedPath().includes(host);
}

/** `true` for an Escape key press that nothing handled yet. */
export function isEscape(event: KeyboardEvent): boolean {
  return event.key === 'Escape' && !event.defaultPrevented;
}
