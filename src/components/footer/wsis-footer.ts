/** `<wsis-footer>`: the foot of every WSIS page, its one contentinfo landmark. */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { getLocale } from '../../localization.js';
import { checkIsoDate, formatDate, formatYear, type CalendarDate } from '../../internal/dates.js';
import { moveFocusTo } from '../../internal/focus.js';
import { fragmentHref, safeUrl } from '../../internal/url.js';
import { focusRing, tokens } from '../../styles/shared.js';
import { scriptFonts, slottedScriptFonts } from '../../styles/typography.js';
import { styles } from './wsis-footer.styles.js';

const TAG = 'wsis-footer';
const DEFAULT_TOP_TARGET = 'top';

/**
 * The foot of a WSIS page: the site's own link groups (for example the main navigation repeated),
 * then a "Top" link, the copyright line "© WSIS <year> All Rights Reserved", links to the Logo
 * Policy and the Privacy Notices, and "Updated: <date>", all in the reader's language.
 *
 * **One contentinfo landmark.** The element itself is the landmark: when connected it gets
 * `role="contentinfo"` unless the site gave it a role or already wraps it in a `<footer>` or a
 * `role="contentinfo"` element. Its shadow root holds no `<footer>`, so there is never a second one.
 * Pages rendered on the server should write `role="contentinfo"` on the element themselves, so the
 * landmark is there before JavaScript runs.
 *
 * **"Top".** The link points to `#top`, which every browser scrolls to the top of the page even
 * without JavaScript when no element has that id. With JavaScript it also moves focus: to the
 * element with the id `top-target` (give your banner or skip link `id="top"`), or, when there is
 * none, to `<body>`, so that the next Tab starts from the beginning of the page.
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
 * @cssprop --wsis-footer-background - Background of the footer (default: a light grey).
 * @cssprop --wsis-footer-color - Text colour.
 * @cssprop --wsis-footer-link-color - Link colour.
 */
@localized()
@customElement('wsis-footer')
export class WsisFooter extends LitElement {
  static override styles = [tokens, scriptFonts, slottedScriptFonts, focusRing, styles];

  @state() private hasGroups = false;
  @state() private parsedUpdated?: CalendarDate;
  // Checked once when the attribute changes, so a warning is not repeated on every render.
  @state() private logoPolicyUrl?: string;
  @state() private privacyUrl?: string;

  /**
   * The organisation in the copyright line. Empty (the default) gives the short name of the Summit
   * in the current language: WSIS, SMSI, CMSI, ВВУИО, 信息社会世界峰会, القمة العالمية لمجتمع المعلومات.
   */
  @property() organisation = '';

  /** The year in the copyright line; defaults to the current year. Written in the locale's digits. */
  @property({ type: Number }) year?: number;

  /** URL of the Logo Policy page. Without it the label renders as text and a warning is given. */
  @property({ attribute: 'logo-policy-href' }) logoPolicyHref = '';

  /** URL of the Privacy Notices page. Without it the label renders as text and a warning is given. */
  @property({ attribute: 'privacy-href' }) privacyHref = '';

  /** Date of the last update of the page, as `YYYY-MM-DD`. An invalid date warns and is left out. */
  @property({ attribute: 'updated' }) lastUpdated = '';

  /** Id of the element that "Top" moves focus to (without `#`); `<body>` when no element has it. */
  @property({ attribute: 'top-target' }) topTarget = DEFAULT_TOP_TARGET;

