/** `<wsis-privacy-notice>`: asks once, in the reader's language, before a site sets optional cookies. */
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineOnce } from '../../internal/define.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../../internal/localize.js';
import { baseStyles, leftOutOfPrint, pageColumn } from '../../styles/shared.js';
import { report } from '../../internal/report.js';
import { DEV_MODE } from '../../internal/dev-mode.js';
import { moveFocusTo } from '../../internal/focus.js';
import { WsisElement } from '../../internal/wsis-element.js';
import {
  DEFAULT_CONSENT_KEY,
  localConsentStorage,
  readConsentRecord,
  writeConsentRecord,
  type WsisConsentDecision,
  type WsisConsentRecord,
  type WsisConsentStorage,
} from '../../internal/consent-storage.js';
import { styles } from './wsis-privacy-notice.styles.js';

export type {
  WsisConsentDecision,
  WsisConsentRecord,
  WsisConsentStorage,
} from '../../internal/consent-storage.js';
export {
  cookieConsentStorage,
  localConsentStorage,
  memoryConsentStorage,
} from '../../internal/consent-storage.js';

const DEFAULT_VERSION = '1';

/** Elements that are never where reading goes on after the notice. */
const SKIPPED = new Set(['script', 'style', 'template', 'link', 'meta', 'noscript']);

/**
 * The first shown element after `notice` in the page (the banner, when the notice comes first in
 * `<body>`), looking up through its ancestors when nothing follows it; `<main>` or `<body>` when
 * nothing does at all.
 */
function followingElement(notice: Element): HTMLElement {
  for (let from: Element | null = notice; from && from !== document.body; from = from.parentElement) {
    for (let next = from.nextElementSibling; next; next = next.nextElementSibling) {
      if (next instanceof HTMLElement && !SKIPPED.has(next.localName) && next.getClientRects().length)
        return next;
    }
  }
  return document.querySelector<HTMLElement>('main, [role="main"]') ?? document.body;
}

/** Detail of `wsis-consent-change`. */
export interface WsisConsentChangeDetail {
  decision: WsisConsentDecision;
  version: string;
  /** When the choice was made, ISO 8601. */
  date: string;
}

type Stage = 'question' | 'confirmation';

/**
 * A consent notice for optional cookies, modelled on GOV.UK's cookie banner: a named region at the
 * top of the page (not a dialog: it never traps focus or hides the page) with the site's short text,
 * a link to the full privacy notice and two buttons of equal weight, "Accept" and "Reject".
 *
 * After a choice the question is hidden and a confirmation, saying what was chosen and how to
 * change it, takes its place and receives focus so that screen readers announce it; "Hide this
 * message" then hides the whole notice and moves focus to what follows it in the page (the banner,
 * when the notice comes first in `<body>`), so the next Tab reaches the skip link. The choice is stored as `{version, decision, date}`, in
 * `localStorage` by default or in any `storage` the site passes; a record for another
 * `policy-version` asks again. Storage that throws (private mode) or holds garbage never breaks the
 * notice: the choice holds for the page and a console warning says why.
 *
 * Reading the choice before any event: `notice.decision`, or, before the element is even defined,
 * `WsisPrivacyNotice.readConsent(storage?, version?)`. Load analytics only when it is `'accepted'`.
 *
 * Reopening: call `reopen()`, or give any link or button in the page the attribute
 * `data-wsis-privacy-reopen`. With JavaScript a click reopens the notice and moves focus to it;
 * without, the link still leads to the site's cookie page. For example, in the footer:
 * `<a href="/cookies" data-wsis-privacy-reopen>Cookie settings</a>`.
 *
 * Its background and rule run edge to edge; its content sits on the page grid the header, the
 * navigation, the message and the footer share (`--wsis-page-max-width`). On a phone its type and
 * spacing tighten and the two buttons sit side by side, so the page's heading still shows on a
 * 360 × 640 screen.
 *
 * Print: the notice is left out (it asks a question paper cannot answer). The class
 * `wsis-print-preview` shows that on screen.
 *
 * Without JavaScript (server-rendered as declarative shadow DOM): when `action` is set the buttons
 * are `<button type="submit" name="cookies" value="accept|reject">` in a `<form method="post">`, so
 * the server reads the choice: `answerConsentForm()` of `wsis-components/ssr` answers it with the
 * choice in a cookie, and `readConsentCookie()` tells the next page to render the notice `hidden`.
 * Give the element `cookieConsentStorage()` to keep its choice in that same cookie. With JavaScript
 * the submission is intercepted: the choice is stored and the event fires, and the page stays; set
 * `submit-to-server` to let the form post as well.
 *
 * @summary Cookie consent notice: named region, plain form without JavaScript, versioned choice.
 *
 * @slot - The site's short explanation (one or two `<p>`). Defaults to a localized sentence about
 * essential and optional cookies.
 *
 * @csspart region - The named region that holds the question and the confirmation.
 * @csspart question - The question: text, privacy link and the two buttons.
 * @csspart confirmation - What was chosen and how to change it; receives focus after a choice.
 * @csspart accept - The "Accept optional cookies" button.
 * @csspart reject - The "Reject optional cookies" button.
 * @csspart hide - The "Hide this message" button.
 *
 * @cssprop [--wsis-privacy-notice-background=var(--wsis-color-surface-subtle)] - Background of the notice.
 * @cssprop [--wsis-privacy-notice-accent=var(--wsis-color-brand)] - Colour of the rule under the notice.
 * @cssprop [--wsis-privacy-notice-max-width=var(--wsis-page-max-width)] - Maximum width of the content (the page grid's).
 * @cssprop [--wsis-privacy-notice-button-background=var(--wsis-color-brand)] - Background of both choice buttons.
 * @cssprop [--wsis-privacy-notice-button-color=var(--wsis-color-on-brand)] - Text colour of both choice buttons.
 * @cssprop [--wsis-privacy-notice-button-hover-background=var(--wsis-color-brand-strong)] - Background of a choice button under the pointer.
 *
 * @fires {CustomEvent<WsisConsentChangeDetail>} wsis-consent-change - After the reader accepts or
 * rejects: `detail` is `{decision: 'accepted'|'rejected', version, date}`. Bubbles and crosses
 * shadow roots.
 */
