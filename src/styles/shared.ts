/**
 * Design tokens and the styles every element shares: the focus ring and the visually hidden utility.
 * Elements read tokens as `var(--wsis-…, fallback)` so a site can theme them from outside.
 */
import { css } from 'lit';

/** Tokens with their defaults; component hooks (`--wsis-skip-link-*`) sit on top of these. */
export const tokens = css`
  :host {
    --_font: var(--wsis-font-family, system-ui, -apple-system, 'Segoe UI', 'Noto Sans', Roboto, sans-serif);
    --_text: var(--wsis-color-text, #1b1b1b);
    --_surface: var(--wsis-color-surface, #ffffff);
    --_brand: var(--wsis-color-brand, #005a9c);
    --_link: var(--wsis-color-link, #00558c);
    --_focus: var(--wsis-color-focus, #ffbf47);
    --_focus-text: var(--wsis-color-focus-text, #0b0c0c);
    --_space: var(--wsis-space, 1rem);
    --_radius: var(--wsis-radius, 0.25rem);
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
