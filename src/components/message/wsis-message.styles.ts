/** Styles of `<wsis-message>`: a readable measure, script-aware typography, and a print form. */
import { css } from 'lit';

export const styles = css`
  /* On the page grid, as the header and footer around it; the text keeps its own measure, from the
     grid line. A site that places the message in its own column sets padding-inline: 0 on it. */
  :host {
    display: block;
    box-sizing: content-box;
    max-inline-size: var(--_print-measure, var(--_page-max));
    margin-inline: auto;
    padding-inline: var(--_print-inset, var(--_page-inset));
    color: var(--_print-ink, var(--_text));
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
  /* The text, the author's lines and the signature in another language than the page: that
     language's face and line height (their dir attribute gives the direction and alignment). */
  .body[lang],
  .byline [lang],
  .signature[lang] {
    font-family: var(--_font);
    line-height: 1.6;
  }
  .body[lang|='ar'],
  .byline [lang|='ar'],
  .signature[lang|='ar'] {
    font-family: var(--_font-ar);
    line-height: 1.9;
  }
  .body[lang|='zh'],
  .byline [lang|='zh'],
  .signature[lang|='zh'] {
    font-family: var(--_font-zh);
    line-height: 1.8;
  }
  /* The author's name inside the heading, in another language than the page: its own face. */
  bdi[lang] {
    font-family: var(--_font);
  }
  bdi[lang|='ar'] {
    font-family: var(--_font-ar);
  }
  bdi[lang|='zh'] {
    font-family: var(--_font-zh);
  }
  article {
    /* Lines near 70 characters read best; in Chinese 70ch is about 35 characters, also comfortable. */
    max-inline-size: var(--_print-measure, var(--wsis-message-measure, 70ch));
    font-size: var(--_print-size, 1em);
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
    inline-size: var(--_print-portrait, var(--wsis-message-portrait-size, 6rem));
    block-size: auto;
    border-radius: var(--_radius);
  }
  .intro {
    flex: 1 1 14rem;
    min-inline-size: 0;
  }
  .heading {
    margin: 0 0 0.5rem;
    /* 20 px on a phone, where the first screen is short, growing to 28 px on a wide screen. */
    font-size: var(--wsis-message-heading-size, clamp(1.25rem, 1rem + 1vw, 1.75rem));
    line-height: 1.3;
    color: var(--_print-ink, var(--_brand));
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
    color: var(--_text-muted);
  }
  .translations {
    display: var(--_print-hide, flex);
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
    margin-block-end: var(--_space);
    padding-block: 0.5rem;
    border-block: 1px solid var(--_border);
  }
  /*
   * No links from "translations": no label and no rules, only the slot, so that a site's own links
   * show, server-rendered and without JavaScript, with no script having to look at the slot.
   */
  .translations.empty {
    display: var(--_print-hide, contents);
  }
  .translations.empty > :not(slot) {
    display: none;
  }
  .translations-label {
    font-weight: 700;
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
  .translations a[lang] {
    font-family: var(--_font);
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
  /*
   * The printed form: the same switches under @media print and, to preview it on screen (Storybook,
   * a CMS), on a host with the class wsis-print-preview. The rules above read them.
   */
  @media print {
    :host {
      --_print-hide: none;
      --_print-measure: none;
      --_print-inset: 0;
      --_print-size: 12pt;
      --_print-portrait: 2.5cm;
      --_print-ink: var(--_ink);
    }
  }
  :host(.wsis-print-preview) {
    --_print-hide: none;
    --_print-measure: none;
    --_print-inset: 0;
    --_print-size: 12pt;
    --_print-portrait: 2.5cm;
    --_print-ink: var(--_ink);
  }
  .header,
  .signature {
    break-inside: avoid;
  }
  .heading {
    break-after: avoid;
  }
`;
