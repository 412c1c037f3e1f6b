/**
 * Design tokens and the styles every element shares (through `WsisElement`): the tokens, the
 * `[hidden]` rule, the focus ring and the visually hidden utility. Elements read colours, faces and
 * spacing only through the private `--_…` variables set here, so a site themes every element at
 * once with the public `--wsis-…` tokens.
 */
import { css } from 'lit';

/**
 * The public tokens with their defaults, read once into private variables. Component hooks
 * (`--wsis-footer-background`…) sit on top of these.
 */
export const tokens = css`
  :host {
    --_font: var(--wsis-font-family, system-ui, -apple-system, 'Segoe UI', 'Noto Sans', Roboto, sans-serif);
    /* Arabic (Naskh, taller lines for its marks) and Simplified Chinese (a CJK face, so Han
       characters do not fall back glyph by glyph), used under :lang(ar) and :lang(zh). */
    --_font-ar: var(
      --wsis-font-family-arabic,
      'Noto Naskh Arabic',
      'Noto Sans Arabic',
      'Segoe UI',
      'Geeza Pro',
      Tahoma,
      sans-serif
    );
    --_font-zh: var(
      --wsis-font-family-chinese,
      'Noto Sans CJK SC',
      'Source Han Sans SC',
      'PingFang SC',
      'Microsoft YaHei',
      'Hiragino Sans GB',
      sans-serif
    );
    /*
     * Colours: each default is light-dark(light, dark), so every element follows the inherited
     * color-scheme of the page (light unless the page opts in; theme.css maps prefers-color-scheme
     * and data-wsis-theme onto it). Each comment is the token's documentation: the Storybook Tokens
     * page and tests/browser/themes.test.ts read this block, so the contrast test measures these values.
     */
    /* Text. */
    --_text: var(--wsis-color-text, light-dark(#1b1b1b, #ececec));
    /* Secondary text (dates), drawn separators. */
    --_text-muted: var(--wsis-color-text-muted, light-dark(#4a4a4a, #b4b4b4));
    /* Background of bars and panels; the page behind the elements should match. */
    --_surface: var(--wsis-color-surface, light-dark(#ffffff, #121212));
    /* Background of the footer and the privacy notice. */
    --_surface-subtle: var(--wsis-color-surface-subtle, light-dark(#f3f3f3, #1f1f1f));
    /* Rules and borders (3:1 on both surfaces). */
    --_border: var(--wsis-color-border, light-dark(#86898b, #7c7f82));
    /* The WSIS blue: marks, headings, accents, current-page bars. */
    --_brand: var(--wsis-color-brand, light-dark(#005a9c, #8cc4f5));
    /* Hovered buttons. */
    --_brand-strong: var(--wsis-color-brand-strong, light-dark(#003f6e, #b9dcfa));
    /* Text on the brand colour. */
    --_on-brand: var(--wsis-color-on-brand, light-dark(#ffffff, #0b0c0c));
    /* Links. */
    --_link: var(--wsis-color-link, light-dark(#00558c, #9ccfff));
    /* The focus ring. */
    --_focus: var(--wsis-color-focus, #ffbf47);
    /* The dark ring around the focus ring; text on the focus colour. */
    --_focus-text: var(--wsis-color-focus-text, #0b0c0c);
    /* Shadow under drop-down panels. */
    --_shadow: var(--wsis-color-shadow, light-dark(rgb(0 0 0 / 0.2), rgb(0 0 0 / 0.6)));
    /* Ink of the printed form. */
    --_ink: var(--wsis-color-print-ink, #000000);
    --_space: var(--wsis-space, 1rem);
    --_radius: var(--wsis-radius, 0.25rem);
    /* The page grid, one for every element that spans the page (header, navigation, privacy notice,
       message, footer): their content is at most this wide, centred, with this space kept at its
       inline start and end, so a page built from them lines up; their backgrounds and rules still
       run edge to edge. 16 px on a phone, growing to 32 px from about 1000 px wide. */
    --_page-max: var(--wsis-page-max-width, 60rem);
    --_page-inset: var(--wsis-page-padding-inline, clamp(1rem, 0.5rem + 2.5vw, 2rem));
  }
  /* Browsers without light-dark() (Chromium < 123, Firefox < 120, Safari < 17.5) would drop every
     colour above: they get the light theme (tests/browser/themes.test.ts keeps these equal to it). */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_text: var(--wsis-color-text, #1b1b1b);
      --_text-muted: var(--wsis-color-text-muted, #4a4a4a);
      --_surface: var(--wsis-color-surface, #ffffff);
      --_surface-subtle: var(--wsis-color-surface-subtle, #f3f3f3);
      --_border: var(--wsis-color-border, #86898b);
      --_brand: var(--wsis-color-brand, #005a9c);
      --_brand-strong: var(--wsis-color-brand-strong, #003f6e);
      --_on-brand: var(--wsis-color-on-brand, #ffffff);
      --_link: var(--wsis-color-link, #00558c);
      --_shadow: var(--wsis-color-shadow, rgb(0 0 0 / 0.2));
    }
  }
`;

/**
 * `hidden` wins over any `display` an element's own styles give its host or its parts: without
 * `!important`, `:host { display: block }` would show a hidden element.
 */
export const hiddenRule = css`
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
`;

/** A focus indicator that meets WCAG 2.2 focus appearance: thick, high contrast, never colour alone. */
export const focusRing = css`
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_focus-text);
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline: 3px solid CanvasText;
      box-shadow: none;
    }
  }
`;

/** Hidden on screen, still read by assistive technology. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

/** A list of languages or links laid out as a wrapping row (the switcher, "Also available in"). */
export const inlineList = css`
  .inline-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;

/**
 * The page grid's column (see `--_page-max`), for the elements that span the page: content-box, so
 * the inset is kept outside the width, and the column's start lines up across elements at any
 * viewport width. On paper (the switches of `barPrintForm`) it spans the page, whose margins are the
 * printer's.
 */
export const pageColumn = css`
  .page-column {
    box-sizing: content-box;
    max-inline-size: var(--_print-measure, var(--_page-max));
    margin-inline: auto;
    padding-inline: var(--_print-inset, var(--_page-inset));
  }
`;

/**
 * For an element that does nothing on paper (the navigation, the privacy notice): left out of print,
 * and out of the on-screen preview of it (the class wsis-print-preview). List it after the element's
 * own styles, so that its `display: none` comes after their `:host` display.
 */
export const leftOutOfPrint = css`
  @media print {
    :host {
      display: none;
    }
  }
  :host(.wsis-print-preview) {
    display: none;
  }
`;

/**
 * The printed form of a bar that spans the page (the header, the footer): the switches its rules
 * read (`var(--_print-hide, …)` and the like) under @media print and, to preview it on screen, on
 * a host with the class wsis-print-preview. Navigation is left out, ink is black on no paper, and
 * the page's margins are the printer's. (The two blocks must stay equal; lit-analyzer refuses a
 * css fragment of declarations alone, which would let them be written once.)
 */
export const barPrintForm = css`
  @media print {
    :host {
      --_print-hide: none;
      --_print-ink: var(--_ink);
      --_print-paper: transparent;
      --_print-measure: none;
      --_print-inset: 0;
    }
  }
  :host(.wsis-print-preview) {
    --_print-hide: none;
    --_print-ink: var(--_ink);
    --_print-paper: transparent;
    --_print-measure: none;
    --_print-inset: 0;
  }
`;

/** Everything above, in the order every element starts its styles with. */
export const baseStyles = [tokens, hiddenRule, focusRing, visuallyHidden, inlineList];
