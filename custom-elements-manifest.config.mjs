// The manifest analyzer's settings; scripts/build/manifest.mjs runs it into a scratch folder.

/**
 * The elements register through `defineOnce('wsis-…', Class)` (src/internal/define.ts), which the
 * analyzer does not know: it finds tag names in `customElements.define` calls and `@customElement`.
 * This reads `defineOnce` calls the same way, so that each element keeps its tag name and its
 * `custom-element-definition` export, written once, where the element is registered.
 */
function defineOncePlugin() {
  return {
    name: 'wsis-define-once',
    analyzePhase({ ts, node, moduleDoc }) {
      if (
        !ts.isCallExpression(node) ||
        !ts.isIdentifier(node.expression) ||
        node.expression.text !== 'defineOnce'
      )
        return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: element.text, module: moduleDoc.path },
        },
      ];
    },
  };
}

export default {
  // The base element too, so that what every element inherits from it (the tokens) is listed.
  globs: ['src/components/**/*.ts', 'src/internal/wsis-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  // package.json names custom-elements.json itself; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [defineOncePlugin()],
};
