/** Where focus really is, for tests of elements whose focusable parts live in shadow roots. */

/**
 * The element that has focus: `document.activeElement` (or `root`'s) followed down through every
 * open shadow root to the innermost focused element. `null` when nothing has focus.
 */
export function deepActiveElement(root: DocumentOrShadowRoot = document): Element | null {
  let el = root.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}
