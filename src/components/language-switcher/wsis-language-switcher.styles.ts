/** Styles of `<wsis-language-switcher>`: a wrapping row of endonyms, a disclosure on narrow screens. */
import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    position: relative;
    max-inline-size: 100%;
    font-family: var(--_font);
    color: var(--wsis-language-switcher-color, var(--_text));
    line-height: 1.4;
  }
  a,
  button.language,
  .unavailable {
    display: inline-block;
    padding-block: 0.25rem;
    /* The current language is marked by weight and a bar, never by colour alone. */
    border-block-end: 3px solid transparent;
    font: inherit;
    color: var(--_link);
  }
  a {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  button.language {
    margin: 0;
    padding-inline: 0;
    background: none;
    border-inline: 0;
    border-block-start: 0;
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .unavailable {
    color: inherit;
  }
  /* Written with the elements it marks, so that it outweighs the rules above: button.language is
     more specific than [aria-current] alone, and kept the in-page button's underline and weight. */
  :is(a, button.language, .unavailable)[aria-current='true'] {
    font-weight: 700;
    color: var(--_text);
    text-decoration: none;
    border-block-end-color: currentColor;
  }
  /* The site's own links, when given as direct children (a list of them is styled by the site). */
  slot {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
  }
  ::slotted(a) {
    display: inline-block;
    padding-block: 0.25rem;
    border-block-end: 3px solid transparent;
  }
  ::slotted(a[aria-current='true']) {
    font-weight: 700;
    text-decoration: none;
    border-block-end-color: currentColor;
  }

  .toggle {
    display: none;
    align-items: center;
    gap: 0.4rem;
    min-block-size: 2.75rem;
    padding: 0.25rem 0.6rem;
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  /* Never wider than the screen: a long label (a longer language, WCAG 1.4.12 text spacing at
     320 px) wraps inside the button instead of pushing it past the edge. */
  .toggle {
    max-inline-size: 100%;
    text-align: start;
  }
  .toggle span {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .toggle svg {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  .toggle .chevron {
    inline-size: 0.9em;
    block-size: 0.9em;
  }
  .toggle[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  @media (prefers-reduced-motion: no-preference) {
    .toggle .chevron {
      transition: transform 0.15s ease-out;
    }
  }
  .toggle .label {
    font-weight: 400;
  }
  .toggle .current {
    font-weight: 700;
  }

  /* The compact form: forced with the attribute, automatic on narrow screens. */
  :host([compact]) .toggle {
    display: inline-flex;
  }
  :host([compact]) .panel {
    display: none;
  }
  :host([compact]) .panel.open {
    display: block;
  }
  @media (max-width: 40em) {
    .toggle {
      display: inline-flex;
    }
    .panel {
      display: none;
    }
    .panel.open {
      display: block;
    }
  }
  .panel.open {
    position: absolute;
    inset-block-start: 100%;
    inset-inline-start: 0;
    z-index: 10;
    min-inline-size: 11rem;
    margin-block-start: 0.25rem;
    padding: 0.5rem 0.75rem;
    background: var(--_surface);
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    box-shadow: 0 0.25rem 0.75rem var(--_shadow);
  }
  .panel.open.align-end {
    inset-inline-start: auto;
    inset-inline-end: 0;
  }
  .panel.open ul,
  .panel.open slot {
    flex-direction: column;
    gap: 0.25rem;
  }
  .panel.open a,
  .panel.open button.language {
    display: block;
    /* Every name lines up with the page's direction, whatever its own. */
    text-align: match-parent;
    padding-block: 0.5rem;
  }
  /* Without JavaScript the toggle cannot open: the list shows at any width, compact or not. */
  @media (scripting: none) {
    .toggle,
    :host([compact]) .toggle {
      display: none;
    }
    .panel,
    :host([compact]) .panel {
      display: block;
    }
  }
  @media (forced-colors: active) {
    a,
    button.language {
      color: LinkText;
    }
    /* Forced colours paint transparent borders too: keep the bar for the current language only. */
    a,
    button.language,
    .unavailable,
    ::slotted(a) {
      border-block-end-color: Canvas;
    }
    :is(a, button.language, .unavailable)[aria-current='true'],
    ::slotted(a[aria-current='true']) {
      color: CanvasText;
      border-block-end-color: CanvasText;
    }
    .toggle,
    .panel.open {
      border-color: CanvasText;
    }
  }
`;
