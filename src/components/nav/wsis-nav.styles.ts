/** Styles of `<wsis-nav>`: a wrapping bar with drop-down groups, folding behind a "Menu" button below 40em. */
import { css } from 'lit';

export const styles = css`
  :host {
    --_nav-bg: var(--wsis-nav-background, var(--_surface));
    --_nav-color: var(--wsis-nav-color, var(--_link));
    --_nav-current: var(--wsis-nav-current-color, var(--_brand));
    --_nav-rule: var(--wsis-nav-border-color, var(--_border));
    display: block;
    font-family: var(--_font);
    line-height: 1.4;
    color: var(--_text);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  nav {
    background: var(--_nav-bg);
    border-block-end: 1px solid var(--_nav-rule);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .list {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 1.25);
  }
  .item {
    position: relative;
    display: flex;
    align-items: stretch;
    min-inline-size: 0;
  }
  .link,
  .toggle,
  .menu-button {
    font: inherit;
    color: var(--_nav-color);
  }
  .link {
    display: block;
    min-inline-size: 0;
    padding-block: calc(var(--_space) * 0.625);
    padding-inline: 0;
    /* The current page's cue is a bar and bold type, never colour alone; the bar is a border, so it
       also shows in forced colours. Every link reserves the space so nothing shifts. */
    border-block-end: 4px solid transparent;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
    overflow-wrap: anywhere;
  }
  .link.text {
    color: var(--_text);
    text-decoration: none;
  }
  a.link:hover {
    text-decoration-thickness: 3px;
  }
  /* With current-from-location the current page is found in the browser, after the server's render
     (or the first one): each link reserves the width of its label in bold, the current page's type,
     so that marking it moves no link. The copy is hidden, to sight and to assistive technology. */
  :host([current-from-location]) a.link::after {
    content: attr(data-label);
    display: block;
    block-size: 0;
    overflow: hidden;
    visibility: hidden;
    font-weight: 700;
  }
  a[aria-current='page'] {
    font-weight: 700;
    text-decoration: none;
    border-block-end-color: var(--_nav-current);
    color: var(--_text);
  }
  .has-current > .link,
  .has-current > .toggle.labelled {
    border-block-end-color: var(--_nav-rule);
  }
  button {
    cursor: pointer;
  }
  .toggle,
  .menu-button {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    margin: 0;
    padding: calc(var(--_space) * 0.5);
    background: transparent;
    border: 0;
    border-block-end: 4px solid transparent;
    border-radius: 0;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    justify-content: center;
    text-align: start;
  }
  /* A group's chevron belongs to its link: right after it, with the pointer target (24 px at least,
     WCAG 2.5.8) reaching away from the link rather than towards it. */
  .item > .toggle {
    min-inline-size: 1.5rem;
    padding-inline: calc(var(--_space) * 0.25) 0;
    justify-content: flex-start;
  }
  .toggle.labelled {
    padding-inline: 0;
    overflow-wrap: anywhere;
  }
  .toggle:hover .chevron,
  .menu-button:hover {
    color: var(--_text);
  }
  svg {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
  }
  .toggle[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  .submenu {
    position: absolute;
    z-index: 10;
    inset-block-start: 100%;
    inset-inline-start: 0;
    min-inline-size: 14rem;
    max-inline-size: min(24rem, 90vw);
    padding-block: calc(var(--_space) * 0.25);
    background: var(--_surface);
    border: 1px solid var(--_nav-rule);
    box-shadow: 0 0.25rem 0.75rem var(--_shadow);
  }
  .submenu.align-end {
    inset-inline-start: auto;
    inset-inline-end: 0;
  }
  .submenu .link {
    padding-block: calc(var(--_space) * 0.5);
    padding-inline: var(--_space);
    border-block-end: 0;
    border-inline-start: 4px solid transparent;
  }
  .submenu a[aria-current='page'] {
    border-inline-start-color: var(--_nav-current);
  }
  .nested {
    padding-inline-start: var(--_space);
  }
  .menu-button {
    display: none;
    font-weight: 700;
  }
  /* The focus ring overhangs its element: keep it above neighbours and the open panel (z-index 10). */
  :focus-visible {
    position: relative;
    z-index: 11;
  }

  /* Narrow screens: a "Menu" button, and a vertical list it shows and hides; groups open in place. */
  @media (max-width: 40em) {
    /* The button's icon, not its box, on the grid line. */
    .menu-button {
      display: inline-flex;
      margin-inline-start: var(--_page-inset);
      padding-inline: 0;
    }
    /* Rows edge to edge, their text on the grid line. */
    .list {
      display: none;
      flex-direction: column;
      max-inline-size: none;
      padding: 0 0 calc(var(--_space) * 0.5);
      border-block-start: 1px solid var(--_nav-rule);
    }
    .list.open {
      display: flex;
    }
    .item {
      flex-wrap: wrap;
    }
    .item > .link,
    .item > .toggle.labelled {
      flex: 1 1 0;
      border-block-end: 0;
      border-inline-start: 4px solid transparent;
      padding-inline-start: calc(var(--_page-inset) - 4px);
    }
    .item > .toggle {
      min-inline-size: 2.75rem;
      justify-content: center;
      padding-inline: calc(var(--_space) * 0.5);
      margin-inline-end: calc(var(--_page-inset) - var(--_space) * 0.5);
    }
    .item > a[aria-current='page'] {
      border-inline-start-color: var(--_nav-current);
    }
    .submenu {
      position: static;
      /* A flex item with a z-index stacks even when static: it would cover its button's focus ring. */
      z-index: auto;
      flex: 1 0 100%;
      min-inline-size: 0;
      max-inline-size: none;
      box-shadow: none;
      border: 0;
      padding-inline-start: var(--_page-inset);
    }
  }

  /*
   * Without JavaScript the buttons cannot work: every link shows instead, at any width, and the
   * groups' sub-pages sit in the flow under their link. The server renders the same markup for
   * both cases; the browser picks these rules only when scripting is off.
   */
  @media (scripting: none) {
    .menu-button,
    .toggle {
      display: none;
    }
    .list {
      display: flex;
    }
    .item {
      flex-wrap: wrap;
    }
    .submenu[hidden] {
      display: block !important;
    }
    .submenu {
      position: static;
      z-index: auto;
      flex: 1 0 100%;
      min-inline-size: 0;
      max-inline-size: none;
      box-shadow: none;
      border: 0;
      padding-inline-start: var(--_space);
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: transform 150ms ease-out;
    }
  }

  @media (forced-colors: active) {
    .link,
    .toggle,
    .menu-button {
      color: LinkText;
    }
    .toggle,
    .menu-button {
      color: ButtonText;
      border: 1px solid ButtonBorder;
    }
    /* Transparent borders turn visible in forced colours: paint the reserved space as the
       background, so the current page keeps the only bar. */
    .link {
      border-color: Canvas;
    }
    a[aria-current='page'] {
      border-color: CanvasText;
      color: CanvasText;
    }
  }

  :host(:lang(zh)) {
    line-height: 1.6;
  }
`;
