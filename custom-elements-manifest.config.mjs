// The manifest analyzer's settings; scripts/manifest.mjs runs it into a scratch folder.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  // package.json names custom-elements.json itself; the analyzer must not rewrite it.
  packagejson: false,
};
