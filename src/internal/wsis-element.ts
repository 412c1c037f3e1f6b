/**
 * The base every element of the library extends, so that what they share is written once: the
 * shared styles, localization, reporting bad input, and values checked once per change.
 */
import { LitElement, type CSSResultGroup } from 'lit';
import { updateWhenLocaleChanges } from './localize.js';
import { baseStyles } from '../styles/shared.js';
import { DEV_MODE } from './dev-mode.js';
import { report, type WsisSeverity } from './report.js';
import { safeUrl } from './url.js';
import { MAX_TEXT_LENGTH, boundText } from './bounds.js';

/**
 * The library's base element. The custom properties below are the shared tokens, which every
 * element reads (src/styles/shared.ts); Storybook's Foundations/Tokens page lists them once.
 *
 * Each colour's default is the light theme's; the dark theme's follows it in the description.
 *
 * @cssprop [--wsis-color-text=#1b1b1b] - Text colour (dark theme: #ececec).
 * @cssprop [--wsis-color-text-muted=#4a4a4a] - Secondary text and drawn separators (dark theme: #b4b4b4).
 * @cssprop [--wsis-color-surface=#ffffff] - Background of bars and panels (dark theme: #121212).
 * @cssprop [--wsis-color-surface-subtle=#f3f3f3] - Background of the footer and the privacy notice (dark theme: #1f1f1f).
 * @cssprop [--wsis-color-border=#86898b] - Rules and borders, 3:1 on both surfaces (dark theme: #7c7f82).
 * @cssprop [--wsis-color-brand=#005a9c] - The WSIS blue: marks, accents, current-page bars (dark theme: #8cc4f5).
 * @cssprop [--wsis-color-brand-strong=#003f6e] - Darker brand colour for pressed and hovered buttons (dark theme: #b9dcfa).
 * @cssprop [--wsis-color-on-brand=#ffffff] - Text on the brand colour (dark theme: #0b0c0c).
 * @cssprop [--wsis-color-link=#00558c] - Link colour (dark theme: #9ccfff).
 * @cssprop [--wsis-color-focus=#ffbf47] - Focus ring, in both themes.
 * @cssprop [--wsis-color-focus-text=#0b0c0c] - The dark ring around the focus ring, and text on the focus colour, in both themes.
 * @cssprop [--wsis-color-shadow=rgb(0 0 0 / 0.2)] - Shadow under drop-down panels (dark theme: rgb(0 0 0 / 0.6)).
 * @cssprop [--wsis-color-print-ink=#000000] - Ink of the printed form.
 * @cssprop [--wsis-font-family=system-ui, -apple-system, 'Segoe UI', 'Noto Sans', Roboto, sans-serif] - Font stack for Latin and Cyrillic text.
 * @cssprop [--wsis-font-family-arabic='Noto Naskh Arabic', 'Noto Sans Arabic', 'Segoe UI', 'Geeza Pro', Tahoma, sans-serif] - Font stack for Arabic text.
 * @cssprop [--wsis-font-family-chinese='Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Hiragino Sans GB', sans-serif] - Font stack for Chinese text.
 * @cssprop [--wsis-space=1rem] - The base spacing unit.
 * @cssprop [--wsis-radius=0.25rem] - Corner radius of buttons and panels.
 * @cssprop [--wsis-page-max-width=60rem] - Greatest width of the content of the header, navigation, privacy notice, message and footer: the page grid.
 * @cssprop [--wsis-page-padding-inline=clamp(1rem, 0.5rem + 2.5vw, 2rem)] - Space at the inline start and end of that content (16 px on a phone, growing to 32 px).
 */
export class WsisElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  // Results of checks, by key, with the input they were computed from.
  private readonly derived = new Map<string, { input: unknown; value: unknown }>();

  constructor() {
    super();
    // In the constructor rather than with lit-localize's `@localized()` class decorator: written
    // above a registering decorator, it ran after the class was registered, and elements already in
    // the page, upgraded at registration, never followed `setLocale`. A constructor runs for every
    // instance, upgraded or created.
    updateWhenLocaleChanges(this);
  }

  /**
   * `compute()`, run again only when `input` changes (compared with `Object.is`; a check of several
   * values passes them as one string). Checks of attributes go through here, so a bad value is
   * reported once, not at every render or locale change, and the check can run in `render()`, the
   * same on the server.
   */
  protected derive<T>(key: string, input: unknown, compute: () => T): T {
    const cached = this.derived.get(key);
    if (cached && Object.is(cached.input, input)) return cached.value as T;
    const value = compute();
    this.derived.set(key, { input, value });
    return value;
  }

  /**
   * `check(value, element, attribute)`, the library's check of one attribute's value (a date, a
   * language tag), run once per value: a bad value is reported once, naming this element.
   */
  protected checked<V, T>(
    attribute: string,
    value: V,
    check: (value: V, element: string, attribute: string) => T,
  ): T {
    return this.derive(attribute, value, () => check(value, this.localName, attribute));
  }

  /**
   * A URL from `attribute`, through the one URL-safety check, checked once per value: the value
   * when it is safe to render, `undefined` (after one warning) when not, or when it is missing.
   * With `ifMissing`, a missing or empty value is warned about too, saying that.
   */
  protected checkedUrl(
    attribute: string,
    value: string | null | undefined,
    ifMissing?: string,
  ): string | undefined {
    return this.derive(`url:${attribute}`, value, () => {
      if (DEV_MODE && ifMissing && !value?.trim()) this.report('warning', attribute, `missing; ${ifMissing}`);
      return safeUrl(value, this.localName, attribute);
    });
  }

  /**
   * The text of `attribute` as it is rendered: `''` when missing, `null` or `undefined`, and cut to
   * `MAX_TEXT_LENGTH` characters, with one warning per value, when longer.
   */
  protected boundedText(attribute: string, value: string | null | undefined): string {
    return this.derive(`text:${attribute}`, value, () => {
      const text = value == null ? '' : String(value);
      if (text.length <= MAX_TEXT_LENGTH) return text;
      if (DEV_MODE)
        this.report(
          'warning',
          attribute,
          `${text.length} characters long; only the first ${MAX_TEXT_LENGTH} are shown.`,
        );
      return boundText(text);
    });
  }

  /** Reports bad input, naming this element and `subject` (see `report()` for when to use which level). */
  protected report(severity: WsisSeverity, subject: string, problem: string): void {
    report(severity, this.localName, subject, problem);
  }
}
