/** `<wsis-skip-link>`: the first stop of the keyboard, a link past the banner to the main content. */
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { defineOnce } from '../../internal/define.js';
import { msg } from '../../internal/localize.js';
import { baseStyles } from '../../styles/shared.js';
import { WsisElement } from '../../internal/wsis-element.js';
import { fragmentHref } from '../../internal/url.js';
import { moveFocusTo } from '../../internal/focus.js';
import { written } from '../../internal/report.js';
import { DEV_MODE } from '../../internal/dev-mode.js';
import { styles } from './wsis-skip-link.styles.js';

const DEFAULT_TARGET = 'main';

/**
 * A link that lets keyboard and screen-reader users jump past the banner and navigation straight to
 * the main content. It stays visually hidden until it receives focus, then shows as a bold bar.
 *
 * Activating it moves focus to the target even when the target is not focusable: the target gets
 * `tabindex="-1"` for as long as it holds focus. Place it first in `<body>`, before the header.
 *
 * @summary Skip link to the main content, localized, hidden until focused.
 *
 * @slot - Replaces the default text, "Skip to main content" in the current language.
 *
 * @csspart link - The `<a>` element.
 *
 * @cssprop [--wsis-skip-link-background=var(--wsis-color-focus)] - Background of the revealed link.
 * @cssprop [--wsis-skip-link-color=var(--wsis-color-focus-text)] - Text colour of the revealed link.
 */
export class WsisSkipLink extends WsisElement {
  static override styles = [baseStyles, styles];

  /** The id of the element to skip to, in the page's light DOM (without `#`); `main` when empty or removed. */
  @property({ reflect: true }) target = DEFAULT_TARGET;

  /** `target`, or `main` when it is empty, removed, `null` or `undefined`. */
  private get targetId(): string {
    return String(this.target ?? '').trim() || DEFAULT_TARGET;
  }

  constructor() {
    super();
    // Only to warn about a missing target, so only in the development build (a controller rather
    // than connectedCallback overrides, which the production build would keep, empty). Elements
    // upgrade while the page may still be parsing: look for the target once it is all there.
    if (DEV_MODE) {
      const checkTarget = () => this.findTarget();
      this.addController({
        hostConnected: () => {
          if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', checkTarget, { once: true });
          } else {
            queueMicrotask(checkTarget);
          }
        },
        hostDisconnected: () => document.removeEventListener('DOMContentLoaded', checkTarget),
      });
    }
  }

  /** The target in the page; in development, a warning when it is missing. */
  private findTarget(): HTMLElement | null {
    const target = document.getElementById(this.targetId);
    if (DEV_MODE && !target && this.isConnected) {
      this.report(
        'warning',
        written('target', this.targetId),
        `no element with this id in the page; the link renders but cannot move focus. ` +
          `Give the main content id="${this.targetId}".`,
      );
    }
    return target;
  }

  private onClick(event: MouseEvent): void {
    const target = this.findTarget();
    // Without a target the browser's own fragment navigation is the best we can do.
    if (!target) return;
    // Handle the jump ourselves: a <base href> would otherwise send "#main" to another page, and
    // browsers do not move focus to an element that is not focusable.
    event.preventDefault();
    moveFocusTo(target);
  }

  override render() {
    return html`<a part="link" href=${fragmentHref(this.targetId)} @click=${this.onClick}
      ><slot
        >${msg('Skip to main content', {
          id: 'skip-link.label',
          desc: 'Skip link: first link on every page; jumps past the banner and navigation to the main content. Length: one line, up to about 40 characters.',
        })}</slot
      ></a
    >`;
  }
}

defineOnce('wsis-skip-link', WsisSkipLink);

declare global {
  interface HTMLElementTagNameMap {
    'wsis-skip-link': WsisSkipLink;
  }
}
