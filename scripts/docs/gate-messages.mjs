// Every message the translation gate (scripts/i18n/check.mjs) can print, read from its source with
// the TypeScript parser: each errors.push(…) and console line, values written as ‹…›. The page
// "For translators" explains each (stories/guides/gate-messages.js); tests/node/guides.test.mjs fails
// when the two lists differ, so a new message cannot ship unexplained, nor an old one stay explained.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const ts = createRequire(import.meta.url)('typescript');

/** A message expression as text: literals kept, every computed value as ‹…›. */
function pattern(node) {
  if (ts.isParenthesizedExpression(node)) return pattern(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return node.head.text + node.templateSpans.map((s) => `‹…›${s.literal.text}`).join('');
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return pattern(node.left) + pattern(node.right);
  return '‹…›';
}

export function gateMessages(file = new URL('../i18n/check.mjs', import.meta.url)) {
  const sf = ts.createSourceFile('i18n-check.mjs', readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found = [];
  // A message built by a function of the gate (describeDrift): the patterns of what it returns.
  const functions = new Map();
  const collect = (node) => {
    if (ts.isFunctionDeclaration(node) && node.name) functions.set(node.name.text, node);
    ts.forEachChild(node, collect);
  };
  collect(sf);
  const returns = (fn) => {
    const out = [];
    const walk = (node) => {
      if (ts.isReturnStatement(node) && node.expression) out.push(pattern(node.expression));
      else if (!ts.isFunctionLike(node) || node === fn) ts.forEachChild(node, walk);
    };
    walk(fn);
    return out;
  };
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const target = node.expression.getText(sf);
      const [arg] = node.arguments;
      if (
        arg &&
        !ts.isSpreadElement(arg) &&
        ['errors.push', 'parts.push', 'console.error', 'console.log'].includes(target)
      ) {
        const callee = ts.isCallExpression(arg) && ts.isIdentifier(arg.expression) && arg.expression.text;
        if (callee && functions.has(callee)) found.push(...returns(functions.get(callee)));
        else found.push(pattern(arg));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  // A line that is nothing but a value (the list's "- ‹…›", an error's own text) says nothing itself.
  return [...new Set(found)].filter((m) => !/^(- )?‹…›$/.test(m));
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(gateMessages().join('\n'));