  private addedRole = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // The host is the landmark, so that a shadow <footer> can never make a second one and the
    // site's light-DOM links sit inside it.
    const inSiteFooter = this.parentElement?.closest('footer, [role="contentinfo"]');
    if (!this.hasAttribute('role') && !inSiteFooter) {
      this.setAttribute('role', 'contentinfo');
      this.addedRole = true;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.addedRole) {
      this.removeAttribute('role');
      this.addedRole = false;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lastUpdated')) this.parsedUpdated = checkIsoDate(this.lastUpdated, TAG, 'updated');
    if (changed.has('year') && this.year !== undefined && !this.isValidYear()) {
      console.warn(
        `<${TAG}> year="${Number.isNaN(this.year) ? this.getAttribute('year') : this.year}": not a year (a whole number from 1 to 9999); using the current year.`,
      );
    }
    if (changed.has('logoPolicyHref'))
      this.logoPolicyUrl = safeUrl(this.logoPolicyHref, TAG, 'logo-policy-href');
    if (changed.has('privacyHref')) this.privacyUrl = safeUrl(this.privacyHref, TAG, 'privacy-href');
    for (const [name, attribute] of [
      ['logoPolicyHref', 'logo-policy-href'],
      ['privacyHref', 'privacy-href'],
    ] as const) {
      if (changed.has(name) && !this[name].trim()) {
        console.warn(`<${TAG}> ${attribute}: missing; its label renders as text without a link.`);
      }
    }
  }

  private onSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.hasGroups = slot
      .assignedNodes({ flatten: true })
      .some((n) => n.nodeType === Node.ELEMENT_NODE || (n.textContent ?? '').trim() !== '');
  }

  private onTopClick(event: MouseEvent): void {
    const target = this.topTarget ? document.getElementById(this.topTarget) : null;
    if (!target && this.topTarget !== DEFAULT_TOP_TARGET) {
      console.warn(
        `<${TAG}> top-target="${this.topTarget}": no element with this id in the page; "Top" moves focus to <body>.`,
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

  private isValidYear(): boolean {
    return Number.isInteger(this.year) && this.year! >= 1 && this.year! <= 9999;
  }

  private renderLink(href: string | undefined, part: string, label: string) {
    return href ? html`<a part=${part} href=${href}>${label}</a>` : html`<span part=${part}>${label}</span>`;
  }

  override render() {
    const locale = getLocale();
    const organisation =
      this.organisation.trim() ||
      msg('WSIS', {
        id: 'footer.organisation',
        desc: 'Footer: short name of the World Summit on the Information Society, as the copyright holder (the usual abbreviation in your language, or the full name where there is none).',
      });
    const year = formatYear(this.isValidYear() ? this.year! : new Date().getUTCFullYear(), locale);
    const updated = this.parsedUpdated;
    const date = updated
      ? html`<time part="updated" datetime=${updated.iso}>${formatDate(updated, locale)}</time>`
      : nothing;
    return html`
      <div class="groups" part="groups" ?hidden=${!this.hasGroups}>
        <slot @slotchange=${this.onSlotChange}></slot>
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
              desc: 'Footer: link that goes back to the top of the page.',
            })}</a
          >
        </li>
        <li class="copyright" part="copyright">
          ${msg(str`© ${organisation} ${year}`, {
            id: 'footer.copyright',
            desc: 'Footer: copyright line; the first value is the organisation (e.g. WSIS), the second the year.',
          })}
          ${msg('All Rights Reserved', {
            id: 'footer.rights',
            desc: 'Footer: follows the copyright line.',
          })}
        </li>
        <li>
          ${this.renderLink(
            this.logoPolicyUrl,
            'logo-policy',
            msg('Logo Policy', {
              id: 'footer.logo-policy',
              desc: 'Footer: link to the rules for using the WSIS and ITU logos.',
            }),
          )}
        </li>
        <li>
          ${this.renderLink(
            this.privacyUrl,
            'privacy',
            msg('Privacy Notices', {
              id: 'footer.privacy',
              desc: 'Footer: link to the privacy notices (how personal data is handled).',
            }),
          )}
        </li>
        ${
          updated
            ? html`<li>
                ${msg(html`Updated: ${date}`, {
                  id: 'footer.updated',
                  desc: 'Footer: date the page was last updated; the value is the date in words (e.g. "22 January 2004").',
                })}
              </li>`
            : nothing
        }
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wsis-footer': WsisFooter;
  }
}
