/**
 * The page-level landmark an element is (`<wsis-header>` the banner, `<wsis-footer>` the
 * contentinfo): the host takes the role, so that its shadow root never holds a second one, and gives
 * it back when the site already has that landmark around it or when it leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class LandmarkRoleController implements ReactiveController {
  private added = false;

  /**
   * @param role The landmark role the host takes.
   * @param siteElement The HTML element that already is that landmark when the site wraps ours in it.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly role: 'banner' | 'contentinfo',
    private readonly siteElement: 'header' | 'footer',
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const { host, role } = this;
    // A role the site wrote is the site's; inside the site's own landmark a second one would be wrong.
    const inSiteLandmark = host.parentElement?.closest(`${this.siteElement}, [role="${role}"]`);
    if (!host.hasAttribute('role') && !inSiteLandmark) {
      host.setAttribute('role', role);
      this.added = true;
    }
  }

  hostDisconnected(): void {
    if (this.added) {
      this.host.removeAttribute('role');
      this.added = false;
    }
  }
}
