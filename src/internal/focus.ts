/**
 * Moving focus to something that is not focusable (a banner, a heading, `<body>`), as in-page links
 * must for keyboard and screen-reader users; browsers do not do it by themselves.
 */

/**
 * Focuses `target`. An element that is not focusable gets `tabindex="-1"` for as long as it holds
 * focus; a `tabindex` the site set is kept.
 */
export function moveFocusTo(target: HTMLElement, options: FocusOptions = {}): void {
  if (!target.hasAttribute('tabindex')) {
    target.setAttribute('tabindex', '-1');
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
  }
  target.focus(options);
}
