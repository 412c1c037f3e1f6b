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

/**
 * The library's base element. The custom properties below are the shared tokens, which every
 * element reads; their defaults (the colours' in both themes) are on Storybook's Foundations/Tokens
 * page, read from src/styles/shared.ts.
 *
 * @cssprop --wsis-color-text - Text.
 * @cssprop --wsis-color-text-muted - Secondary text (dates) and drawn separators.
 * @cssprop --wsis-color-surface - Background of bars and panels; the page behind the elements should match.
 * @cssprop --wsis-color-surface-subtle - Background of the footer and the privacy notice.
 * @cssprop --wsis-color-border - Rules and borders (3:1 on both surfaces).
 * @cssprop --wsis-color-brand - The WSIS blue: marks, headings, accents, current-page bars.
 * @cssprop --wsis-color-brand-strong - Hovered and pressed buttons.
 * @cssprop --wsis-color-on-brand - Text on the brand colour.
 * @cssprop --wsis-color-link - Links.
 * @cssprop --wsis-color-focus - The focus ring.
 * @cssprop --wsis-color-focus-text - The dark ring around the focus ring, and text on the focus colour.
 * @cssprop --wsis-color-shadow - Shadow under drop-down panels.
 * @cssprop --wsis-color-print-ink - Ink of the printed form.
 * @cssprop --wsis-font-family - Font stack for Latin and Cyrillic text.
 * @cssprop --wsis-font-family-arabic - Font stack for Arabic text.
 * @cssprop --wsis-font-family-chinese - Font stack for Chinese text.
 * @cssprop --wsis-space - The base spacing unit.
 * @cssprop --wsis-radius - Corner radius of buttons and panels.
 * @cssprop --wsis-page-max-width - Greatest width of the content of the header, navigation, privacy notice, message and footer: the page grid.
 * @cssprop --wsis-page-padding-inline - Space at the inline start and end of that content (16 px on a phone, growing to 32 px).
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

  /** Reports bad input, naming this element and `subject` (see `report()` for when to use which level). */
  protected report(severity: WsisSeverity, subject: string, problem: string): void {
    report(severity, this.localName, subject, problem);
  }
}
