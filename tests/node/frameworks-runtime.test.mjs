// React 19, Vue 3 and Svelte 5 at run time, from the installed tarball: the README's page as each framework
// writes it (the correct files of tests/node/fixtures/frameworks/, which framework-types.test.mjs
// type-checks) is built with Vite and the framework's own plugin, and loaded in Chromium in French.
// Every element must be defined and translated, a property set by the framework (`items`) must
// reach the element, and the two events must reach the page's handlers: accepting the cookies
// shows "accepted", choosing Español in the language switcher shows "es" and turns the page Spanish.
// (React's wrappers run in tests/node/react.test.mjs; plain Vite and a Node server in
// consumer.test.mjs and documented-imports.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, serveDirectory } from '../../scripts/lib/browsers.mjs';
import { packedApp, pinned, root, run } from './helpers/packed-app.mjs';

const title = (code) =>
  /<trans-unit id="privacy-notice\.title">\s*<source>[^<]*<\/source>\s*<target>([^<]*)<\/target>/.exec(
    readFileSync(join(root, 'locales', `${code}.xlf`), 'utf8'),
  )[1];

const FRAMEWORKS = {
  // React 19 sets the tags' properties and events itself (Vite compiles the TSX; no plugin needed).
  jsx: {
    name: 'React 19, the elements as JSX tags',
    component: 'Good.tsx',
    config: 'export default {};\n',
    mount:
      "import { createElement } from 'react';\nimport { createRoot } from 'react-dom/client';\nimport { Page } from './Good.tsx';\ncreateRoot(document.getElementById('app')).render(createElement(Page));",
  },
  vue: {
    name: 'Vue 3',
    component: 'Good.vue',
    // As the Using the components guide says: the tags are custom elements.
    config: `import vue from '@vitejs/plugin-vue';
export default { plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('wsis-') } } })] };
`,
    mount: "import { createApp } from 'vue';\nimport App from './Good.vue';\ncreateApp(App).mount('#app');",
  },
  svelte: {
    name: 'Svelte 5',
    component: 'Good.svelte',
    config:
      "import { svelte } from '@sveltejs/vite-plugin-svelte';\nexport default { plugins: [svelte()] };\n",
    mount:
      "import { mount } from 'svelte';\nimport App from './Good.svelte';\nmount(App, { target: document.getElementById('app') });",
  },
};

let project;
let browser;
before(async () => {
  project = packedApp('frameworks-runtime', [
    pinned('vite'),
    pinned('react'),
    pinned('react-dom'),
    pinned('vue'),
    pinned('@vitejs/plugin-vue'),
    pinned('svelte'),
    pinned('@sveltejs/vite-plugin-svelte'),
  ]);
  browser = await launchBrowser('chromium');
});
after(async () => {
  await browser?.close();
  project?.cleanup();
});

/** Builds the framework's app with Vite: the page's locale first, then the elements, then the app. */
function build(framework) {
  const { component, config, mount } = FRAMEWORKS[framework];
  const dir = join(project.app, framework);
  mkdirSync(dir, { recursive: true });
  cpSync(join(root, 'tests/node/fixtures/frameworks', framework, component), join(dir, component));
  writeFileSync(join(dir, 'vite.config.mjs'), config);
  // The French artwork the page's logo names (`sources`), served from the site's own folder.
  mkdirSync(join(dir, 'public/img'), { recursive: true });
  cpSync(join(root, 'stories/assets/demo-artwork-itu-fr.svg'), join(dir, 'public/img/uit.svg'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="fr" dir="ltr"><head><meta charset="utf-8"><title>Sommet mondial sur la société de l’information</title><link rel="icon" href="data:,"></head><body><div id="app"></div><script type="module" src="/main.js"></script></body></html>',
  );
  writeFileSync(
    join(dir, 'main.js'),
    `import { setLocale } from 'wsis-components/localization';
await setLocale(document.documentElement.lang);
await import('wsis-components');
${mount}
`,
  );
  run(
    process.execPath,
    [join(project.app, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'],
    dir,
  );
  return join(dir, 'dist');
}

for (const framework of Object.keys(FRAMEWORKS)) {
  test(`${FRAMEWORKS[framework].name}: the README’s page runs from the tarball, with its properties and events`, async () => {
    const server = await serveDirectory(build(framework));
    const page = await browser.newPage();
    try {
      await page.setViewport({ width: 1280, height: 900 });
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
      await page.goto(`${server.base}/index.html`);
      const noticeTitle = () =>
        page.evaluate(() =>
          document.querySelector('wsis-privacy-notice')?.shadowRoot?.querySelector('h2')?.textContent.trim(),
        );
      await page.waitForFunction(
        (expected) =>
          document
            .querySelector('wsis-privacy-notice')
            ?.shadowRoot?.querySelector('h2')
            ?.textContent.trim() === expected,
        { timeout: 30000 },
        title('fr'),
      );
      const state = await page.evaluate(() => {
        const tags = [...new Set([...document.querySelectorAll('*')].map((e) => e.localName))].filter((t) =>
          t.startsWith('wsis-'),
        );
        return {
          tags,
          undefinedTags: tags.filter((t) => !customElements.get(t)),
          navLinks: [...document.querySelector('wsis-nav').shadowRoot.querySelectorAll('a')].map((a) =>
            a.textContent.trim(),
          ),
        };
      });
      assert.ok(state.tags.length >= 8, `the page has its elements (${state.tags})`);
      assert.deepEqual(state.undefinedTags, []);
      assert.deepEqual(state.navLinks.slice(0, 2), ['Accueil', 'Actualités'], 'items reached <wsis-nav>');
      // The consent event, then the locale event, each to the page's own handler.
      await page.evaluate(() =>
        document.querySelector('wsis-privacy-notice').shadowRoot.querySelector('[part~="accept"]').click(),
      );
      await page.waitForFunction(() => document.querySelector('main > p')?.textContent.includes('accepted'), {
        timeout: 10000,
      });
      await page.evaluate(() =>
        document
          .querySelector('wsis-language-switcher')
          .shadowRoot.querySelector('button[lang="es"]')
          .click(),
      );
      await page.waitForFunction(
        () => /\baccepted es\b/.test(document.querySelector('main > p')?.textContent),
        {
          timeout: 10000,
        },
      );
      await page.waitForFunction(
        (expected) =>
          document.querySelector('wsis-privacy-notice').shadowRoot.querySelector('h2')?.textContent.trim() ===
          expected,
        { timeout: 10000 },
        title('es'),
      );
      assert.equal(await noticeTitle(), title('es'));
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
      server.close();
    }
  });
}
