/** Styles of `<wsis-skip-link>`: hidden until focused, then a bold bar that cannot be missed. */
import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font-family: var(--_font);
  }
  a {
    /* Visually hidden until it has focus; still in the tab order and the accessibility tree. */
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  a:focus,
  a:active {
    position: static;
    display: block;
    inline-size: auto;
    block-size: auto;
    margin: 0;
    overflow: visible;
    clip-path: none;
    white-space: normal;
    padding: calc(var(--_space) * 0.75) var(--_space);
    background: var(--wsis-skip-link-background, var(--_focus));
    color: var(--wsis-skip-link-color, var(--_focus-text));
    font-size: 1.125rem;
    font-weight: 700;
    line-height: 1.5;
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 0.2em;
    outline: 3px solid var(--_focus-text);
    outline-offset: -3px;
    box-shadow: none;
  }
  @media (forced-colors: active) {
    a:focus {
      outline: 3px solid CanvasText;
    }
  }
`;
