/** `<wsis-language-switcher>`: the six UN languages by their own names, as links or in-page switching. */
import { html, isServer, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineOnce } from '../../internal/define.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../../internal/localize.js';
import { baseStyles } from '../../styles/shared.js';
import { safeUrl } from '../../internal/url.js';
import { DisclosureController } from '../../internal/disclosure.js';
import { written } from '../../internal/report.js';
import { DEV_MODE } from '../../internal/dev-mode.js';
import { WsisElement } from '../../internal/wsis-element.js';
import {
  LOCALES,
  getLocale,
  localeInfo,
  resolveLocale,
  setLocale,
  type WsisLocaleCode,
  type WsisLocaleInfo,
} from '../../localization.js';
import { styles } from './wsis-language-switcher.styles.js';

/**
 * The languages offered to the reader: every locale of the library but those registered with
 * `listed: false` (a pseudo-locale of Storybook's toolbar, a translation under review).
 */
const listedLocales = () => LOCALES.filter((l) => l.listed);

/** Detail of `wsis-locale-change`: the locale the reader chose. */
export interface WsisLocaleChangeDetail {
  locale: WsisLocaleCode;
}

/**
 * Lets the reader change language. Each language is named in itself (العربية, 中文, English,
 * Français, Русский, Español), inside an element with its own `lang` and `dir`; the current one
 * carries `aria-current="true"` and is marked in bold with a bar. The list is a navigation landmark
 * named "Language" in the current language.
 *
 * Three ways to feed it, first match wins:
 * 1. **Links from a template**: `href-template="/{locale}/index.html"` gives one link a language
 *    (`{locale}` becomes `ar`, `zh-Hans`, `en`, `fr`, `ru`, `es`), each with `hreflang`.
 * 2. **The site's own links**: `<a href="/fr/" hreflang="fr">Français</a>` children (or a list of
 *    them) work without JavaScript; the element marks the current one with `aria-current` and adds a
 *    missing `lang`/`dir` from `hreflang`.
 * 3. **In-page**: with neither, buttons fire a cancelable `wsis-locale-change`; unless a listener
 *    calls `preventDefault()`, the element then calls `setLocale()`, and every element on the page
 *    follows. Call `syncDocumentLocale()` once so that `<html lang dir>` follows too.
 *
 * On narrow screens (or always, with `compact`) the list folds behind a button that names the
 * current language and the word "Language"; Escape closes it and returns focus to the button, and
 * focus is never trapped.
 *
 * @summary Language switcher with endonyms: links or in-page, compact on narrow screens.
 *
 * @slot - The site's own language links: `<a href hreflang>` elements, or a `<ul>` of them.
 *
 * @csspart toggle - The disclosure button of the compact form.
 * @csspart panel - The box holding the list (a drop-down in the compact form).
 * @csspart list - The `<ul>` of languages the element renders itself.
 *
 * @cssprop [--wsis-language-switcher-color=var(--wsis-color-text)] - Text colour.
 *
 * @fires {CustomEvent<WsisLocaleChangeDetail>} wsis-locale-change - In-page mode, before switching:
 * cancelable, `detail.locale` is the chosen code. Bubbles and crosses shadow roots.
 */
export class WsisLanguageSwitcher extends WsisElement {
  static override styles = [baseStyles, styles];

  /**
   * Whether the slot holds the site's own links. Until the browser has looked (and always on the
   * server, which cannot see them), the slot is shown: a page that writes its links reads without
   * JavaScript, and the first render over a server-rendered shadow root is the server's. Only the
   * in-page buttons, which need JavaScript anyway, wait for the look.
   */
  @state() private siteLinksKnown = false;
  @state() private hasSiteLinks = false;

  /**
   * Builds one link a language: `{locale}` is replaced by the locale code (`ar`, `zh-Hans`, `en`,
   * `fr`, `ru`, `es`). Without `{locale}` a warning is given; an unsafe URL (`javascript:`…) is
   * refused, with a warning, and the language is shown as plain text.
   */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;

