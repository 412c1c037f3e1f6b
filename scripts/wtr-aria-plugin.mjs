// A test-runner command that asks the browser's accessibility tree, not the DOM, which elements have
// a role (and name): Chromium answers through CDP, Firefox through WebDriver BiDi's accessibility
// locator. The built-in a11ySnapshot command needs CDP, so it cannot check Firefox.
export function ariaQueryPlugin() {
  return {
    name: 'wsis-aria-query',
    async executeCommand({ command, payload, session }) {
      if (command !== 'aria-query') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`aria-query is not supported for browser type ${session.browser.type}`);
      }
      const page = session.browser.getPage(session.id);
      const { role, name = '', within } = payload;
      // Firefox's accessibility locator does not descend into shadow roots from the document; start
      // from the shadow root of `within` (a CSS selector for a host) to look inside one.
      let scope = page;
      if (within) {
        const host = await page.$(within);
        if (!host) throw new Error(`aria-query: no element matches ${within}`);
        scope = await host.evaluateHandle((el) => el.shadowRoot);
      }
      const handles = await scope.$$(`aria/${name}[role="${role}"]`);
      const found = [];
      for (const handle of handles) {
        found.push(
          await handle.evaluate((el) => {
            const id = el.id ? `#${el.id}` : '';
            return `${el.tagName.toLowerCase()}${id}`;
          }),
        );
        await handle.dispose();
      }
      return found;
    },
  };
}