export class WsisPrivacyNotice extends WsisElement {
  static override styles = [baseStyles, pageColumn, styles, leftOutOfPrint];

  /**
   * The stored choice for `version`, or `null` when there is none, it answers another version, or
   * storage cannot be read (a console warning then says why). For a site that decides whether to
   * load analytics before the element is defined. Never throws.
   */
  static readConsent(
    storage?: WsisConsentStorage,
    version: string = DEFAULT_VERSION,
  ): WsisConsentRecord | null {
    const { record } = readConsentRecord(storage ?? localConsentStorage(DEFAULT_CONSENT_KEY), (problem) =>
      DEV_MODE ? report('warning', 'wsis-privacy-notice', 'readConsent()', problem) : undefined,
    );
    return record && record.version === version ? record : null;
  }

  @state() private stage: Stage = 'question';
  /**
   * The record from an earlier visit answers another policy version. Read from storage, so shown
   * only from the second render on: the first is the server's, which cannot read the reader's storage.
   */
  private outdated = false;

  /**
   * The version of the site's privacy policy. A stored choice for another version does not count:
   * the notice asks again. Change it when the policy changes.
   */
  @property({ attribute: 'policy-version', reflect: true }) policyVersion: string = DEFAULT_VERSION;

  /** URL of the full privacy notice. Passed through the URL safety check. */
  @property({ attribute: 'privacy-href' }) privacyHref?: string;

  /** URL of the site's cookie settings page, linked from the confirmation. Without it, a button reopens the question. */
  @property({ attribute: 'settings-href' }) settingsHref?: string;

  /**
   * Where the form posts without JavaScript (`name="cookies"`, `value="accept"` or `"reject"`).
   * Without it the buttons are plain buttons and the notice needs JavaScript.
   */
  @property() action?: string;

  /** With JavaScript, also let the form post to `action` after the choice is stored (a page load). */
  @property({ type: Boolean, attribute: 'submit-to-server' }) submitToServer = false;

  /** The `localStorage` key of the default storage. Ignored when `storage` is set. */
  @property({ attribute: 'storage-key' }) storageKey: string = DEFAULT_CONSENT_KEY;

  /**
   * Where the choice is kept (a JavaScript property). Default: `localStorage` under `storage-key`,
   * created when the element connects. `cookieConsentStorage()` keeps it in the cookie the site's
   * server reads and writes; any `{read(): string | null; write(value: string): void}` works.
   */
  @property({ attribute: false }) storage?: WsisConsentStorage;

