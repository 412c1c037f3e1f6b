/** Styles of `<wsis-logo>`: the short form in a box and the full name beside it, in `currentColor`. */
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
  :host(:lang(ar)) {
    font-family: var(--_font-ar);
  }
  :host(:lang(zh)) {
    font-family: var(--_font-zh);
  }
  .logo {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_h) / 4);
    max-inline-size: 100%;
    /* The clear space a logo policy asks for: a quarter of the mark's height on every side. */
    padding: var(--wsis-logo-clear-space, calc(var(--_h) / 4));
    box-sizing: border-box;
  }
  /* The short form, set heavy in a box drawn in the text colour: a border, not a fill, so it stays
     a box on any background, in forced colours and in print. It keeps its width beside the full
     name, and wraps only when it is wider than the space it has (the Arabic WSIS mark, which is
     the whole name, at a large size on a 320 px screen). */
  .mark {
    flex: none;
    max-inline-size: 100%;
    text-align: center;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    min-block-size: var(--_h);
    min-inline-size: var(--_h);
    padding-inline: calc(var(--_h) / 5);
    border: max(2px, calc(var(--_h) / 14)) solid currentColor;
    border-radius: calc(var(--_h) / 10);
    font-size: calc(var(--_h) * 0.48);
    font-weight: 800;
    line-height: 1.1;
    letter-spacing: 0.04em;
  }
  /* The full name: at most two lines beside the box, never smaller than 14 px. */
  .wordmark {
    min-inline-size: 0;
    max-inline-size: 22em;
    font-size: max(0.875rem, calc(var(--_h) * 0.4));
    font-weight: 600;
    line-height: 1.15;
    overflow-wrap: anywhere;
  }
  :host(:lang(ar)) .mark,
  :host(:lang(zh)) .mark {
    letter-spacing: 0;
  }
  /* Naskh sets small beside Latin at the same size. */
  :host(:lang(ar)) .mark {
    font-size: calc(var(--_h) * 0.56);
    font-weight: 700;
  }
  :host(:lang(ar)) .wordmark {
    font-size: max(1rem, calc(var(--_h) * 0.46));
  }
  :host(:lang(ar)) .wordmark,
  :host(:lang(zh)) .wordmark {
    line-height: 1.4;
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
  a:hover .wordmark,
  a:hover .mark {
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
