// Byte budgets, checked by size-limit in `npm test`: the production build as a site bundles it
// (esbuild, minified, ES modules) and sends it (brotli, quality 11, each file on its own). The
// limits leave about 10 % headroom on purpose: a change that adds a few bytes for a reader's sake
// passes; one that adds a kilobyte is seen. Raise a limit in a commit that says why.
const locales = ['ar', 'es', 'fr', 'ru', 'zh-Hans'];
// Each element alone, with Lit and the localization runtime: what a page using only it loads.
const elements = {
  'skip-link': '8.7 kB',
  logo: '10.5 kB',
  'language-switcher': '13.6 kB',
  header: '15.8 kB',
  'privacy-notice': '11.3 kB',
  nav: '12.3 kB',
  breadcrumb: '10 kB',
  message: '11.8 kB',
  footer: '11 kB',
};

// The locale modules are loaded by `setLocale()` only when a page needs them: kept out of the
// figures of what loads at start, and measured on their own below.
const lazyLocales = (config) => ({
  ...config,
  format: 'esm',
  target: 'es2021',
  plugins: [
    {
      name: 'lazy-locales',
      setup(build) {
        build.onResolve({ filter: /generated\/locales\/[^/]+\.js$/ }, (args) => ({
          path: args.path,
          external: true,
        }));
      },
    },
  ],
});

// A locale module's own bytes: what it imports (the runtime's `str`) is counted at start.
const fileAlone = (config) => ({
  ...config,
  format: 'esm',
  plugins: [
    {
      name: 'file-alone',
      setup(build) {
        build.onResolve({ filter: /.*/ }, (args) =>
          args.kind === 'entry-point' ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});

export default [
  {
    name: "every element, import 'wsis-components'",
    path: 'dist/index.js',
    limit: '25.8 kB',
    modifyEsbuildConfig: lazyLocales,
  },
  {
    name: 'every element with the hydration support of a server-rendered page',
    path: ['node_modules/@lit-labs/ssr-client/lit-element-hydrate-support.js', 'dist/index.js'],
    limit: '31.2 kB',
    modifyEsbuildConfig: lazyLocales,
  },
  ...Object.entries(elements).map(([name, limit]) => ({
    name: `<wsis-${name}> alone, with Lit and the localization runtime`,
    path: `dist/components/${name}/wsis-${name}.js`,
    limit,
    modifyEsbuildConfig: lazyLocales,
  })),
  {
    // The drop-in build (dist/cdn/), as a static host sends it: no bundler between it and the page.
    name: 'drop-in: wsis-components.js (the autoloader, Lit and the shared code)',
    path: 'dist/cdn/wsis-components.js',
    limit: '13.6 kB',
    modifyEsbuildConfig: fileAlone,
  },
  ...locales.map((code) => ({
    name: `locale module ${code} (loaded on demand)`,
    path: `dist/generated/locales/${code}.js`,
    // A language costs a reader at most this, on top of the page.
    limit: '1.2 kB',
    modifyEsbuildConfig: fileAlone,
  })),
];
