/** `<wsis-nav>`: a site's primary navigation, from plain links, with sub-page disclosures and a mobile menu. */
import { html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { TemplateResult } from 'lit';
import { defineOnce } from '../../internal/define.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../../internal/localize.js';
import { baseStyles, leftOutOfPrint, pageColumn } from '../../styles/shared.js';
import { NavItemsController } from '../../internal/nav-items.js';
import type { NavItem, NavItemInput } from '../../internal/nav-items.js';
import { DisclosureController } from '../../internal/disclosure.js';
import { written } from '../../internal/report.js';
import { DEV_MODE } from '../../internal/dev-mode.js';
import { WsisElement } from '../../internal/wsis-element.js';
import { styles } from './wsis-nav.styles.js';

/** An item of `<wsis-nav>`'s `items` property. */
export type WsisNavItem = NavItemInput;

const OPTIONS = { children: true, lastMayBeText: false };

const chevron = svg`<path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" stroke-width="2" />`;
const bars = svg`<path d="M2 4h12M2 8h12M2 12h12" fill="none" stroke="currentColor" stroke-width="2" />`;

// Compare links and the page by origin and path, ignoring a trailing slash, the query and the fragment.
function urlKey(href: string, base: string): string | undefined {
  try {
    const url = new URL(href, base);
    return url.origin + (url.pathname.replace(/\/+$/, '') || '/');
  } catch {
    return undefined;
  }
}

/**
 * The primary navigation of a WSIS site: a bar of links whose groups (the Geneva and Tunis phases,
 * each with its own pages) open as disclosures, and which folds behind a "Menu" button on narrow
 * screens.
 *
 * **Progressive enhancement.** The site writes ordinary links as children, so without JavaScript
 * the page shows a working list of links:
 *
 * ```html
 * <wsis-nav>
 *   <ul>
 *     <li><a href="/basic">Basic information</a></li>
 *     <li>
 *       <a href="/geneva">First phase: Geneva</a>
 *       <ul>
 *         <li><a href="/geneva/declaration">Declaration of Principles</a></li>
 *       </ul>
 *     </li>
 *     <li><a href="/newsroom" aria-current="page">Newsroom</a></li>
 *   </ul>
 * </wsis-nav>
 * ```
 *
 * Direct `<a>` children work too, and wrappers around the list (`<nav>`, `<div>`) are looked
 * through. A group is an `<li>` holding a link (or just text) and a nested `<ul>`; `aria-current`
 * on a link marks the current page; `lang` on a link or list item is kept. Content with no links
 * at all is shown as it is, with a console warning. The fallback list is the site's to style: a
 * bare browser list puts links closer than the 24px targets WCAG 2.2 asks for, so give it room, e.g.
 * `wsis-nav:not(:defined) li { padding-block: 0.25em }`.
 * Once upgraded, the element reads these links (and follows later changes to them) and renders the
 * enhanced bar in its shadow root; the site's markup stays in the light DOM as the source and the
 * no-script fallback, hidden while the enhanced copy shows so nothing is read twice. (The nested
 * lists and buttons cannot be styled through `::slotted()`, which reaches only direct children.)
 *
 * **Server rendering.** The server cannot see the element's children: pass the same links as
 * `items` there too, and the finished bar is in the HTML (the browser then reads the light DOM, finds
 * the same links and hydrates). Without JavaScript (`@media (scripting: none)`) the "Menu" and
 * sub-page buttons are left out and every link shows, at any width.
 *
 * **Keyboard.** Tab moves through links and the sub-page buttons; Enter or Space opens and closes
 * a group; Escape closes the open group (or the mobile menu) and returns focus to its button. Focus
 * is never trapped; a group (or the menu) also closes when focus or a click leaves it.
 *
 * **Layout.** The bar's background and rule run edge to edge; its links sit on the page grid the
 * header, the privacy notice, the message and the footer share (`--wsis-page-max-width`), the first
 * one starting on the grid line, each group's chevron right after its link. Print leaves the
 * navigation out (the class `wsis-print-preview` shows that on screen).
 *
 * **The current page.** `aria-current="page"` on a site's link, `current: true` on an item, or,
 * with `current-from-location`, the item whose link is the page's own address; that one follows a
 * single-page site's navigation (history changes, and the Navigation API where the browser has it).
 *
 * @summary Primary navigation with sub-page disclosures and a mobile menu, built from plain links.
 *
 * @slot - The site's links: `<a>` elements or a `<ul>`/`<ol>` of them (see above). Read, not shown,
 *   once the element has upgraded.
 *
 * @csspart nav - The `<nav>` landmark.
 * @csspart menu-button - The "Menu" button shown on narrow screens.
 * @csspart list - The top-level list.
 * @csspart link - Every link.
 * @csspart toggle - The button that opens a group's sub-pages.
 * @csspart submenu - A group's list of sub-pages.
 *
 * @cssprop [--wsis-nav-background=var(--wsis-color-surface)] - Background of the bar.
 * @cssprop [--wsis-nav-color=var(--wsis-color-link)] - Colour of the links.
 * @cssprop [--wsis-nav-current-color=var(--wsis-color-brand)] - Colour of the bar under the current page's link.
 * @cssprop [--wsis-nav-border-color=var(--wsis-color-border)] - Colour of the rule under the bar.
 */
export class WsisNav extends WsisElement {
  static override styles = [baseStyles, pageColumn, styles, leftOutOfPrint];

  /** Origin and path of the page, when `current-from-location` asked for it (set in the browser only). */
  @state() private locationKey?: string;

  /** The page's base URL, against which relative links are compared with `locationKey`. */
  @state() private baseUrl = '';

  /**
   * The name of the navigation landmark. Defaults to "Main" in the current language; give every
   * other navigation on the page its own (e.g. "Footer") so that landmarks have distinct names.
   */
  @property() label?: string;

  /**
   * Items as data, for sites that build menus from a CMS: an array of `{label, href, current,
   * lang, children}`, nested up to 8 levels. When set, it replaces the light-DOM links. Bad items,
   * and items nested deeper, are reported with `console.error` and skipped; unsafe URLs
   * (`javascript:`, `data:`…) never reach an `href`.
   */
  @property({ attribute: false }) items?: WsisNavItem[];

  /**
   * When present, the element marks as current the item whose link points to the page's own
   * address (origin and path), in addition to any item marked `current`, and follows the page's
   * address as a single-page site changes it.
   */
  @property({ type: Boolean, attribute: 'current-from-location', reflect: true }) currentFromLocation = false;

  // Constructed first, so that an open group handles Escape before the menu around it. A group
  // closes when focus leaves its item (its link, its button and its sub-pages).
  private readonly groups = new DisclosureController(this, {
    place: true,
    container: (id) => this.renderRoot.querySelector(`[id="${id}"]`)?.parentElement,
  });

  /** The list on narrow screens, behind the "Menu" button. Survives a change of locale. */
  private readonly menu = new DisclosureController(this);

  private readonly source = new NavItemsController(
    this,
    OPTIONS,
    ['href', 'aria-current', 'lang'],
    () => this.items,
  );

  override connectedCallback(): void {
    super.connectedCallback();
    // After the first render, never before it: the server cannot know the page's address, and a
    // hydrating element's first render must be the server's.
    if (this.currentFromLocation && this.hasUpdated) this.followLocation(true);
    if (DEV_MODE) queueMicrotask(() => this.checkDistinctName());
  }

  protected override firstUpdated(): void {
    // As a new update once this one is complete: the address changes what is rendered.
    if (this.currentFromLocation)
      void this.updateComplete.then(() => {
        if (this.currentFromLocation && this.isConnected) this.followLocation(true);
      });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.followLocation(false);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (this.hasUpdated && changed.has('currentFromLocation') && this.isConnected) {
      this.followLocation(this.currentFromLocation);
    }
  }

  /**
   * Starts or stops following the page's address: a single-page site changes it with the History
   * API (`popstate` on back and forward) or, where the browser has it, the Navigation API, whose
   * `currententrychange` also reports `pushState` and `replaceState`.
   */
  private followLocation(on: boolean): void {
    const navigation = (window as unknown as { navigation?: EventTarget }).navigation;
    window.removeEventListener('popstate', this.readLocation);
    navigation?.removeEventListener('currententrychange', this.readLocation);
    if (!on) return;
    window.addEventListener('popstate', this.readLocation);
    navigation?.addEventListener('currententrychange', this.readLocation);
    this.readLocation();
  }

  private readonly readLocation = () => {
    this.locationKey = urlKey(location.href, location.href);
    this.baseUrl = document.baseURI;
  };

  /** The landmark's name as assistive technology reads it. */
  private get accessibleName(): string {
    return (
      this.boundedText('label', this.label).trim() ||
      msg('Main', {
        id: 'nav.label',
        desc: 'Name of the primary navigation landmark; screen readers add the word "navigation" (e.g. "Main navigation"). Length: one or two words.',
      })
    );
  }

  /** A developer warning (development build only) when another nav on the page has the same name. */
  private checkDistinctName(): void {
    if (!DEV_MODE || !this.isConnected) return;
    const navs = Array.from(document.querySelectorAll('wsis-nav'));
    const name = this.accessibleName;
    // Warn once, from the later of two navs sharing a name.
    const earlier = navs.slice(0, navs.indexOf(this)).some((n) => n.accessibleName === name);
    if (earlier) {
      this.report(
        'warning',
        written('label', this.label ?? ''),
        `another <wsis-nav> on this page is also named "${name}"; ` +
          `give each navigation a distinct label (e.g. label="Footer").`,
      );
    }
  }

  private isCurrent(item: NavItem): boolean {
    if (item.current) return true;
    if (!this.locationKey || item.href === undefined) return false;
    return urlKey(item.href, this.baseUrl) === this.locationKey;
  }

  private containsCurrent(item: NavItem): boolean {
    return item.children.some((c) => this.isCurrent(c) || this.containsCurrent(c));
  }

  private renderLink(item: NavItem, current: boolean): TemplateResult {
    return item.href !== undefined
      ? html`<a
          part="link"
          class="link"
          href=${item.href}
          lang=${ifDefined(item.lang)}
          aria-current=${ifDefined(current ? 'page' : undefined)}
          data-label=${this.currentFromLocation ? item.label : nothing}
          >${item.label}</a
        >`
      : html`<span class="link text" lang=${ifDefined(item.lang)}>${item.label}</span>`;
  }

  private renderSubItem(item: NavItem): TemplateResult {
    return html`<li class="sub-item">
      ${this.renderLink(item, this.isCurrent(item))}
      ${
        item.children.length
          ? html`<ul class="nested">
              ${item.children.map((c) => this.renderSubItem(c))}
            </ul>`
          : nothing
      }
    </li>`;
  }

  /** A link's text in its own language, when the site marked one on the link or its list. */
  private renderLabel(item: NavItem): TemplateResult {
    return html`<span lang=${ifDefined(item.lang)}>${item.label}</span>`;
  }

  private renderItem(item: NavItem, index: number): TemplateResult {
    const current = this.isCurrent(item);
    if (!item.children.length) {
      return html`<li class="item">${this.renderLink(item, current)}</li>`;
    }
    const id = `sub-${index}`;
    const open = this.groups.isOpen(id);
    const label = this.renderLabel(item);
    // A plain string, not classMap: nothing else sets classes on these elements, and the directive
    // would be the only one the whole set ships.
    const classes = `item group${open ? ' open' : ''}${current || this.containsCurrent(item) ? ' has-current' : ''}`;
    return html`<li class=${classes}>
      ${item.href !== undefined ? this.renderLink(item, current) : nothing}
      ${this.groups.renderToggle(
        id,
        { part: 'toggle', className: item.href !== undefined ? 'toggle' : 'toggle labelled' },
        html`${
            item.href !== undefined
              ? html`<span class="visually-hidden"
                  >${msg(html`Sub-pages of ${label}`, {
                    id: 'nav.subpages',
                    desc: 'Name of the button beside a menu link that shows or hides the pages under it. {label} is the link text as the site wrote it, e.g. "First phase: Geneva", possibly in another language, which the code marks: quote it as your language quotes a title (« {label} » in French, with no-break spaces inside the quotes), so that it reads as a name and is never declined. Not shown, read aloud. Length: any.',
                  })}</span
                >`
              : label
          } <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${chevron}</svg>`,
      )}
      <ul id=${id} part="submenu" class="submenu" ?hidden=${!open}>
        ${item.children.map((c) => this.renderSubItem(c))}
      </ul>
    </li>`;
  }

  override render() {
    const items = this.source.items;
    const enhanced = this.source.enhanced;
    const menuOpen = this.menu.isOpen('list');
    return html`<nav part="nav" aria-label=${this.accessibleName} ?hidden=${!enhanced}>
        ${this.menu.renderToggle(
          'list',
          { part: 'menu-button', className: 'menu-button' },
          html`<svg class="bars" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${bars}</svg>
            <span
              >${msg('Menu', {
                id: 'nav.menu',
                desc: 'Button on narrow screens that shows or hides the list of the site’s main sections. Length: one word; it sits beside the icon on a narrow button.',
              })}</span
            >`,
        )}
        <ul id="list" part="list" class=${menuOpen ? 'list page-column open' : 'list page-column'}>
          ${items.map((item, index) => this.renderItem(item, index))}
        </ul>
      </nav>
      <slot class="source" ?hidden=${enhanced}></slot>`;
  }
}

defineOnce('wsis-nav', WsisNav);

declare global {
  interface HTMLElementTagNameMap {
    'wsis-nav': WsisNav;
  }
}
