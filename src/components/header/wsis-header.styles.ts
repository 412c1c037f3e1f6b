/** Styles of `<wsis-header>`: the institutional line, the WSIS brand and the navigation, on the page grid. */
import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font-family: var(--_font);
    color: var(--_print-ink, var(--_text));
    background: var(--_print-paper, var(--wsis-header-background, var(--_surface)));
    border-block-end: 4px solid var(--_print-ink, var(--wsis-header-accent, var(--_brand)));
  }
  :host(:lang(ar)) {
    font-family: var(--_font-ar);
  }
  :host(:lang(zh)) {
    font-family: var(--_font-zh);
  }
  /* The header's column is the page grid's, with the site's older hook for the inset. */
  .page-column {
    padding-inline: var(--_print-inset, var(--wsis-header-padding-inline, var(--_page-inset)));
  }
  /* The rule under the institutional line runs edge to edge; its content sits on the grid. */
  .top {
    border-block-end: 1px solid var(--wsis-header-rule, var(--_border));
  }
  .top-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25rem var(--_space);
  }
  .institutions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_space);
    min-inline-size: 0;
  }
  /* Clear space above and below; beside, the gap between them: the UN box starts on the grid line.
     The full names in two lines at most, so the languages keep their place on the line. */
  .institutions wsis-logo {
    --wsis-logo-clear-space: calc(var(--_space) * 0.375) 0;
  }
  .institutions wsis-logo::part(wordmark) {
    max-inline-size: 15em;
  }
  .languages {
    display: var(--_print-hide, block);
    margin-inline-start: auto;
  }
  .brand-row {
    display: flex;
    align-items: center;
    padding-block: calc(var(--_space) * 0.75);
  }
  .brand {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    min-inline-size: 0;
    color: inherit;
    text-decoration: none;
    border-radius: var(--_radius);
  }
  /* The WSIS mark's clear space is the gap itself; its box starts on the grid line. */
  .brand wsis-logo {
    --wsis-logo-clear-space: 0;
  }
  a.brand:hover .title {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .title {
    min-inline-size: 0;
    font-size: clamp(1.125rem, 0.75rem + 2vw, 1.75rem);
    font-weight: 700;
    line-height: 1.25;
    color: var(--_print-ink, var(--wsis-header-title-color, var(--_brand)));
    overflow-wrap: anywhere;
  }
  :host(:lang(ar)) .title,
  :host(:lang(zh)) .title {
    line-height: 1.4;
  }
  .navigation {
    display: var(--_print-hide, block);
  }
  /* A <wsis-nav> lays its own links on the grid and draws its own rule; anything else a site puts in
     the slot (its own <nav>) is put on the grid here. */
  ::slotted(:not(wsis-nav)) {
    display: block;
    box-sizing: content-box;
    max-inline-size: var(--_page-max);
    margin-inline: auto;
    padding-inline: var(--wsis-header-padding-inline, var(--_page-inset));
  }
  /* On a phone the UN and ITU logos show their short forms only: the full names are their
     accessible names, and the first screen is kept for the page. */
  @media (max-width: 40em) {
    .institutions wsis-logo::part(wordmark) {
      display: none;
    }
    .brand-row {
      padding-block: calc(var(--_space) * 0.5);
    }
    .brand wsis-logo {
      --wsis-logo-height: 1.75rem;
    }
  }
  @media (forced-colors: active) {
    :host {
      border-block-end-color: CanvasText;
    }
    .title {
      color: CanvasText;
    }
    a.brand .title {
      color: LinkText;
    }
  }
  /*
   * The printed form: who speaks (UN · ITU, the WSIS mark and title) stays, in black ink; the
   * languages and the navigation, which do nothing on paper, are left out. The same switches under
   * @media print and, to preview it on screen, on a host with the class wsis-print-preview
   * (barPrintForm, in the shared styles); the logos' ink is the header's own.
   */
  @media print {
    wsis-logo {
      --wsis-logo-color: var(--_ink);
    }
  }
  :host(.wsis-print-preview) wsis-logo {
    --wsis-logo-color: var(--_ink);
  }
`;
