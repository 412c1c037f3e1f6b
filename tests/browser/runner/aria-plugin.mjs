// A test-runner command that asks the browser's own accessibility tree, not the DOM, which elements
// have a role (and a name), in Chromium (CDP) and Firefox (WebDriver BiDi). The built-in a11ySnapshot
// command needs CDP, so it cannot check Firefox.
//
// Puppeteer's `::-p-aria` query reads the accessibility tree. In Chromium it pierces shadow roots
// from the document; Firefox's BiDi locator does not, so without `within` the query also starts from
// the children of every open shadow root, and each match is counted once. With `within` (a CSS
// selector for a shadow host) it searches that host's shadow root only.

/**
 * Registers `executeServerCommand('aria-query', { role, name?, within? })`
 * → [{ tag, id, label, inShadow }] in document order of discovery.
 */
export function ariaQueryPlugin() {
  return {
    name: 'wsis-aria-query',
    async executeCommand({ command, payload, session }) {
      if (command !== 'aria-query') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`aria-query needs a puppeteer browser, not ${session.browser.type}`);
      }
      const { role = '', name = '', within } = payload ?? {};
      if (!/^[a-z]+$/.test(role)) throw new Error(`aria-query: invalid role "${role}"`);
      if (/[()[\]"]/.test(name)) throw new Error(`aria-query: unsupported characters in name "${name}"`);
      const selector = `::-p-aria(${name}[role="${role}"])`;
      const page = session.browser.getPage(session.id);

      let starts;
      if (within) {
        const host = await page.$(within);
        if (!host) throw new Error(`aria-query: no element matches ${within}`);
        starts = [await host.evaluateHandle((el) => el.shadowRoot)];
        await host.dispose();
      } else {
        const list = await page.evaluateHandle(() => {
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
        starts = [...(await list.getProperties()).values()].filter((h) => h.asElement());
        await list.dispose();
      }

      const found = new Map();
      for (const start of starts) {
        for (const match of await start.$$(selector)) {
          const info = await match.evaluate((node) => {
            const w = window;
            w.__ariaQueryIds ??= new WeakMap();
            w.__ariaQueryNext ??= 0;
            if (!w.__ariaQueryIds.has(node)) w.__ariaQueryIds.set(node, w.__ariaQueryNext++);
            return {
              key: w.__ariaQueryIds.get(node),
              tag: node.localName,
              id: node.id || null,
              label: node.getAttribute('aria-label'),
              inShadow: node.getRootNode() !== document,
            };
          });
          const { key, ...rest } = info;
          found.set(key, rest);
          await match.dispose();
        }
        await start.dispose();
      }
      return [...found.values()];
    },
  };
}
