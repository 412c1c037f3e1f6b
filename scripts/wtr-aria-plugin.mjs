// A test-runner command that asks the browser's own accessibility tree which elements have a role,
// across the document and every open shadow root, in Chromium (CDP) and Firefox (WebDriver BiDi).
//
// Puppeteer's `::-p-aria` query reads the accessibility tree. In Chromium it pierces shadow roots
// from the document; Firefox's BiDi locator does not, so the query also starts from the children of
// every shadow root, and matches are counted once.

/** Registers `executeServerCommand('aria-query', { role })` → [{ tag, label, inShadow }]. */
export function ariaQueryPlugin() {
  return {
    name: 'aria-query-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'aria-query') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`aria-query needs a puppeteer browser, not ${session.browser.type}`);
      }
      const role = String(payload?.role ?? '');
      if (!/^[a-z]+$/.test(role)) throw new Error(`aria-query: invalid role "${role}"`);
      const page = session.browser.getPage(session.id);
      const starts = await page.evaluateHandle(() => {
        const out = [document.documentElement];
        const visit = (root) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.shadowRoot) {
              out.push(...el.shadowRoot.children);
              visit(el.shadowRoot);
            }
          }
        };
        visit(document);
        return out;
      });
      const found = new Map();
      for (const handle of (await starts.getProperties()).values()) {
        const start = handle.asElement();
        if (!start) continue;
        for (const match of await start.$$(`::-p-aria([role="${role}"])`)) {
          const info = await match.evaluate((node) => {
            const w = window;
            w.__ariaQueryIds ??= new WeakMap();
            w.__ariaQueryNext ??= 0;
            if (!w.__ariaQueryIds.has(node)) w.__ariaQueryIds.set(node, w.__ariaQueryNext++);
            return {
              id: w.__ariaQueryIds.get(node),
              tag: node.localName,
              label: node.getAttribute('aria-label'),
              inShadow: node.getRootNode() !== document,
            };
          });
          found.set(info.id, { tag: info.tag, label: info.label, inShadow: info.inShadow });
        }
      }
      await starts.dispose();
      return [...found.values()];
    },
  };
}
