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

/**
 * The analyzer reads `static get properties()` but not the `state: true` option: it lists an element's
 * internal state (private fields) as attributes. Here each `{ state: true }` entry loses its
 * attribute again, as with `@state()`. It also marks every field named there `privacy: public`,
 * which the manifest otherwise leaves out for public members: that mark goes too.
 */
function staticPropertiesPlugin() {
  const stateFields = new Map(); // class name → names of its `{ state: true }` entries
  return {
    name: 'wsis-static-properties',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        // `static get properties() { return { … }; }`, the form lit-analyzer reads.
        const isStatic = (ts.getModifiers(member) ?? []).some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || !ts.isGetAccessor(member) || member.name.getText() !== 'properties') continue;
        const returned = member.body?.statements.find(ts.isReturnStatement)?.expression;
        if (!returned || !ts.isObjectLiteralExpression(returned)) continue;
        const names = returned.properties
          .filter(
            (entry) =>
              ts.isPropertyAssignment(entry) &&
              ts.isObjectLiteralExpression(entry.initializer) &&
              entry.initializer.properties.some(
                (option) =>
                  ts.isPropertyAssignment(option) &&
                  option.name.getText() === 'state' &&
                  option.initializer.kind === ts.SyntaxKind.TrueKeyword,
              ),
          )
          .map((entry) => entry.name.getText());
        stateFields.set(node.name.text, new Set(names));
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const state = stateFields.get(declaration.name);
          if (!state) continue;
          for (const member of declaration.members ?? []) {
            if (member.privacy === 'public') delete member.privacy;
            if (state.has(member.name)) delete member.attribute;
          }
          declaration.attributes = declaration.attributes?.filter((a) => !state.has(a.fieldName));
        }
      }
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
  plugins: [defineOncePlugin(), staticPropertiesPlugin()],
};