  private record: WsisConsentRecord | null = null;
  private loaded = false;
  /** A storage warning was given (development build only). */
  declare private storageWarned?: boolean;
  /** The first read used the default storage because no `storage` property was there yet. */
  private storageReadAtConnect = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.loaded && !this.storage) this.storageReadAtConnect = true;
    this.load();
    // Only on the first connection: a notice moved in the DOM after a choice keeps its confirmation.
    // `hidden` is the host's attribute, outside what is rendered, so hydration is unaffected; a
    // server-rendered page hides the notice before its first paint with the early script of
    // `wsis-components/ssr` (the Server rendering guide), so it never shows and then vanishes.
    if (!this.hasUpdated && this.record) this.hidden = true;
    document.addEventListener('click', this.onDocumentClick);
  }

  protected override firstUpdated(): void {
    // The first render left out what depends on storage (see `outdated`): render it in a new
    // update once this one is complete.
    if (this.outdated) void this.updateComplete.then(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this.onDocumentClick);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // A `storage` a site set on the element in the HTML before the library was defined is put back
    // by Lit only now, at the first update: connectedCallback read the default storage instead.
    // Read again from the storage the site gave, as if it had been there from the start.
    if (!this.hasUpdated && changed.has('storage') && this.storage && this.storageReadAtConnect) {
      this.storageReadAtConnect = false;
      this.load(true);
      this.hidden = this.record !== null;
    }
    // A new version or storage after the first load means reading again: the old answer may not count.
    if (
      this.hasUpdated &&
      (changed.has('policyVersion') || changed.has('storage') || changed.has('storageKey'))
    ) {
      const before = this.record;
      this.load(true);
      if (before && !this.record) {
        this.stage = 'question';
        this.hidden = false;
      }
    }
  }

  private readonly onDocumentClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    const trigger = event
      .composedPath()
      .find((node) => node instanceof Element && node.hasAttribute('data-wsis-privacy-reopen'));
    if (!trigger) return;
    event.preventDefault();
    this.reopen();
  };

  private onChoose(event: MouseEvent): void {
    const value = (event.currentTarget as HTMLButtonElement).value;
    // Let the browser post the form only when the site asked for it; otherwise the page stays.
    if (!(this.submitToServer && this.actionUrl)) event.preventDefault();
    this.choose(value === 'accept' ? 'accepted' : 'rejected');
  }

  private onHide(): void {
    this.hidden = true;
    // The button that had focus is gone with the notice, and focus would fall to <body>: it goes to
    // what follows the notice instead, so that reading and Tab go on from where the notice was.
    moveFocusTo(followingElement(this));
  }

  /** The reader's current choice for `policy-version`: `'accepted'`, `'rejected'` or `null` (not asked yet). */
  get decision(): WsisConsentDecision | null {
    this.load();
    return this.record?.decision ?? null;
  }

  /**
   * Shows the question again, whatever was chosen, and moves focus to it: for a "cookie settings"
   * link. The earlier choice stays in force until a new one is made.
   */
  async reopen(): Promise<void> {
    this.hidden = false;
    this.stage = 'question';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.question')?.focus();
  }

  /** Records a choice as if the reader had pressed the button: stores it, fires the event, confirms. */
  async choose(decision: WsisConsentDecision): Promise<void> {
    const record: WsisConsentRecord = {
      version: this.version,
      decision,
      date: new Date().toISOString(),
    };
    this.record = record;
    this.loaded = true;
    this.outdated = false;
    writeConsentRecord(this.currentStorage(), record, this.warnStorage);
    this.hidden = false;
    this.stage = 'confirmation';
    this.dispatchEvent(
      new CustomEvent<WsisConsentChangeDetail>('wsis-consent-change', {
        detail: { ...record },
        bubbles: true,
        composed: true,
      }),
    );
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.confirmation')?.focus();
  }

  private get actionUrl(): string | undefined {
    return this.checkedUrl('action', this.action);
  }

  private get privacyUrl(): string | undefined {
    return this.checkedUrl(
      'privacy-href',
      this.privacyHref,
      DEV_MODE
        ? "the notice renders without a link to the full privacy notice. Give the URL of the site's privacy notice."
        : '',
    );
  }

  private get settingsUrl(): string | undefined {
    return this.checkedUrl('settings-href', this.settingsHref);
  }

  private get version(): string {
    return this.derive('policy-version', this.policyVersion, () => {
      const v = (this.policyVersion ?? '').trim();
      if (v !== '') return v;
      if (DEV_MODE) this.report('warning', 'policy-version=""', `empty; using "${DEFAULT_VERSION}".`);
      return DEFAULT_VERSION;
    });
  }

  private readonly warnStorage = (problem: string) => {
    // One warning an element: a blocked storage fails the same way on every call.
    if (!DEV_MODE || this.storageWarned) return;
    this.storageWarned = true;
    this.report('warning', 'storage', problem);
  };

  private currentStorage(): WsisConsentStorage {
    return this.storage ?? localConsentStorage(this.storageKey || DEFAULT_CONSENT_KEY);
  }

  private load(force = false): void {
    if (this.loaded && !force) return;
    this.loaded = true;
    const { record } = readConsentRecord(this.currentStorage(), this.warnStorage);
    if (record && record.version === this.version) {
      this.record = record;
      this.outdated = false;
    } else {
      this.record = null;
      this.outdated = record !== undefined;
    }
  }

  private renderConfirmation() {
    const chosen =
      this.record?.decision === 'accepted'
        ? msg('You have accepted optional cookies. You can change your choice at any time.', {
            id: 'privacy-notice.accepted',
            desc: 'Cookie notice: confirmation shown (and read aloud) after the reader accepted optional cookies; two sentences in one message so that each language joins them its own way. Length: up to about twice the English; it wraps.',
          })
        : msg('You have rejected optional cookies. You can change your choice at any time.', {
            id: 'privacy-notice.rejected',
            desc: 'Cookie notice: confirmation shown (and read aloud) after the reader rejected optional cookies; two sentences in one message so that each language joins them its own way. Length: up to about twice the English; it wraps.',
          });
    const change = msg('Change your cookie settings', {
      id: 'privacy-notice.change',
      desc: 'Cookie notice: link or button in the confirmation that lets the reader change the choice just made. Length: a few words, up to about 40 characters.',
    });
    const settings = this.settingsUrl;
    return html`<p>${chosen}</p>
      <div class="actions">
        ${
          settings
            ? html`<a href=${settings}>${change}</a>`
            : html`<button type="button" class="secondary" @click=${this.reopen}>${change}</button>`
        }
        <button type="button" class="secondary" part="hide" @click=${this.onHide}>
          ${msg('Hide this message', {
            id: 'privacy-notice.hide',
            desc: 'Cookie notice: button that hides the confirmation (and the whole notice) after a choice. Length: a few words, up to about 30 characters.',
          })}
        </button>
      </div>`;
  }

  // Accept and reject are the same button on purpose, so that neither is nudged.
  private renderChoice(value: 'accept' | 'reject', type: 'submit' | 'button', label: string) {
    return html`<button
      class="choice"
      part=${value}
      type=${type}
      name="cookies"
      value=${value}
      @click=${this.onChoose}
    >
      ${label}
    </button>`;
  }

  override render() {
    const action = this.actionUrl;
    const privacy = this.privacyUrl;
    const type = action ? 'submit' : 'button';
    return html`<div class="region" part="region" role="region" aria-labelledby="title">
      <div class="inner page-column">
        <h2 id="title">
          ${msg('Cookies on this site', {
            id: 'privacy-notice.title',
            desc: 'Cookie notice: heading of the notice, and the name screen readers announce for it. Length: a short heading, up to about 40 characters.',
          })}
        </h2>
        <div class="question" part="question" tabindex="-1" ?hidden=${this.stage !== 'question'}>
          ${
            this.outdated && this.hasUpdated
              ? html`<p class="updated">
                  ${msg('Our privacy notice has changed since you last chose. Please choose again.', {
                    id: 'privacy-notice.updated',
                    desc: 'Cookie notice: shown above the question when the policy changed since the reader last chose. Length: up to about twice the English; it wraps.',
                  })}
                </p>`
              : nothing
          }
          <slot
            ><p>
              ${msg(
                'We use some essential cookies to make this site work. We would also like to set optional cookies to understand how you use the site and to improve it.',
                {
                  id: 'privacy-notice.text',
                  desc: 'Cookie notice: default explanation under the heading, before the two buttons. Length: up to about twice the English; it wraps.',
                },
              )}
            </p></slot
          >
          ${
            privacy
              ? html`<p>
                  <a href=${privacy}
                    >${msg('Read our privacy notice', {
                      id: 'privacy-notice.privacy-link',
                      desc: 'Cookie notice: link to the full privacy notice of the site. Length: a few words, up to about 40 characters.',
                    })}</a
                  >
                </p>`
              : nothing
          }
          <form method=${ifDefined(action ? 'post' : undefined)} action=${ifDefined(action)}>
            <div class="actions">
              ${this.renderChoice(
                'accept',
                type,
                msg('Accept optional cookies', {
                  id: 'privacy-notice.accept',
                  desc: 'Cookie notice: button to accept optional (analytics) cookies. Same weight as the reject button. Length: a few words, up to about 40 characters; the button wraps on narrow screens.',
                }),
              )}
              ${this.renderChoice(
                'reject',
                type,
                msg('Reject optional cookies', {
                  id: 'privacy-notice.reject',
                  desc: 'Cookie notice: button to reject optional (analytics) cookies. Same weight as the accept button. Length: a few words, up to about 40 characters; the button wraps on narrow screens.',
                }),
              )}
            </div>
          </form>
        </div>
        <div class="confirmation" part="confirmation" tabindex="-1" ?hidden=${this.stage !== 'confirmation'}>
          ${this.stage === 'confirmation' ? this.renderConfirmation() : nothing}
        </div>
      </div>
    </div>`;
  }
}

defineOnce('wsis-privacy-notice', WsisPrivacyNotice);

declare global {
  interface HTMLElementTagNameMap {
    'wsis-privacy-notice': WsisPrivacyNotice;
  }
  interface GlobalEventHandlersEventMap {
    'wsis-consent-change': CustomEvent<WsisConsentChangeDetail>;
  }
}
