// The figures of the Accessibility statement (stories/guides/AccessibilityStatement.mdx), counted from
// the test suite's sources, never typed by hand: browsers, locales, browser tests, axe checks and
// their rule sets, keyboard tests, the stories the sweep opens, what is emulated. Counted when
// Storybook starts or builds (`virtual:wsis-a11y-coverage`, scripts/docs/storybook-data.mjs);
// `node scripts/docs/a11y-coverage.mjs` prints them.
//
// Counts are static: a test is counted where it is written. A test written with itInEveryLocale
// counts once per locale, as it runs; one inside a loop over a literal array counts once per item;
// any other loop counts once, so a figure is a floor ("at least"), never an overstatement.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as sweep from '../../tests/storybook/sweep-matrix.mjs';

const ts = createRequire(import.meta.url)('typescript');
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const read = (root, path) => readFileSync(join(root, path), 'utf8');
const filesIn = (root, dir, suffix) =>
  readdirSync(join(root, dir), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => join(dir, f));
const parse = (root, path) =>
  ts.createSourceFile(path, read(root, path), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);

/** Each test registration of a file: { title, times, body } (times: how often it runs). */
function testsOf(sf, localeCount, names = ['it', 'test']) {
  const out = [];
  const visit = (node, times) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const name = node.expression.text;
      const [title] = node.arguments;
      if (names.includes(name) || name === 'itInEveryLocale') {
        out.push({
          title: title && ts.isStringLiteralLike(title) ? title.text : (title?.getText(sf) ?? ''),
          times: times * (name === 'itInEveryLocale' ? localeCount : 1),
          body: node.getText(sf),
        });
        return;
      }
    }
    // A loop over a literal array runs its tests once per item.
    if (ts.isForOfStatement(node)) {
      const n = ts.isArrayLiteralExpression(node.expression) ? node.expression.elements.length : 1;
      return ts.forEachChild(node, (c) => visit(c, times * n));
    }
    ts.forEachChild(node, (c) => visit(c, times));
  };
  visit(sf, 1);
  return out;
}

const sum = (tests) => tests.reduce((n, t) => n + t.times, 0);

