/**
 * The disclosure pattern (WAI-ARIA APG) for every element that shows and hides a panel: the rules of
 * when focus or a click leaves an open panel, and a controller built on them.
 *
 * A show/hide (disclosure) controller for a toggle button and the panel it controls: Escape closes it
 * and returns focus to the button, focus or a click leaving the host closes it, focus is never trapped.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface DisclosureOptions {
  /** The toggle button, looked up when needed (it usually lives in the host's shadow root). */
  button: () => HTMLElement | null | undefined;
}

/**
 * `true` when focus moved from inside `container` to somewhere outside it. A window blur (no
 * `relatedTarget`) does not count: the reader switching apps should find the panel as they left it.
 */
export function focusLeft(event: FocusEvent, container: Element): boolean {
  const next = event.relatedTarget;
  return next instanceof Node && !container.contains(next);
}

/** `true` when a pointer event happened outside `host` (shadow DOM included). */
export function clickedOutside(event: Event, host: Element): boolean {
  return !event.composedPath().includes(host);
}

/** `true` for an Escape key press that nothing handled yet. */
export function isEscape(event: KeyboardEvent): boolean {
  return event.key === 'Escape' && !event.defaultPrevented;
}

/**
 * Keeps `open` for a host element and closes it the ways a reader expects. The host renders
 * `aria-expanded=${open}` on its button and shows the panel when `open`; it calls `toggle()` on click.
 */
export class DisclosureController implements ReactiveController {
  open = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DisclosureOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeydown);
    this.host.addEventListener('focusout', this.onFocusOut);
    document.addEventListener('click', this.onDocumentClick);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeydown);
    this.host.removeEventListener('focusout', this.onFocusOut);
    document.removeEventListener('click', this.onDocumentClick);
  }

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (!isEscape(event) || !this.open) return;
    // Only this disclosure closes: an enclosing dialog or menu keeps its own Escape.
    event.stopPropagation();
    this.close(true);
  };

  private readonly onFocusOut = (event: FocusEvent) => {
    // Tab leaving the host closes the panel rather than keeping focus in it; a null relatedTarget
    // (a click on blank space) is left to the click handler.
    if (this.open && focusLeft(event, this.host)) this.close(false);
  };

  private readonly onDocumentClick = (event: MouseEvent) => {
    if (this.open && clickedOutside(event, this.host)) this.close(false);
  };

  /** Opens a closed panel and closes an open one. */
  toggle(): void {
    this.open = !this.open;
    this.host.requestUpdate();
  }

  /** Closes the panel; with `returnFocus`, focus goes back to the toggle button. */
  close(returnFocus: boolean): void {
    if (!this.open) return;
    this.open = false;
    this.host.requestUpdate();
    if (returnFocus) this.options.button()?.focus();
  }
}