  /** Always uses the compact disclosure form. Without it, the form is compact only below 40em. */
  @property({ type: Boolean, reflect: true }) compact = false;

  private readonly disclosure = new DisclosureController(this, { place: true });

  /** Links already warned about (development build only, where it is created). */
  declare private warnedLinks?: WeakSet<Element>;

  override willUpdate(): void {
    // Looked at before each render in the browser, so that the render already has the answer and
    // no second render has to follow it. Not before the first render over a server-rendered shadow
    // root (hydration): that render must be the server's, which showed the slot.
    if (!isServer && (this.hasUpdated || !this.renderRoot.hasChildNodes())) this.lookAtSiteLinks();
  }

  protected override firstUpdated(): void {
    // After hydration the browser looks, as a new update once this one is complete (a shadow root
    // the parser filled gets no slotchange for its first assignment).
    if (!this.siteLinksKnown) void this.updateComplete.then(() => this.requestUpdate());
  }

  override updated(): void {
    this.markSiteLinks();
  }

  /** One link a language from the template, built (and warned about) only when the template changes. */
  private get templateLinks(): Map<WsisLocaleCode, string | undefined> | undefined {
    return this.derive('href-template', this.hrefTemplate, () => this.buildLinks());
  }

  private buildLinks(): Map<WsisLocaleCode, string | undefined> | undefined {
    const raw = this.hrefTemplate;
    if (raw == null || raw.trim() === '') return undefined;
    const template = safeUrl(raw, this.localName, 'href-template');
    if (DEV_MODE && template && !template.includes('{locale}')) {
      this.report(
        'warning',
        written('href-template', raw),
        'no {locale} placeholder, so every language links to the same page. Write it like "/{locale}/index.html".',
      );
    }
    const links = new Map<WsisLocaleCode, string | undefined>();
    for (const { code } of listedLocales()) {
      links.set(
        code,
        template && safeUrl(template.replaceAll('{locale}', code), this.localName, 'href-template'),
      );
    }
    return links;
  }

  private siteLinks(): HTMLAnchorElement[] {
    const slot = this.shadowRoot?.querySelector('slot');
    // Before the first render there is no slot yet: what it will hold is every child without a
    // `slot` attribute (a `<slot>` passed in stands for what is assigned to it).
    const content = slot
      ? slot.assignedElements({ flatten: true })
      : Array.from(this.children)
          .filter((el) => !el.slot)
          .flatMap((el) => (el instanceof HTMLSlotElement ? el.assignedElements({ flatten: true }) : [el]));
    return content.flatMap((el) =>
      el instanceof HTMLAnchorElement ? [el] : Array.from(el.querySelectorAll('a')),
    );
  }

