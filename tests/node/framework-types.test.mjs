// The framework types the package ships (integrations/jsx.d.ts, vue.d.ts, svelte.d.ts) check what a
// site writes, in each framework's own checker, against the installed tarball: tsc for React's
// TSX, vue-tsc for Vue single-file components, svelte-check for Svelte 5 (runes). For each, a
// correct page (the README's first page: attributes, `role`, properties such as `items`, events
// with their `detail`) must pass, and a wrong file must fail on each of its wrong lines, marked by a
// "wrong:" comment on the line before, and on no other: a wrong attribute value, a property of the
// wrong type, a use of an event's `detail` it does not have. A type file that checks nothing lets
// the wrong file pass, and fails here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packedApp, pinned, root } from './helpers/packed-app.mjs';

let project;
before(() => {
  project = packedApp('framework-types', [
    pinned('typescript'),
    pinned('react'),
    pinned('@types/react'),
    pinned('vue'),
    pinned('vue-tsc'),
    pinned('svelte'),
    pinned('svelte-check'),
  ]);
});
after(() => project?.cleanup());

const COMPILER_OPTIONS = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'bundler',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  types: [],
};

/** The framework's fixture folder copied into the app, with a tsconfig.json over it. */
function fixture(framework, compilerOptions = {}) {
  const dir = join(project.app, framework);
  cpSync(join(root, 'tests/node/fixtures/frameworks', framework), dir, { recursive: true });
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { ...COMPILER_OPTIONS, ...compilerOptions }, include: ['*'] }),
  );
  return dir;
}

/** The 1-based lines of `file` that follow a "wrong:" comment, with what the comment says. */
function wrongLines(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  return lines.flatMap((line, i) => {
    const why = /wrong: ([^*>]+?)\s*(\*\/\}|-->)/.exec(line)?.[1];
    return why ? [{ line: i + 2, why }] : [];
  });
}

/**
 * Runs a checker and returns its errors as { file, line, message }, from tsc's and vue-tsc's
 * `file(line,col): error` and svelte-check's machine output.
 */
function errorsOf(command, args, cwd) {
  const result = spawnSync(process.execPath, [join(project.app, 'node_modules', command), ...args], {
    cwd,
    encoding: 'utf8',
  });
  const output = `${result.stdout}\n${result.stderr}`;
  const errors = [
    ...[...output.matchAll(/^(\S+?)\((\d+),\d+\): error (.*)$/gm)].map(([, file, line, message]) => ({
      file,
      line: Number(line),
      message,
    })),
    ...[...output.matchAll(/^\d+ ERROR "([^"]+)" (\d+):\d+ "(.*)"$/gm)].map(([, file, line, message]) => ({
      file,
      line: Number(line),
      message,
    })),
  ];
  assert.ok(
    errors.length > 0 || result.status === 0,
    `the checker failed without naming an error:\n${output}`,
  );
  return { errors, output };
}

/** The correct file passes; the wrong file fails on each marked line and on no other. */
function assertChecks(dir, good, bad, { errors, output }) {
  assert.deepEqual(
    errors.filter((e) => e.file.endsWith(good)),
    [],
    `${good}, the README's page, must pass:\n${output}`,
  );
  const expected = wrongLines(join(dir, bad));
  assert.ok(expected.length >= 3, `${bad} marks its wrong lines`);
  const reported = errors.filter((e) => e.file.endsWith(bad));
  for (const { line, why } of expected)
    assert.ok(
      reported.some((e) => e.line === line),
      `${bad}:${line} (${why}) must be reported:\n${output}`,
    );
  assert.deepEqual(
    reported.filter((e) => !expected.some((x) => x.line === e.line)),
    [],
    `${bad}: only the marked lines are wrong`,
  );
  assert.deepEqual(
    errors.filter((e) => !e.file.endsWith(good) && !e.file.endsWith(bad)),
    [],
    'no error in the package’s own types',
  );
  return reported;
}

test('JSX (React 19, tsc): the README’s page compiles, and each wrong line is reported', () => {
  const dir = fixture('jsx', { jsx: 'react-jsx' });
  const result = errorsOf('typescript/bin/tsc', ['-p', 'tsconfig.json'], dir);
  assertChecks(dir, 'Good.tsx', 'Bad.tsx', result);
});

test('Vue 3 (vue-tsc): the README’s page passes, and each wrong line is reported', () => {
  const dir = fixture('vue', { jsx: 'preserve' });
  const result = errorsOf('vue-tsc/bin/vue-tsc.js', ['-p', 'tsconfig.json'], dir);
  assertChecks(dir, 'Good.vue', 'Bad.vue', result);
});

test('Svelte 5 (svelte-check): the README’s page passes, each wrong line is reported, and {locale} needs its escape', () => {
  const dir = fixture('svelte');
  const result = errorsOf(
    'svelte-check/bin/svelte-check',
    ['--tsconfig', './tsconfig.json', '--output', 'machine', '--fail-on-warnings'],
    dir,
  );
  const reported = assertChecks(dir, 'Good.svelte', 'Bad.svelte', result);
  // The guide's advice holds: unescaped, Svelte reads the placeholder as an expression.
  assert.ok(
    reported.some((e) => /Cannot find name 'locale'/.test(e.message)),
    result.output,
  );
});

test('the files a framework needs are the ones package.json exports', () => {
  const pkg = JSON.parse(
    readFileSync(join(project.app, 'node_modules/wsis-components/package.json'), 'utf8'),
  );
  for (const framework of readdirSync(join(root, 'tests/node/fixtures/frameworks')))
    assert.equal(pkg.exports[`./${framework}`]?.types, `./integrations/${framework}.d.ts`);
});
