/** Styles of `<wsis-logo>`: a mark and a wordmark at one height, with clear space, in `currentColor`. */
import { css } from 'lit';

export const styles = css`
  :host {
    --_h: var(--wsis-logo-height, 2.5rem);
    display: inline-block;
    vertical-align: middle;
    max-inline-size: 100%;
    font-family: var(--_font);
    color: var(--wsis-logo-color, var(--_brand));
  }
  :host([size='small']) {
    --_h: var(--wsis-logo-height, 1.75rem);
  }
  :host([size='large']) {
    --_h: var(--wsis-logo-height, 3.5rem);
  }
  .logo {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_h) / 5);
    max-inline-size: 100%;
    /* The clear space a logo policy asks for: a quarter of the mark's height on every side. */
    padding: var(--wsis-logo-clear-space, calc(var(--_h) / 4));
    box-sizing: border-box;
  }
  .mark {
    flex: none;
    inline-size: var(--_h);
    block-size: var(--_h);
  }
  .wordmark {
    min-inline-size: 0;
    font-size: calc(var(--_h) * 0.5);
    font-weight: 700;
    line-height: 1.15;
    letter-spacing: 0.02em;
    overflow-wrap: anywhere;
  }
  :host(:lang(ar)) .wordmark,
  :host(:lang(zh)) .wordmark {
    letter-spacing: 0;
  }
  .artwork {
    display: block;
    block-size: var(--_h);
    inline-size: auto;
    max-inline-size: 100%;
  }
  a {
    display: inline-block;
    max-inline-size: 100%;
    color: inherit;
    text-decoration: none;
    border-radius: var(--_radius);
  }
  a:hover .wordmark {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  @media (forced-colors: active) {
    :host {
      color: CanvasText;
    }
    a {
      color: LinkText;
    }
  }
`;
