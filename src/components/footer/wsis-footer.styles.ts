/** Styles of `<wsis-footer>`: the site's link groups, then one wrapping line of legal and practical links, on the page grid. */
import { css } from 'lit';

export const styles = css`
  /* The background and the rule run edge to edge; the content sits on the page grid. */
  :host {
    display: block;
    padding-block: var(--_space);
    font-family: var(--_font);
    line-height: 1.6;
    color: var(--_print-ink, var(--wsis-footer-color, var(--_text)));
    background: var(--_print-paper, var(--wsis-footer-background, var(--_surface-subtle)));
    border-block-start: 4px solid var(--_print-ink, var(--_brand));
  }
  :host(:lang(ar)) {
    font-family: var(--_font-ar);
    line-height: 1.9;
  }
  :host(:lang(zh)) {
    font-family: var(--_font-zh);
    line-height: 1.8;
  }
  .groups {
    display: var(--_print-hide, block);
  }
  /* The space after the site's link groups belongs to them: with none, the wrapper takes no room,
     on the server and in the browser alike, with no script needed to hide it. */
  ::slotted(*) {
    margin-block-end: var(--_space);
  }
  .top-item {
    display: var(--_print-hide, list-item);
  }
  .legal {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 1.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9375rem;
  }
  .legal li {
    overflow-wrap: anywhere;
  }
  a {
    /* A 24 px target at least (WCAG 2.2, 2.5.8), in a row of links that is not running text. */
    display: inline-block;
    min-block-size: 24px;
    padding-block: 0.125rem;
    color: var(--_print-ink, var(--wsis-footer-link-color, var(--_link)));
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .top::before {
    content: '↑';
    /* Decorative: the arrow is not read out where the alternative-text syntax is understood. */
    content: '↑' / '';
    margin-inline-end: 0.25em;
    text-decoration: none;
    display: inline-block;
  }
  @media (forced-colors: active) {
    :host {
      border-color: CanvasText;
    }
  }
`;
