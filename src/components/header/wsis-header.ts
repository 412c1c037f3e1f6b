/** `<wsis-header>`: the banner of a WSIS page, saying who speaks (UN · ITU, WSIS) in the reader's language. */
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defineOnce } from '../../internal/define.js';
import { barPrintForm, baseStyles, pageColumn } from '../../styles/shared.js';
import { LandmarkRoleController } from '../../internal/landmark.js';
import { WsisElement } from '../../internal/wsis-element.js';
import { officialName, shortName } from '../../internal/organizations.js';
import '../logo/wsis-logo.js';
import '../language-switcher/wsis-language-switcher.js';
import { styles } from './wsis-header.styles.js';

/**
 * The site's banner, as on the WSIS pages: the institutional line (United Nations · ITU), the WSIS
 * logo with the site title, the language switcher, and the site's navigation.
 *
 * The element itself is the page's one banner landmark: a default `banner` role in its
 * ElementInternals, which a server render writes into the HTML too, and which a `role` the site
 * writes overrides. Inside a site's own `<header>` or `role="banner"` element it gives the role up in
 * the browser (on the server, write `role="none"` there). Its shadow root holds no `<header>`, so no
 * second banner appears whatever the shadow DOM does.
 *
 * Give it the skip link as its first child, `<wsis-skip-link slot="skip-link">`: it is then the
 * first stop of the keyboard and sits inside the banner. (Before the header, first in `<body>`,
 * works for readers too, but axe cannot tell a skip link whose link is in a shadow root from
 * content outside any landmark, and reports it under the rule `region`.)
 *
 * **The page grid.** Its background and rules run edge to edge; its content sits on the page grid
 * that the navigation, the privacy notice, the message and the footer share
 * (`--wsis-page-max-width`, `--wsis-page-padding-inline`), so a page built from them lines up. A
 * `<wsis-nav>` in the `navigation` slot lays its links on that grid itself; any other element there
 * (a site's own `<nav>`) is put on it by the header. On a phone the UN and ITU logos show their short
 * forms only.
 *
 * Print: the languages and the navigation are left out; the UN and ITU logos and the title stay, in
 * black ink. Add the class `wsis-print-preview` to see the printed form on screen.
 *
 * @summary Page banner: UN · ITU, the WSIS logo and title, languages and navigation.
 *
 * @slot skip-link - The page's `<wsis-skip-link>`, rendered first.
 * @slot title - Replaces the site title (default: "World Summit on the Information Society" in the current language).
 * @slot navigation - The site's main navigation, e.g. `<nav aria-label="Main">`.
 * @slot languages - Replaces the built-in `<wsis-language-switcher>`, e.g. with one that holds the site's own links.
 * @slot institutions - Replaces the UN and ITU logos, e.g. with `<wsis-logo>` elements showing official artwork the site has the right to use.
 * @slot logo - Replaces the WSIS mark beside the title, e.g. with official artwork.
 *
 * @csspart institutions - The line with the UN and ITU logos and the languages.
 * @csspart brand - The WSIS logo and title (a link when `home-href` is set).
 * @csspart title - The site title.
 * @csspart navigation - The box around the navigation slot.
 *
 * @cssprop [--wsis-header-background=var(--wsis-color-surface)] - Background of the banner.
 * @cssprop [--wsis-header-accent=var(--wsis-color-brand)] - Colour of the rule under the banner.
 * @cssprop [--wsis-header-rule=var(--wsis-color-border)] - Colour of the thin rule under the institutional line.
 * @cssprop [--wsis-header-title-color=var(--wsis-color-brand)] - Colour of the site title.
 * @cssprop [--wsis-header-padding-inline=var(--wsis-page-padding-inline)] - Space at the inline start and end (the page grid's).
 */
export class WsisHeader extends WsisElement {
  static override styles = [baseStyles, pageColumn, barPrintForm, styles];

  /** The site's home page: the WSIS logo and title link to it. */
  @property({ attribute: 'home-href' }) homeHref?: string;

  /** Link of the United Nations logo, e.g. `https://www.un.org/`. */
  @property({ attribute: 'un-href' }) unHref?: string;

  /** Link of the ITU logo, e.g. `https://www.itu.int/`. */
  @property({ attribute: 'itu-href' }) ituHref?: string;

  /**
   * `href-template` of the built-in language switcher, e.g. `/{locale}/index.html`. Without it the
   * switcher changes language in the page.
   */
  @property({ attribute: 'language-href-template' }) languageHrefTemplate?: string;

  constructor() {
    super();
    // The host is the landmark, so it is found once, at the top level, in every browser and by axe.
    new LandmarkRoleController(this, 'banner', 'header');
  }

  override render() {
    const home = this.checkedUrl('home-href', this.homeHref);
    const un = this.checkedUrl('un-href', this.unHref);
    const itu = this.checkedUrl('itu-href', this.ituHref);
    const title = officialName('wsis');
    // The WSIS mark is its short form in a box (WSIS, SMSI, ВВУИО); where the short form is the full
    // name (Arabic, Chinese) the title beside it already is the wordmark, and the box would repeat it.
    const mark =
      shortName('wsis') === title
        ? nothing
        : html`<wsis-logo org="wsis" size="medium" decorative mark-only></wsis-logo>`;
    const brand = html`<slot name="logo">${mark}</slot
      ><span part="title" class="title"><slot name="title">${title}</slot></span>`;
    return html`<slot name="skip-link"></slot>
      <div part="institutions" class="top">
        <div class="top-row page-column">
          <div class="institutions">
            <slot name="institutions"
              ><wsis-logo org="un" size="small" href=${ifDefined(un)}></wsis-logo
              ><wsis-logo org="itu" size="small" href=${ifDefined(itu)}></wsis-logo
            ></slot>
          </div>
          <div class="languages">
            <slot name="languages"
              ><wsis-language-switcher
                href-template=${ifDefined(this.languageHrefTemplate)}
              ></wsis-language-switcher
            ></slot>
          </div>
        </div>
      </div>
      <div class="brand-row page-column">
        ${
          home
            ? html`<a part="brand" class="brand" href=${home}>${brand}</a>`
            : html`<span part="brand" class="brand">${brand}</span>`
        }
      </div>
      <div part="navigation" class="navigation"><slot name="navigation"></slot></div>`;
  }
}

defineOnce('wsis-header', WsisHeader);

declare global {
  interface HTMLElementTagNameMap {
    'wsis-header': WsisHeader;
  }
}
