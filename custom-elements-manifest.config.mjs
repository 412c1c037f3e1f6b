// The manifest analyzer's settings; scripts/manifest.mjs runs it into a scratch folder.
export default {
  // The base element too, so that what every element inherits from it (the tokens) is listed.
  globs: ['src/components/**/*.ts', 'src/internal/wsis-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  // package.json names custom-elements.json itself; the analyzer must not rewrite it.
  packagejson: false,
};