  // The site's links are its own markup; we only add what marks the current language and what a
  // reader's screen reader needs to pronounce each name.
  private markSiteLinks(): void {
    const current = getLocale();
    for (const link of this.siteLinks()) {
      const hreflang = link.getAttribute('hreflang');
      const code = hreflang ? resolveLocale(hreflang) : undefined;
      if (!code) continue;
      if (!link.hasAttribute('lang')) link.lang = hreflang!;
      if (!link.hasAttribute('dir')) link.dir = localeInfo(code).dir;
      if (code === current) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  }

  private lookAtSiteLinks(): void {
    const links = this.siteLinks();
    this.siteLinksKnown = true;
    this.hasSiteLinks = links.length > 0;
    // Looked at before every render and at every slotchange: one warning a link, in the
    // development build only.
    if (DEV_MODE)
      for (const link of links) {
        this.warnedLinks ??= new WeakSet();
        if (!link.hasAttribute('hreflang') && !this.warnedLinks.has(link)) {
          this.warnedLinks.add(link);
          this.report(
            'warning',
            '',
            `the link "${link.textContent?.trim()}" has no hreflang attribute; ` +
              `give each language link hreflang (and lang) so it is marked and pronounced right.`,
          );
        }
      }
  }

  /** Links added, removed or replaced: look again (a new update follows only when the answer changed). */
  private checkSiteLinks(): void {
    this.lookAtSiteLinks();
    this.markSiteLinks();
  }

  private async onChoose(code: WsisLocaleCode): Promise<void> {
    const event = new CustomEvent<WsisLocaleChangeDetail>('wsis-locale-change', {
      detail: { locale: code },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    const allowed = this.dispatchEvent(event);
    void this.disclosure.close(true);
    // Always asked, even for the language shown: while another is still loading, the one shown is
    // not the one the page will end in, and the last choice must win. `setLocale` does nothing for
    // the language already shown or already loading.
    if (allowed) await setLocale(code);
  }

  private renderLanguage(info: WsisLocaleInfo, current: WsisLocaleCode): TemplateResult {
    const isCurrent = info.code === current ? 'true' : undefined;
    const templateLinks = this.templateLinks;
    if (templateLinks) {
      const href = templateLinks.get(info.code);
      return href
        ? html`<a
            href=${href}
            hreflang=${info.code}
            lang=${info.code}
            dir=${info.dir}
            aria-current=${ifDefined(isCurrent)}
            >${info.endonym}</a
          >`
        : html`<span
            class="unavailable"
            lang=${info.code}
            dir=${info.dir}
            aria-current=${ifDefined(isCurrent)}
            >${info.endonym}</span
          >`;
    }
    return html`<button
      type="button"
      class="language"
      lang=${info.code}
      dir=${info.dir}
      aria-current=${ifDefined(isCurrent)}
      @click=${() => this.onChoose(info.code)}
    >
      ${info.endonym}
    </button>`;
  }

  override render() {
    const current = getLocale();
    const currentInfo = localeInfo(current);
    const label = msg('Language', {
      id: 'language-switcher.label',
      desc: 'Language switcher: name of the list of languages (a navigation landmark) and the word on the button that opens it on narrow screens, before the name of the current language ("Language English"). It may end with a colon where your language writes one before a value ("Langue :"); the landmark’s name then ends with it too. Length: one or two words.',
    });
    const ownList = this.templateLinks !== undefined || (this.siteLinksKnown && !this.hasSiteLinks);
    const open = this.disclosure.isOpen('panel');
    return html`<nav aria-label=${label}>
      ${this.disclosure.renderToggle(
        'panel',
        { part: 'toggle', className: 'toggle' },
        html` <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <g fill="none" stroke="currentColor" stroke-width="2">
              <circle cx="12" cy="12" r="9.5" />
              <path d="M2.5 12h19M12 2.5c-5 5.5-5 13.5 0 19M12 2.5c5 5.5 5 13.5 0 19" />
            </g>
          </svg>
          <span class="label">${label}</span>
          <span class="current" lang=${currentInfo.code} dir=${currentInfo.dir}>${currentInfo.endonym}</span>
          <svg class="chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="m5 9 7 7 7-7" fill="none" stroke="currentColor" stroke-width="3" />
          </svg>`,
      )}
      <div part="panel" id="panel" class=${open ? 'panel open' : 'panel'}>
        ${
          ownList
            ? html`<ul part="list" class="inline-list">
                ${listedLocales().map((info) => html`<li>${this.renderLanguage(info, current)}</li>`)}
              </ul>`
            : nothing
        }
        <slot ?hidden=${ownList} @slotchange=${this.checkSiteLinks}></slot>
      </div>
    </nav>`;
  }
}

defineOnce('wsis-language-switcher', WsisLanguageSwitcher);

declare global {
  interface HTMLElementTagNameMap {
    'wsis-language-switcher': WsisLanguageSwitcher;
  }
  interface GlobalEventHandlersEventMap {
    'wsis-locale-change': CustomEvent<WsisLocaleChangeDetail>;
  }
}
