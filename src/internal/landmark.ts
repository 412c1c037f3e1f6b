/**
 * The page-level landmark an element is (`<wsis-header>` the banner, `<wsis-footer>` the
 * contentinfo): a default role held in the host's ElementInternals, so that its shadow root never
 * holds a second one, and the role is in the server's HTML too.
 *
 * Why ElementInternals and not a `role` attribute set on connection: the server never connects an
 * element, so an attribute set then is missing from server-rendered pages. A default role set in the
 * constructor is rendered by Lit SSR as `role="…"` on the host (with a `hydrate-internals-role`
 * marker that hydration removes, leaving the internals role), and a `role` attribute written by the
 * site always wins over it, in the browser's accessibility tree and in axe alike.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the host must offer: Lit's controller hooks and the platform's `attachInternals`. */
type LandmarkHost = ReactiveControllerHost & HTMLElement;

export class LandmarkRoleController implements ReactiveController {
  // Named `internals` on the host so that axe-core finds it (it looks for `internals` and `_internals`).
  private readonly internals?: ElementInternals;

  /**
   * @param role The landmark role the host takes.
   * @param siteElement The HTML element that already is that landmark when the site wraps ours in it.
   */
  constructor(
    private readonly host: LandmarkHost,
    private readonly role: 'banner' | 'contentinfo',
    private readonly siteElement: 'header' | 'footer',
  ) {
    host.addController(this);
    // Old browsers without ElementInternals ARIA get no default role; sites can write `role`.
    if (typeof host.attachInternals === 'function') {
      this.internals = host.attachInternals();
      (host as unknown as { internals: ElementInternals }).internals = this.internals;
      this.internals.role = role;
    }
  }

  hostConnected(): void {
    const { internals, role } = this;
    if (!internals) return;
    // Inside the site's own landmark a second one would be wrong: give the role up there (in the
    // browser; on the server, where nothing is connected, write role="none" on the element).
    const inSiteLandmark = this.host.parentElement?.closest(`${this.siteElement}, [role="${role}"]`);
    internals.role = inSiteLandmark ? null : role;
  }
}
