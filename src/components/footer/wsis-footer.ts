/** `<wsis-footer>`: the foot of every WSIS page, its one contentinfo landmark. */
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { defineOnce } from '../../internal/define.js';
import { msg, str } from '../../internal/localize.js';
import { getLocale } from '../../localization.js';
import { checkIsoDate, formatDate, formatYear } from '../../internal/dates.js';
import { moveFocusTo } from '../../internal/focus.js';
import { LandmarkRoleController } from '../../internal/landmark.js';
import { isOrg, shortName } from '../../internal/organizations.js';
import { written } from '../../internal/report.js';
import { DEV_MODE } from '../../internal/dev-mode.js';
import { fragmentHref } from '../../internal/url.js';
import { WsisElement } from '../../internal/wsis-element.js';
import { barPrintForm, baseStyles, pageColumn } from '../../styles/shared.js';
import { slottedScriptFonts } from '../../styles/typography.js';
import { styles } from './wsis-footer.styles.js';

const DEFAULT_TOP_TARGET = 'top';

/**
 * The foot of a WSIS page: the site's own link groups (for example the main navigation repeated),
 * then a "Top" link, the copyright line "© WSIS, {year}. All Rights Reserved.", links to the Logo
 * Policy and the Privacy Notices, and "Updated: {date}", all in the reader's language.
 *
 * **One contentinfo landmark.** The element itself is the landmark: a default `contentinfo` role
 * in its ElementInternals, which a server render writes into the HTML too, and which a `role` the
 * site writes overrides. Inside a site's own `<footer>` or `role="contentinfo"` element it gives the
 * role up in the browser (on the server, write `role="none"` there). Its shadow root holds no
 * `<footer>`, so there is never a second one.
 *
 * **"Top".** The link points to `#top`, which every browser scrolls to the top of the page even
 * without JavaScript when no element has that id. With JavaScript it also moves focus: to the
 * element with the id `top-target` (give your banner or skip link `id="top"`), or, when there is
 * none, to `<body>`, so that the next Tab starts from the beginning of the page.
 *
 * Its background and rule run edge to edge; its content sits on the page grid the header, the
 * navigation, the privacy notice and the message share (`--wsis-page-max-width`).
 *
 * Print: the link groups and "Top" are dropped. Add the class `wsis-print-preview` to see it on screen.
 *
 * @summary Page footer: site links, Top, copyright, Logo Policy, Privacy Notices, Updated date.
 *
 * @slot - The site's link groups (for example a `<nav aria-label="…">` repeating the main sections), in light DOM.
 *
 * @csspart groups - The wrapper around the slotted link groups.
 * @csspart legal - The list of legal and practical items.
 * @csspart top-link - The "Top" link.
 * @csspart copyright - The copyright line.
 * @csspart logo-policy - The Logo Policy link (or text, without `logo-policy-href`).
 * @csspart privacy - The Privacy Notices link (or text, without `privacy-href`).
 * @csspart updated - The `<time>` of the last update.
 *
 * @cssprop [--wsis-footer-background=var(--wsis-color-surface-subtle)] - Background of the footer.
 * @cssprop [--wsis-footer-color=var(--wsis-color-text)] - Text colour.
 * @cssprop [--wsis-footer-link-color=var(--wsis-color-link)] - Link colour.
 */
export class WsisFooter extends WsisElement {
  static override styles = [baseStyles, pageColumn, barPrintForm, slottedScriptFonts, styles];

  /**
   * The copyright holder: `wsis` (the default), `itu` or `un`, written as that organisation's short
   * name in the current language (WSIS, SMSI, CMSI, ВВУИО, 信息社会世界峰会, القمة العالمية لمجتمع
   * المعلومات), or any other name, written as given.
   */
  @property() org = 'wsis';

  /** The year in the copyright line; defaults to the current year. Written in the locale's digits. */
  @property({ type: Number }) year?: number;

  /** URL of the Logo Policy page. Without it the label renders as text and a warning is given. */
  @property({ attribute: 'logo-policy-href' }) logoPolicyHref = '';

  /** URL of the Privacy Notices page. Without it the label renders as text and a warning is given. */
  @property({ attribute: 'privacy-href' }) privacyHref = '';

  /** Date of the last update of the page, as `YYYY-MM-DD`. An invalid date warns and is left out. */
  // Not `updated`: that is the name of a Lit lifecycle method, which a framework setting properties
  // (as React 19 does) would overwrite.
  @property({ attribute: 'last-updated' }) lastUpdated = '';

  /** Id of the element that "Top" moves focus to (without `#`); `<body>` when no element has it. */
  @property({ attribute: 'top-target' }) topTarget: string = DEFAULT_TOP_TARGET;

  constructor() {
    super();
    // The host is the landmark, so that a shadow <footer> can never make a second one and the
    // site's light-DOM links sit inside it.
    new LandmarkRoleController(this, 'contentinfo', 'footer');
  }

