/** `<wsis-logo>`: the mark of the UN, ITU or WSIS, named in the reader's language. */
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { defineOnce } from '../../internal/define.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { baseStyles } from '../../styles/shared.js';
import { jsonObjectConverter } from '../../internal/json.js';
import { checkLocaleUrls } from '../../internal/locale-urls.js';
import { written } from '../../internal/report.js';
import { DEV_MODE } from '../../internal/dev-mode.js';
import { WsisElement } from '../../internal/wsis-element.js';
import {
  isOrg,
  nameWithShortForm,
  officialName,
  shortName,
  type WsisOrg,
} from '../../internal/organizations.js';
import { getLocale, type WsisLocaleCode } from '../../localization.js';
import { styles } from './wsis-logo.styles.js';

export type { WsisOrg } from '../../internal/organizations.js';

/** Per-locale artwork: a map from a locale code (`fr`, `zh-Hans`, `ar`…) to an image URL. */
export type WsisLogoSources = Partial<Record<string, string>>;

const SIZES = ['small', 'medium', 'large'] as const;

/**
 * The logo of the United Nations, ITU or the World Summit on the Information Society, as a wordmark
 * in the reader's language: the official short form set in a box (UN, ONU, ООН, 联合国; ITU, UIT,
 * МСЭ, 国际电联), then the full official name beside it ("International Telecommunication Union",
 * "Union internationale des télécommunications"). Where the short form is the full name (联合国,
 * الأمم المتحدة), the box holds it alone. Its accessible name is the full name with the short form
 * ("Union internationale des télécommunications (UIT)"), so that speech-input users can say what they
 * see (WCAG 2.5.3, Label in Name).
 *
 * **Official emblems.** The UN emblem and the ITU and WSIS logos belong to their organisations, and
 * using them needs the owner's permission (for the UN emblem, General Assembly resolution 92 (I)),
 * so the library ships none. A site with that permission gives the artwork with `src`
 * (language-neutral) and `sources` (one file a language); the file for the current locale is shown,
 * else `src`, named by the same official name. The wordmark follows `currentColor`, so it survives
 * forced colours, dark themes and print.
 *
 * @summary Logo of the UN, ITU or WSIS: a wordmark in the current language, or official artwork.
 *
 * @csspart link - The `<a>` when `href` is set.
 * @csspart logo - The box around mark and wordmark (with the clear space).
 * @csspart mark - The official short form in its box.
 * @csspart wordmark - The full official name beside the mark.
 * @csspart image - The `<img>` of site artwork from `src` or `sources`.
 *
 * @cssprop [--wsis-logo-height=2.5rem] - Height of the mark: 1.75rem by default for `size="small"`, 3.5rem for `size="large"`.
 * @cssprop [--wsis-logo-color=var(--wsis-color-brand)] - Colour of mark and wordmark.
 * @cssprop --wsis-logo-clear-space - Space kept free around the logo (by default a quarter of the mark's height).
 */
export class WsisLogo extends WsisElement {
  static override styles = [baseStyles, styles];

  /** Which organisation: `un`, `itu` or `wsis`. Any other value renders nothing, with a console error. */
  @property({ reflect: true }) org?: WsisOrg;

  /** Makes the logo a link, usually to the organisation's home page. */
  @property() href?: string;

  /**
   * Hides the logo from assistive technology, for when text beside it already names the
   * organisation. With `href`, the link also leaves the tab order (the text beside it is the link).
   */
  @property({ type: Boolean, reflect: true }) decorative = false;

  /** Shows the mark (the short form) without the full name beside it, for when the name is written beside it. */
  @property({ type: Boolean, reflect: true, attribute: 'mark-only' }) markOnly = false;

  /** `small`, `medium` (default) or `large`. */
  @property({ reflect: true }) size: 'small' | 'medium' | 'large' = 'medium';

  /** Language-neutral official artwork, shown when `sources` has no file for the current locale. */
  @property() src?: string;

  /**
   * Official artwork a language: locale code → URL, e.g. `{ fr: '/img/uit.svg', ar: '/img/itu-ar.svg' }`.
   * As an attribute, the same as JSON. Keys may be any tag (`zh`, `fr-CH`); they are matched to the
   * library's locales.
   */
  @property({ converter: jsonObjectConverter }) sources?: WsisLogoSources;

  private get validOrg(): WsisOrg | undefined {
    return this.derive('org', this.org, () => {
      if (isOrg(this.org)) return this.org;
      this.report(
        'error',
        this.org == null ? 'org' : written('org', this.org),
        !DEV_MODE
          ? ''
          : this.org == null
            ? 'missing; use "un", "itu" or "wsis". Nothing is rendered.'
            : 'unknown organisation; use "un", "itu" or "wsis". Nothing is rendered.',
      );
      return undefined;
    });
  }

  /** The artwork for each locale, checked once when `sources` changes. */
  private get artworks(): Map<WsisLocaleCode, string> {
    return this.derive('sources', this.sources, () =>
      checkLocaleUrls(
        this.sources,
        this.localName,
        'sources',
        DEV_MODE ? 'no artwork from it is shown.' : '',
      ),
    );
  }

  private artworkUrl(): string | undefined {
    return this.artworks.get(getLocale()) ?? this.checkedUrl('src', this.src);
  }

  override render() {
    // A developer warning only, inline so that the production build keeps nothing of it.
    if (DEV_MODE)
      this.derive('size', this.size, () => {
        if (this.size != null && !(SIZES as readonly string[]).includes(this.size)) {
          this.report(
            'warning',
            written('size', this.size),
            'use "small", "medium" or "large"; showing "medium".',
          );
        }
      });
    const org = this.validOrg;
    if (!org) return nothing;
    const artwork = this.artworkUrl();
    const short = shortName(org);
    const full = officialName(org);
    // Artwork carries its own text: the full name alone. The wordmark's text joins the name.
    const name = artwork ? full : nameWithShortForm(org);
    // Site artwork carries its own wordmark; an <img> is named by its alt (empty when decorative).
    const logo = artwork
      ? html`<span part="logo" class="logo"
          ><img part="image" class="artwork" src=${artwork} alt=${this.decorative ? '' : name}
        /></span>`
      : html`<span
          part="logo"
          class="logo"
          role=${this.decorative ? 'presentation' : 'img'}
          aria-label=${this.decorative ? nothing : name}
          ><span part="mark" class="mark" aria-hidden="true">${short}</span>${
            this.markOnly || short === full
              ? nothing
              : html`<span part="wordmark" class="wordmark" aria-hidden="true">${full}</span>`
          }</span
        >`;
    const href = this.checkedUrl('href', this.href);
    if (!href) return this.decorative ? html`<span aria-hidden="true">${logo}</span>` : logo;
    return html`<a
      part="link"
      href=${href}
      tabindex=${ifDefined(this.decorative ? -1 : undefined)}
      aria-hidden=${ifDefined(this.decorative ? 'true' : undefined)}
      >${logo}</a
    >`;
  }
}

defineOnce('wsis-logo', WsisLogo);

declare global {
  interface HTMLElementTagNameMap {
    'wsis-logo': WsisLogo;
  }
}
