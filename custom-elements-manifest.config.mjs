// The manifest analyzer's settings; scripts/build/manifest.mjs runs it into a scratch folder.
import fs from 'node:fs';
import path from 'node:path';

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
 * A default written as a constant's name (`topTarget = DEFAULT_TOP_TARGET`) is listed by the analyzer
 * as that name, which tells a site nothing: the Docs tables showed `DEFAULT_TOP_TARGET` instead of
 * `'top'`. This replaces the name of a module-level constant with its literal value (a string, a
 * number or a boolean), whether the constant is declared in the element's module or imported into it.
 */
function constantDefaultsPlugin() {
  /** module path → constant name → literal source text */
  const constants = new Map();
  /** module path → imported name → module path it comes from */
  const imports = new Map();
  const literal = (ts, init) =>
    init &&
    (ts.isStringLiteral(init) ||
      ts.isNumericLiteral(init) ||
      init.kind === ts.SyntaxKind.TrueKeyword ||
      init.kind === ts.SyntaxKind.FalseKeyword)
      ? init.kind === ts.SyntaxKind.StringLiteral
        ? `'${init.text}'`
        : init.getText()
      : undefined;
  const constantsOf = (ts, sourceFile) => {
    const found = new Map();
    for (const statement of sourceFile.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      if (!(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
      for (const d of statement.declarationList.declarations) {
        const value = ts.isIdentifier(d.name) ? literal(ts, d.initializer) : undefined;
        if (value !== undefined) found.set(d.name.text, value);
      }
    }
    return found;
  };
  let tsModule;
  return {
    name: 'wsis-constant-defaults',
    analyzePhase({ ts, node, moduleDoc }) {
      tsModule = ts;
      if (ts.isSourceFile(node)) {
        constants.set(moduleDoc.path, constantsOf(ts, node));
        const own = new Map();
        for (const statement of node.statements) {
          if (!ts.isImportDeclaration(statement) || !statement.importClause?.namedBindings) continue;
          const bindings = statement.importClause.namedBindings;
          if (!ts.isNamedImports(bindings)) continue;
          const from = statement.moduleSpecifier.text;
          if (!from.startsWith('.')) continue;
          const target = path.join(path.dirname(moduleDoc.path), from).replace(/\.js$/, '.ts');
          for (const el of bindings.elements) own.set(el.name.text, target);
        }
        imports.set(moduleDoc.path, own);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const ts = tsModule;
      const resolve = (modulePath, name) => {
        const local = constants.get(modulePath)?.get(name);
        if (local !== undefined) return local;
        const from = imports.get(modulePath)?.get(name);
        if (!from || !fs.existsSync(from)) return undefined;
        if (!constants.has(from)) {
          const text = fs.readFileSync(from, 'utf8');
          constants.set(from, constantsOf(ts, ts.createSourceFile(from, text, ts.ScriptTarget.Latest, true)));
        }
        return constants.get(from).get(name);
      };
      const fix = (modulePath, item) => {
        if (typeof item?.default === 'string' && /^[A-Za-z_$][\w$]*$/.test(item.default)) {
          const value = resolve(modulePath, item.default);
          if (value !== undefined) item.default = value;
        }
      };
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          for (const list of ['members', 'attributes']) {
            for (const item of decl[list] ?? []) {
              fix(mod.path, item);
              for (const parameter of item.parameters ?? []) fix(mod.path, parameter);
            }
          }
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
  plugins: [defineOncePlugin(), constantDefaultsPlugin()],
};
