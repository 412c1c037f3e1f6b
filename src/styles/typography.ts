/**
 * Light-DOM content marked in another language than the page keeps its own script's face (the
 * faces themselves are the `--_font-*` variables of `tokens`).
 */
import { css } from 'lit';

export const slottedScriptFonts = css`
  ::slotted([lang]) {
    font-family: var(--_font);
  }
  ::slotted([lang|='ar']) {
    font-family: var(--_font-ar);
  }
  ::slotted([lang|='zh']) {
    font-family: var(--_font-zh);
  }
`;
