// Byte budgets, checked by size-limit in `npm test`: the production build as a site bundles it
// (esbuild, minified, ES modules) and sends it (brotli, quality 11, each file on its own). The
// limits leave headroom on purpose: a change that adds a few bytes for a reader's sake passes; one
// that adds a kilobyte is seen. Raise a limit in a commit that says why.
const locales = ['ar', 'es', 'fr', 'ru', 'zh-Hans'];
const elements = [
  'skip-link',
  'logo',
  'language-switcher',
  'header',
  'privacy-notice',
  'nav',
  'breadcrumb',
  'message',
  'footer',
];

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
    limit: '22 kB',
    modifyEsbuildConfig: lazyLocales,
  },
  {
    name: 'every element with the hydration support of a server-rendered page',
    path: ['node_modules/@lit-labs/ssr-client/lit-element-hydrate-support.js', 'dist/index.js'],
    limit: '25 kB',
    modifyEsbuildConfig: lazyLocales,
  },
  ...elements.map((name) => ({
    name: `<wsis-${name}> alone, with Lit and the localization runtime`,
    path: `dist/components/${name}/wsis-${name}.js`,
    limit: '14 kB',
    modifyEsbuildConfig: lazyLocales,
  })),
  ...locales.map((code) => ({
    name: `locale module ${code} (loaded on demand)`,
    path: `dist/generated/locales/${code}.js`,
    limit: '1.5 kB',
    modifyEsbuildConfig: fileAlone,
  })),
];
