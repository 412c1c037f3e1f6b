// A test-runner command that emulates CSS media features the built-in `emulateMedia` command does not
// pass on, forced-colors above all: `executeServerCommand('emulate-media-features', [{ name, value }])`
// → true when the browser applied them, false when it cannot (an empty list clears them).
//
// Chromium: CDP Emulation.setEmulatedMedia (puppeteer's own emulateMediaFeatures refuses
// forced-colors), which renders forced colours for real: system colours replace the authors', as in
// Windows high contrast. Firefox over WebDriver BiDi has no such emulation; its forced colours come
// from a profile preference (browser.display.document_color_use=2) set before launch, so its tests
// say so and skip.
const sessions = new WeakMap();

export function mediaFeaturesPlugin() {
  return {
    name: 'wsis-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      if (page.browser().protocol !== 'cdp') return false;
      // One CDP session per page, kept open: the emulation lasts as long as the session that set it.
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const features = Array.isArray(payload) ? payload : [];
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}
