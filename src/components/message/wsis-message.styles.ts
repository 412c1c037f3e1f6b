/** Styles of `<wsis-message>`: a readable measure, script-aware typography, and a print form. */
import { css, type CSSResult } from 'lit';

/**
 * The printed form, written once and applied twice: under `@media print`, and on screen when the
 * host has the class `wsis-print-preview` (Storybook, a CMS preview).
 */
const printRules = (host: CSSResult) => css`
  ${host} {
    color: #000;
    background: none;
  }
  ${host} article {
    max-inline-size: none;
    font-size: 12pt;
  }
  ${host} .translations {
    display: none;
  }
  ${host} .portrait {
    inline-size: 2.5cm;
  }
  ${host} .header,
  ${host} .signature {
    break-inside: avoid;
  }
  ${host} .heading {
    break-after: avoid;
  }
`;

export const styles = css`
  :host {
    display: block;
    color: var(--_text);
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  /*
   * Script typography. The page language reaches the shadow tree through the host (Firefox does not
   * match :lang() across the shadow boundary, so ask the host); a body-lang sets its own.
   */
  article {
    font-family: var(--_font);
    line-height: 1.6;
  }
  :host(:lang(ar)) article {
    font-family: var(--_font-ar);
    line-height: 1.9;
  }
  :host(:lang(zh)) article {
    font-family: var(--_font-zh);
    line-height: 1.8;
  }
  .body[lang] {
    font-family: var(--_font);
    line-height: 1.6;
  }
  .body[lang|='ar'] {
    font-family: var(--_font-ar);
    line-height: 1.9;
  }
  .body[lang|='zh'] {
    font-family: var(--_font-zh);
    line-height: 1.8;
  }
  article {
    /* Lines near 70 characters read best; in Chinese 70ch is about 35 characters, also comfortable. */
    max-inline-size: var(--wsis-message-measure, 70ch);
    overflow-wrap: break-word;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  .portrait {
    inline-size: var(--wsis-message-portrait-size, 6rem);
    block-size: auto;
    border-radius: var(--_radius);
  }
  .intro {
    flex: 1 1 14rem;
    min-inline-size: 0;
  }
  .heading {
    margin: 0 0 0.5rem;
    font-size: var(--wsis-message-heading-size, 1.5rem);
    line-height: 1.3;
    color: var(--_brand);
  }
  :host(:lang(ar)) .heading,
  :host(:lang(zh)) .heading {
    line-height: 1.6;
  }
  .byline,
  .date {
    margin: 0;
  }
  .author {
    display: block;
    font-weight: 700;
  }
  .role {
    display: block;
  }
  .date {
    margin-block-start: 0.25rem;
    color: #4a4a4a;
  }
  .translations {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
    margin-block-end: var(--_space);
    padding-block: 0.5rem;
    border-block: 1px solid #c8c8c8;
  }
  .translations-label {
    font-weight: 700;
  }
  .translations ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .translations a {
    /* A 24 px target at least (WCAG 2.2, 2.5.8), in a list that is not running text. */
    display: inline-block;
    min-block-size: 24px;
    padding-block: 0.125rem;
  }
  .translations a[lang|='ar'] {
    font-family: var(--_font-ar);
  }
  .translations a[lang|='zh'] {
    font-family: var(--_font-zh);
  }
  .signature {
    margin-block: 1.5rem 0;
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .translations {
      border-color: CanvasText;
    }
    .heading {
      color: CanvasText;
    }
  }
  @media print {
    ${printRules(css`:host`)}
  }
  ${printRules(css`:host(.wsis-print-preview)`)}
`;