export function coverage(root = ROOT) {
  const config = JSON.parse(read(root, 'lit-localize.json'));
  const locales = [config.sourceLocale, ...config.targetLocales];
  const pseudo = Object.keys(sweep.pseudoLocaleDirs());
  const wtrConfig = read(root, 'web-test-runner.config.mjs');
  const browsers = [...wtrConfig.matchAll(/browser: '(chrome|firefox)'/g)].map((m) =>
    m[1] === 'chrome' ? 'Chromium' : 'Firefox',
  );
  const elements = readdirSync(join(root, 'src/components')).filter((d) =>
    readdirSync(join(root, 'src/components', d)).some(
      (f) => /^wsis-.*\.ts$/.test(f) && !f.includes('.styles.'),
    ),
  );

  // Browser tests.
  const testFiles = filesIn(root, 'tests/browser', '.test.ts');
  const all = testFiles.flatMap((f) =>
    testsOf(parse(root, f), locales.length).map((t) => ({ ...t, file: f })),
  );
  const uses = (re) => all.filter((t) => re.test(t.body));
  const axeTests = uses(/expectNoAxeViolations\(|axe\.run\(/);
  const keyboardTests = uses(/sendKeys\(|new KeyboardEvent\(/);
  const keys = [
    ...new Set(
      testFiles.flatMap((f) =>
        [...read(root, f).matchAll(/sendKeys\(\{\s*(?:press|down):\s*'([^']+)'/g)].map((m) =>
          m[1] === ' ' ? 'Space' : m[1],
        ),
      ),
    ),
  ].sort();
  const axeHelper = read(root, 'tests/browser/helpers/axe.ts');
  const axeTags = JSON.parse(/AXE_TAGS = (\[[^\]]*\])/.exec(axeHelper)[1].replace(/'/g, '"'));
  // Every rule a test switches off, with the reason it gives (the helper requires one).
  const disabledRules = testFiles.flatMap((f) =>
    [...read(root, f).matchAll(/disabledRules:\s*\{([^}]*)\}/g)].flatMap((m) =>
      [...m[1].matchAll(/['"]?([\w-]+)['"]?:\s*(['"`])([\s\S]*?)\2/g)].map((r) => ({
        rule: r[1],
        file: relative(root, join(root, f)),
        why: r[3].replace(/\s+/g, ' '),
      })),
    ),
  );
  const sweepPage = read(root, 'tests/storybook/sweep-page.mjs');
  // The rules the sweep switches off everywhere (the list in sweep-page.mjs's axe call).
  const sweepOff = JSON.parse(
    /Object\.fromEntries\(\[([^\]]*), \.\.\.skipRules\]/
      .exec(sweepPage)[1]
      .replace(/'/g, '"')
      .replace(/^/, '[') + ']',
  );
  // The sweep's matrix is its own module, which sweep.mjs runs: the statement states that, not a copy.
  const sweepThemes = [...sweep.THEMES];
  const sweepBrowsers = [...sweep.ENGINES];

  // The stories the sweep opens: every story export, review stories aside (they frame the others).
  const storyFiles = filesIn(root, 'stories', '.stories.ts');
  let stories = 0;
  let reviewStories = 0;
  for (const f of storyFiles) {
    const text = read(root, f);
    const count = [...text.matchAll(/^export const \w+\s*[:=]/gm)].length;
    if (/tags:\s*\[[^\]]*'review'/.test(text)) reviewStories += count;
    else stories += count;
  }
  const narrow = sweep.NARROW.width;
  const textSize = sweep.TEXT_SIZE;
  // The Docs pages the sweep opens: every MDX page, and the generated page (autodocs) of each stories
  // file that has no MDX page of its own and does not opt out with '!autodocs'.
  const mdx = filesIn(root, 'stories', '.mdx');
  const documented = new Set(
    mdx.flatMap((f) =>
      [...read(root, f).matchAll(/import \* as \w+ from '([^']+\.stories)'/g)].map((m) =>
        join(dirname(f), `${m[1]}.ts`),
      ),
    ),
  );
  const autodocs = storyFiles.filter(
    (f) => !documented.has(f) && !/tags:\s*\[[^\]]*'!autodocs'/.test(read(root, f)),
  );
  const docsPages = mdx.length + autodocs.length;

  // Node tests (server rendering, CSP, the site, the package).
  const nodeFiles = ['tests/node', 'tests/storybook', 'site/tests'].flatMap((dir) =>
    filesIn(root, dir, '.test.mjs'),
  );
  const nodeTests = nodeFiles.flatMap((f) =>
    testsOf(parse(root, f), locales.length, ['test']).map((t) => ({ ...t, file: f })),
  );
  const cspSource = read(root, 'tests/node/csp.test.mjs');
  const cspBrowsers =
    /for \(const name of \[([^\]]*)\]\)/.exec(cspSource)?.[1].match(/'(\w+)'/g)?.length ?? 0;

  const emulated = (re) => uses(re).length;
  // Where a reader reports a problem: the package's own "bugs" field (npm's place for it).
  const pkg = JSON.parse(read(root, 'package.json'));
  const bugs = typeof pkg.bugs === 'string' ? { url: pkg.bugs } : (pkg.bugs ?? {});
  return {
    countedOn: new Date().toISOString().slice(0, 10),
    report: { url: bugs.url ?? null, email: bugs.email ?? null },
    elements: elements.length,
    locales,
    pseudoLocales: pseudo,
    browsers,
    browserTests: {
      files: testFiles.length,
      perBrowser: sum(all),
      total: sum(all) * browsers.length,
      inEveryLocale: all.filter((t) => t.times > 1).length,
    },
    axe: {
      tags: axeTags,
      testsPerBrowser: sum(axeTests),
      filesWithAxe: new Set(axeTests.map((t) => t.file)).size,
      disabledRules,
      sweepDisabled: sweepOff,
    },
    keyboard: { testsPerBrowser: sum(keyboardTests), keys },
    emulated: {
      narrowViewport: emulated(/setViewport\(/),
      reducedMotion: emulated(/reducedMotion/),
      print: emulated(/media: 'print'/),
      forcedColors: emulated(/forced-colors|forcedColors/),
      scriptingOff: nodeTests.filter((t) =>
        /without JavaScript|JavaScript off|no JavaScript|javaScriptEnabled/i.test(t.body),
      ).length,
    },
    accessibilityTree: emulated(/aria-query|ariaQuery|queryAria/),
    storySweep: {
      stories,
      reviewStoriesNotSwept: reviewStories,
      locales: locales.length + pseudo.length,
      browsers: sweepBrowsers,
      themes: sweepThemes,
      pages: stories * (locales.length + pseudo.length) * sweepBrowsers.length * sweepThemes.length,
      narrowWidth: narrow,
      textSize,
      docsPages,
      docsPageChecks: docsPages * locales.length,
    },
    nodeTests: { files: nodeFiles.length, tests: sum(nodeTests) },
    csp: { browsers: cspBrowsers },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(coverage(), null, 2));
}
