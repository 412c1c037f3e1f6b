/** Styles of `<wsis-privacy-notice>`: a plain panel at the top of the page, two buttons of equal weight. */
import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.5;
  }
  :host(:lang(zh)) {
    line-height: 1.7;
  }
  /* The background and the rule run edge to edge; the content sits on the page grid, its start
     on the same line as the header's. */
  .region {
    background: var(--wsis-privacy-notice-background, var(--_surface-subtle));
    border-block-end: 4px solid var(--wsis-privacy-notice-accent, var(--_brand));
    padding-block: var(--_space);
  }
  .inner {
    max-inline-size: var(--wsis-privacy-notice-max-width, var(--_page-max));
  }
  h2 {
    margin-block: 0 calc(var(--_space) * 0.5);
    font-size: 1.25rem;
    line-height: 1.3;
  }
  p {
    margin-block: 0 calc(var(--_space) * 0.75);
    max-inline-size: 42em;
  }
  ::slotted(p) {
    margin-block: 0 calc(var(--_space) * 0.75);
    max-inline-size: 42em;
  }
  .updated {
    font-weight: 700;
  }
  a {
    color: var(--_link);
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 3px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    margin-block-start: calc(var(--_space) * 0.75);
  }
  button {
    font: inherit;
    font-weight: 700;
    line-height: 1.25;
    min-block-size: 2.75rem;
    max-inline-size: 100%;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    cursor: pointer;
    text-align: center;
    white-space: normal;
  }
  /* Accept and reject look the same on purpose: neither is nudged (GDPR, ePrivacy guidance). */
  .choice {
    background: var(--wsis-privacy-notice-button-background, var(--_brand));
    color: var(--wsis-privacy-notice-button-color, var(--_on-brand));
    box-shadow: 0 2px 0 var(--_brand-strong);
  }
  .choice:hover {
    background: var(--wsis-privacy-notice-button-hover-background, var(--_brand-strong));
  }
  /* "Hide this message" reads like the link beside it: a quiet action after the choice is made. */
  .secondary {
    background: transparent;
    color: var(--_link);
    font-weight: 400;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
    padding-inline: 0;
  }
  .secondary:hover {
    text-decoration-thickness: 3px;
  }
  /* The confirmation takes focus only so screen readers announce it; it is not a control. */
  .confirmation:focus {
    outline: none;
    box-shadow: none;
  }
  /*
   * On a phone the notice and the header share the first screen with the page: tighter type and
   * spacing, and the two buttons side by side (still the same size, so neither is nudged), so that
   * the page's heading shows on a 360 × 640 screen in every language.
   */
  @media (max-width: 40em) {
    .region {
      padding-block: calc(var(--_space) * 0.75);
    }
    h2 {
      margin-block-end: calc(var(--_space) * 0.25);
      font-size: 1.125rem;
    }
    .inner {
      font-size: 0.9375rem;
      line-height: 1.4;
    }
    p,
    ::slotted(p) {
      margin-block-end: calc(var(--_space) * 0.5);
    }
    /* Side by side when each has room for its longest word (Russian "дополнительные"); stacked,
       still equal, on the narrowest screens. */
    .actions {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 9.5rem), 1fr));
      gap: calc(var(--_space) * 0.5);
      margin-block-start: calc(var(--_space) * 0.5);
    }
    button {
      padding-inline: calc(var(--_space) * 0.5);
    }
    .secondary {
      padding-inline: 0;
    }
  }
  @media (forced-colors: active) {
    .region {
      border: 2px solid CanvasText;
    }
    button {
      border-color: ButtonText;
    }
  }
`;
