// The manifest analyzer's settings; scripts/build/manifest.mjs runs it into a scratch folder.
import ts from 'typescript';

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
 * The analyzer copies type and default texts as written: `WsisOrg`, `DEFAULT_TOP_TARGET`. Editors
 * built from the manifest then offer a type name as an attribute's value and a constant's name as
 * its default. This resolves them with TypeScript's checker, once the manifest is complete:
 * - a type alias the package exports that is a union of literals (`WsisOrg`) becomes that union
 *   (`'un' | 'itu' | 'wsis'`), in fields and attributes;
 * - an attribute whose type still names another type (an object such as `WsisLogoSources`) carries
 *   that object as JSON text: its type is `string` (the property keeps the object type);
 * - a default that names a constant (`DEFAULT_TOP_TARGET`) becomes the constant's literal (`'top'`).
 */
function resolvedTypesPlugin() {
  return {
    name: 'wsis-resolved-types',
    packageLinkPhase({ customElementsManifest }) {
      const program = ts.createProgram(['src/index.ts'], {
        target: ts.ScriptTarget.ES2021,
        module: ts.ModuleKind.ES2022,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        experimentalDecorators: true,
        useDefineForClassFields: false,
        noEmit: true,
      });
      const checker = program.getTypeChecker();
      const resolve = (symbol) =>
        symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;

      const unions = new Map();
      const index = checker.getSymbolAtLocation(program.getSourceFile('src/index.ts'));
      for (const exported of checker.getExportsOfModule(index)) {
        const declaration = resolve(exported).declarations?.[0];
        if (!declaration || !ts.isTypeAliasDeclaration(declaration)) continue;
        const { type } = declaration;
        if (ts.isUnionTypeNode(type) && type.types.every((t) => ts.isLiteralTypeNode(t)))
          unions.set(exported.name, type.types.map((t) => t.getText()).join(' | '));
      }
      const expand = (text) =>
        text.replace(/\b[A-Z]\w*\b/g, (name) => (unions.has(name) ? unions.get(name) : name));

      /** The literal a constant named in `sourcePath` holds, as source text, or the name itself. */
      const literalOf = (sourcePath, name) => {
        const file = program.getSourceFile(sourcePath);
        const symbol =
          file &&
          checker
            .getSymbolsInScope(file, ts.SymbolFlags.Value | ts.SymbolFlags.Alias)
            .find((s) => s.name === name);
        const declaration = symbol && resolve(symbol).valueDeclaration;
        const init =
          declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
        return init &&
          (ts.isLiteralExpression(init) ||
            init.kind === ts.SyntaxKind.TrueKeyword ||
            init.kind === ts.SyntaxKind.FalseKeyword)
          ? init.getText()
          : name;
      };

      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const resolveItem = (item, from) => {
            if (item.type?.text) item.type.text = expand(item.type.text);
            if (
              item.default &&
              /^[A-Za-z_$][\w$]*$/.test(item.default) &&
              !/^(true|false|null|undefined)$/.test(item.default)
            )
              item.default = literalOf(from, item.default);
          };
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            const from = item.inheritedFrom?.module ?? module.path;
            resolveItem(item, from);
            // A method's parameters have types and defaults too (`version = DEFAULT_VERSION`).
            for (const parameter of item.parameters ?? []) resolveItem(parameter, from);
          }
          for (const attribute of declaration.attributes ?? [])
            if (attribute.type?.text && /\b[A-Z]\w*\b/.test(attribute.type.text))
              attribute.type = { text: 'string' };
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
  plugins: [defineOncePlugin(), resolvedTypesPlugin()],
};
