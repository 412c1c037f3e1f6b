/**
 * The disclosure pattern (WAI-ARIA APG) for every element that shows and hides a panel: the
 * language switcher's list, the navigation's menu and each of its groups.
 *
 * One controller keeps which panel of a set is open (at most one) and closes it the ways a reader
 * expects: Escape closes it and returns focus to its button; focus or a click leaving it closes it;
 * focus is never trapped. An opening panel that would run past the edge of the viewport is aligned
 * to its button's other side.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** The class an open panel gets when it must hang from its button's inline end to stay on screen. */
export const ALIGN_END = 'align-end';

/**
 * Panels are known by their `id` in the host's shadow root; their buttons, rendered with
 * `renderToggle()`, by `aria-controls` naming that id.
 */
export interface DisclosureOptions {
  /** Whether an opening panel is placed so that it stays on screen (drop-downs; not panels in the flow). */
  place?: boolean;
  /** What focus must leave for the panel with this id to close (default: the host). */
  container?: (id: string) => Element | null | undefined;
}

/** What `renderToggle()` puts on the button besides its ARIA state. */
export interface ToggleAttributes {
  part: string;
  className: string;
}

/** `true` when `node` is `container` or inside it, through shadow roots and slots. */
function inside(node: Node, container: Node): boolean {
  for (let n: Node | null = node; n;) {
    if (n === container) return true;
    const slot: HTMLSlotElement | null = n instanceof Element ? n.assignedSlot : null;
    if (slot) n = slot;
    else if (n.parentNode) n = n.parentNode;
    else n = n instanceof ShadowRoot ? n.host : null;
  }
  return false;
}

/** Keeps which panel of a host's set is open; the host renders each toggle with `renderToggle()`. */
export class DisclosureController implements ReactiveController {
  /** The id of the open panel, or `null`. */
  private openKey: string | null = null;

  private placing = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DisclosureOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Listen inside the shadow root: there `relatedTarget` is not retargeted to the host, so a move
    // between two parts of the same shadow root can be told from one that leaves a panel.
    const root = this.root;
    root.addEventListener('keydown', this.onKeydown as EventListener);
    root.addEventListener('focusout', this.onFocusOut as EventListener);
    document.addEventListener('click', this.onDocumentClick);
  }

  hostDisconnected(): void {
    const root = this.root;
    root.removeEventListener('keydown', this.onKeydown as EventListener);
    root.removeEventListener('focusout', this.onFocusOut as EventListener);
    document.removeEventListener('click', this.onDocumentClick);
  }

  hostUpdated(): void {
    if (!this.placing || this.openKey === null) return;
    this.placing = false;
    const panel = this.options.place ? this.find(`[id="${this.openKey}"]`) : null;
    if (!panel) return;
    // Measured once it shows, and set directly rather than through a second render.
    panel.classList.remove(ALIGN_END);
    const box = panel.getBoundingClientRect();
    if (box.left < 0 || box.right > document.documentElement.clientWidth) panel.classList.add(ALIGN_END);
  }

  private get root(): ParentNode {
    return (this.host as unknown as { renderRoot?: ParentNode }).renderRoot ?? this.host;
  }

  private find(selector: string): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(selector);
  }

  private button(id: string): HTMLElement | null {
    return this.find(`[aria-controls="${id}"]`);
  }

  private container(key: string): Element {
    return this.options.container?.(key) ?? this.host;
  }

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented || this.openKey === null) return;
    const button = this.button(this.openKey);
    // A panel whose button the reader cannot see (a menu shown in full on a wide screen) stays.
    if (!button || button.getClientRects().length === 0) return;
    // Handled here only: another disclosure of the host, or an enclosing dialog, keeps its own Escape.
    event.preventDefault();
    event.stopPropagation();
    this.close(true);
  };

  private readonly onFocusOut = (event: FocusEvent) => {
    if (this.openKey === null) return;
    // A window blur (no relatedTarget) does not count: the reader switching apps finds the panel as
    // they left it. A click on blank space is left to the click handler.
    const next = event.relatedTarget;
    if (next instanceof Node && !inside(next, this.container(this.openKey))) this.close(false);
  };

  private readonly onDocumentClick = (event: MouseEvent) => {
    if (this.openKey === null) return;
    const container = this.container(this.openKey);
    if (!event.composedPath().includes(container)) this.close(false);
  };

  /** Whether the panel with this id is open. */
  isOpen(key: string): boolean {
    return this.openKey === key;
  }

  /** Opens a closed panel (closing any other of the set) and closes an open one. */
  toggle(key: string): void {
    this.openKey = this.openKey === key ? null : key;
    this.placing = this.openKey !== null;
    this.host.requestUpdate();
  }

  /** The button that opens and closes the panel with this id. */
  renderToggle(id: string, { part, className }: ToggleAttributes, content: unknown): TemplateResult {
    return html`<button
      type="button"
      part=${part}
      class=${className}
      aria-expanded=${this.isOpen(id) ? 'true' : 'false'}
      aria-controls=${id}
      @click=${() => this.toggle(id)}
    >
      ${content}
    </button>`;
  }

  /** Closes the open panel; with `returnFocus`, focus goes back to its toggle button. */
  async close(returnFocus: boolean): Promise<void> {
    const key = this.openKey;
    if (key === null) return;
    this.openKey = null;
    this.host.requestUpdate();
    if (returnFocus) {
      await this.host.updateComplete;
      this.button(key)?.focus();
    }
  }
}
