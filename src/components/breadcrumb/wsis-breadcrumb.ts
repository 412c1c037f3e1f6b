/** `<wsis-breadcrumb>`: the trail of pages from the home page down to the current one. */
import { html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { defineOnce } from '../../internal/define.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../../internal/localize.js';
import { baseStyles } from '../../styles/shared.js';
import { NavItemsController } from '../../internal/nav-items.js';
import { WsisElement } from '../../internal/wsis-element.js';
import { styles } from './wsis-breadcrumb.styles.js';

/** An item of `<wsis-breadcrumb>`'s `items` property. */
export interface WsisBreadcrumbItem {
  /** The visible text of the step. */
  label: string;
  /** Where the step links to; may be left out for the last step (the current page). */
  href?: string;
  /** Language of the label when it differs from the page's. */
  lang?: string;
}

const OPTIONS = { children: false, lastMayBeText: true };

const chevron = svg`<path d="M6 3l5 5-5 5" fill="none" stroke="currentColor" stroke-width="2" />`;

/**
 * A breadcrumb trail: an ordered list of links from the home page down to the page the reader is
 * on, in a navigation landmark named "Breadcrumb" in the current language. The last step is the
 * current page (`aria-current="page"`). The separators are drawn, hidden from assistive
 * technology, and point the other way in right-to-left languages.
 *
 * The site writes the trail as ordinary links, so it reads without JavaScript:
 *
 * ```html
 * <wsis-breadcrumb>
 *   <ol>
 *     <li><a href="/">Home</a></li>
 *     <li><a href="/geneva">First phase: Geneva</a></li>
 *     <li><a href="/geneva/declaration">Declaration of Principles</a></li>
 *   </ol>
 * </wsis-breadcrumb>
 * ```
 *
 * The last `<li>` may hold plain text instead of a link. Once upgraded, the element renders the
 * trail from these links in its shadow root (the site's markup stays in the light DOM as the source
 * and the no-script fallback, hidden while the enhanced copy shows), following later changes.
 *
 * @summary Breadcrumb trail in a named navigation landmark, ending in the current page.
 *
 * @slot - The site's trail: an `<ol>` (or `<ul>`) of links, or `<a>` elements. Read, not shown,
 *   once the element has upgraded.
 *
 * @csspart nav - The `<nav>` landmark.
 * @csspart list - The `<ol>`.
 * @csspart link - Each link, the current page's included when it has one.
 * @csspart current - The current page when it is text, not a link.
 * @csspart separator - The decorative chevron between steps.
 *
 * @cssprop [--wsis-breadcrumb-color=var(--wsis-color-link)] - Colour of the links.
 * @cssprop [--wsis-breadcrumb-separator-color=var(--wsis-color-text-muted)] - Colour of the separators.
 */
export class WsisBreadcrumb extends WsisElement {
  static override styles = [baseStyles, styles];

  /** The name of the navigation landmark. Defaults to "Breadcrumb" in the current language. */
  @property() label?: string;

  /**
   * The trail as data: an array of `{label, href, lang}`, from the home page to the current page.
   * When set, it replaces the light-DOM links. Bad steps are reported with `console.error` and
   * skipped; unsafe URLs never reach an `href`.
   */
  @property({ attribute: false }) items?: WsisBreadcrumbItem[];

  private readonly source = new NavItemsController(this, OPTIONS, ['href', 'lang'], () => this.items);

  override render() {
    const items = this.source.items;
    const last = items.length - 1;
    const enhanced = this.source.enhanced;
    return html`<nav
        part="nav"
        ?hidden=${!enhanced}
        aria-label=${
          this.boundedText('label', this.label).trim() ||
          msg('Breadcrumb', {
            id: 'breadcrumb.label',
            desc: 'Name of the breadcrumb navigation landmark (the trail of pages from the home page to the current one). Not shown, read aloud. Length: one or two words.',
          })
        }
      >
        <ol part="list">
          ${items.map(
            (item, index) =>
              html`<li>
                ${
                  index > 0
                    ? html`<svg
                        part="separator"
                        class="separator"
                        viewBox="0 0 16 16"
                        aria-hidden="true"
                        focusable="false"
                      >
                        ${chevron}
                      </svg>`
                    : nothing
                }
                ${
                  item.href !== undefined
                    ? html`<a
                        part="link"
                        href=${item.href}
                        lang=${ifDefined(item.lang)}
                        aria-current=${ifDefined(index === last ? 'page' : undefined)}
                        >${item.label}</a
                      >`
                    : html`<span
                        part="current"
                        class="text"
                        lang=${ifDefined(item.lang)}
                        aria-current=${ifDefined(index === last ? 'page' : undefined)}
                        >${item.label}</span
                      >`
                }
              </li>`,
          )}
        </ol>
      </nav>
      <slot class="source" ?hidden=${enhanced}></slot>`;
  }
}

defineOnce('wsis-breadcrumb', WsisBreadcrumb);

declare global {
  interface HTMLElementTagNameMap {
    'wsis-breadcrumb': WsisBreadcrumb;
  }
}