  private get updatedDate() {
    return this.checked('last-updated', this.lastUpdated, checkIsoDate);
  }

  private get validYear(): number | undefined {
    return this.derive('year', this.year, () => {
      const year = this.year;
      if (year === undefined || year === null) return undefined;
      if (Number.isInteger(year) && year >= 1 && year <= 9999) return year;
      if (DEV_MODE)
        this.report(
          'warning',
          written('year', Number.isNaN(year) ? this.getAttribute('year') : year),
          'not a year (a whole number from 1 to 9999); using the current year.',
        );
      return undefined;
    });
  }

  /** A link's URL through the safety check, or a warning when the site gave none. */
  private url(attribute: string, value: string): string | undefined {
    return this.checkedUrl(attribute, value, DEV_MODE ? 'its label renders as text without a link.' : '');
  }

  private onTopClick(event: MouseEvent): void {
    const target = this.topTarget ? document.getElementById(this.topTarget) : null;
    if (DEV_MODE && !target && this.topTarget !== DEFAULT_TOP_TARGET) {
      this.report(
        'warning',
        written('top-target', this.topTarget),
        'no element with this id in the page; "Top" moves focus to <body>.',
      );
    }
    // Handle the jump ourselves: the browser scrolls to #top but leaves focus at the foot of the page.
    event.preventDefault();
    if (target) {
      moveFocusTo(target);
    } else {
      window.scrollTo({ top: 0 });
      moveFocusTo(document.body, { preventScroll: true });
    }
  }

  private renderLink(href: string | undefined, part: string, label: string) {
    return href ? html`<a part=${part} href=${href}>${label}</a>` : html`<span part=${part}>${label}</span>`;
  }

  override render() {
    const locale = getLocale();
    // null or undefined (a removed attribute, a cleared binding) counts as empty: the default.
    const org = String(this.org ?? '').trim() || 'wsis';
    const organisation = isOrg(org) ? shortName(org) : this.boundedText('org', org);
    const year = formatYear(this.validYear ?? new Date().getUTCFullYear(), locale);
    const updated = this.updatedDate;
    const date = updated
      ? html`<time part="updated" datetime=${updated.iso}>${formatDate(updated, locale)}</time>`
      : nothing;
    return html`
      <div class="page-column">
        <div class="groups" part="groups">
          <slot></slot>
        </div>
        <ul class="legal" part="legal">
          <li class="top-item">
            <a
              class="top"
              part="top-link"
              href=${fragmentHref(this.topTarget || DEFAULT_TOP_TARGET)}
              @click=${this.onTopClick}
              >${msg('Top', {
                id: 'footer.top',
                desc: 'Footer: link that goes back to the top of the page. Length: one or two words.',
              })}</a
            >
          </li>
          <li class="copyright" part="copyright">
            ${msg(str`© ${organisation}, ${year}. All Rights Reserved.`, {
              id: 'footer.copyright',
              desc: 'Footer: the copyright line, one sentence so that each language orders and punctuates it (e.g. "©信息社会世界峰会，2004年。版权所有。" in Chinese). {organisation} is the copyright holder: the short name of WSIS, ITU or the UN in your language, or whatever name the site passes, written as given (never declined). {year} is the year, already in the locale’s digits (Western digits in all six languages, Arabic included). Length: one line on a wide screen, about 60 characters.',
            })}
          </li>
          <li>
            ${this.renderLink(
              this.url('logo-policy-href', this.logoPolicyHref),
              'logo-policy',
              msg('Logo Policy', {
                id: 'footer.logo-policy',
                desc: 'Footer: link to the rules for using the WSIS and ITU logos. Length: a few words, one line.',
              }),
            )}
          </li>
          <li>
            ${this.renderLink(
              this.url('privacy-href', this.privacyHref),
              'privacy',
              msg('Privacy Notices', {
                id: 'footer.privacy',
                desc: 'Footer: link to the site’s privacy notice (how personal data is handled). Use the title of ITU’s own privacy page in your language, which names one notice in the singular (English "Privacy notice", Arabic «إشعار الخصوصية»); the plural in English is the wording of the 2004 WSIS page. Length: a few words, one line.',
              }),
            )}
          </li>
          ${
            updated
              ? html`<li>
                  ${msg(html`Updated: ${date}`, {
                    id: 'footer.updated',
                    desc: 'Footer: date the page was last updated. {date} is the date, already formatted for your language ("January 22, 2004", "22 janvier 2004", "22 января 2004 года", "2004年1月22日", "22 كانون الثاني/يناير 2004"): write only the words around it. Length: a few words before the date.',
                  })}
                </li>`
              : nothing
          }
        </ul>
      </div>
    `;
  }
}

defineOnce('wsis-footer', WsisFooter);

declare global {
  interface HTMLElementTagNameMap {
    'wsis-footer': WsisFooter;
  }
}
