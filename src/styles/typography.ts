/**
 * Font stacks for the scripts that need their own: Arabic (Naskh, taller lines for its marks) and
 * Simplified Chinese (a CJK face, so Han characters do not fall back glyph by glyph). Elements use
 * them under `:lang(ar)` and `:lang(zh)`; sites can theme them with the `--wsis-font-family-*` tokens.
 */
import { css } from 'lit';

export const scriptFonts = css`
  :host {
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
  }
`;

/** Light-DOM content marked in another language than the page keeps its own script's face. */
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
