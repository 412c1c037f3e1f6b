/** Styles of `<wsis-breadcrumb>`: a wrapping row of links with drawn chevrons that mirror in RTL. */
import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font-family: var(--_font);
    font-size: 0.9375rem;
    line-height: 1.4;
    color: var(--_text);
  }
  ol {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.25) 0;
    list-style: none;
    margin: 0;
    padding: calc(var(--_space) * 0.5) 0;
  }
  li {
    display: inline-flex;
    align-items: center;
    min-inline-size: 0;
  }
  a,
  .text {
    padding-block: 0.25em;
    overflow-wrap: anywhere;
  }
  a {
    color: var(--wsis-breadcrumb-color, var(--_link));
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  a:hover {
    text-decoration-thickness: 3px;
  }
  [aria-current='page'] {
    font-weight: 700;
  }
  a[aria-current='page'] {
    color: var(--_text);
    text-decoration: none;
  }
  .separator {
    flex: none;
    inline-size: 0.875em;
    block-size: 0.875em;
    margin-inline: 0.5em;
    color: var(--wsis-breadcrumb-separator-color, var(--_text-muted));
  }
  /* The chevron points along the reading direction: it flips for Arabic. */
  .separator:dir(rtl) {
    transform: scaleX(-1);
  }
  @media (forced-colors: active) {
    .separator {
      color: CanvasText;
    }
  }
  :host(:lang(zh)) {
    line-height: 1.6;
  }
`;
