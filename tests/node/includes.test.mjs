// `npx wsis-components includes` (dist/cli.js, after the package build) with configurations a site
// gets wrong: each problem is named with the file, the field and what is wrong, the exit status is
// 1, and nothing is written: the fragments of an earlier run stay as they were, byte for byte, and
// no half-written folder is left beside them. Also: the checker knows every keyword of the schema
// it ships, a folder the command did not write is never replaced, and a missing @lit-labs/ssr is
// named. (tests/node/includes-nginx.test.mjs serves what a good configuration writes.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist', 'cli.js');
const good = JSON.parse(readFileSync(join(root, 'stories/guides/snippets/includes.json'), 'utf8'));
mkdirSync(join(root, '.tmp'), { recursive: true });
const work = mkdtempSync(join(root, '.tmp', 'includes-'));

before(() => assert.ok(existsSync(cli), 'dist/cli.js is missing: run `npm run build` first.'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Runs the command in `work`; `config` is written to site.json first (a string as it is). */
function run(config, { args = ['includes', 'site.json'], node = [] } = {}) {
  if (config !== undefined)
    writeFileSync(
      join(work, 'site.json'),
      typeof config === 'string' ? config : JSON.stringify(config, null, 2),
    );
  return spawnSync(process.execPath, [...node, cli, ...args], { cwd: work, encoding: 'utf8' });
}

/** Every file under `dir` with a hash of its bytes, and every folder beside `dir` in `work`. */
function snapshot(dir = join(work, 'includes')) {
  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .sort()
    .map((f) => {
      const path = join(dir, f);
      let hash = 'folder';
      try {
        hash = createHash('sha256').update(readFileSync(path)).digest('hex');
      } catch {
        // a folder
      }
      return `${f} ${hash}`;
    });
  return { files, beside: readdirSync(work).sort() };
}

const changed = (patch) => ({ ...structuredClone(good), ...patch });

test('the checker knows every keyword of the schema the package ships, and refuses one it does not', async () => {
  const { unsupportedKeywords } = await import('../../dist/internal/json-schema.js');
  const schema = JSON.parse(readFileSync(join(root, 'includes.schema.json'), 'utf8'));
  assert.deepEqual(unsupportedKeywords(schema), []);
  assert.deepEqual(unsupportedKeywords({ ...schema, properties: { a: { format: 'uri' } } }), [
    '#/properties/a/format',
  ]);
});

test('a good configuration writes every language; a second run replaces the folder whole', () => {
  const first = run(good);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /wrote \d+ files/);
  assert.ok(existsSync(join(work, 'includes', 'ar', 'header.html')));
  const second = run(changed({ locales: ['en', 'fr'] }));
  assert.equal(second.status, 0, second.stderr);
  assert.deepEqual(
    readdirSync(join(work, 'includes')).sort(),
    ['.wsis-includes', 'cdn', 'en', 'fr'],
    'the languages no longer asked for are gone',
  );
  assert.deepEqual(
    readdirSync(work).filter((f) => f.startsWith('.')),
    [],
    'no scratch folder is left',
  );
  // The state the failures below must leave alone: a complete earlier run.
  assert.equal(run(good).status, 0);
});

const BAD = [
  [
    'not JSON',
    '{\n  "assets": "/a/",\n  "home": "/",\n}\n',
    [
      /site\.json: a problem; nothing was written\./,
      /\(the whole file\): is not valid JSON: .*\(line 4, column 1\)/,
    ],
  ],
  ['a missing field', changed({ privacy: undefined }), [/^ {2}privacy: is missing$/m]],
  [
    'a field of the wrong type',
    changed({ navigation: {} }),
    [/^ {2}navigation: must be an array, not an object$/m],
  ],
  [
    'a misspelt field',
    changed({ navigaton: [] }),
    [
      /^ {2}navigaton: is not a field here; the fields are \$schema, locales, assets, home, languages, navigation,/m,
    ],
  ],
  [
    'a language the library does not ship',
    changed({ locales: ['en', 'de'] }),
    [/^ {2}locales\[1\]: "de" is not one of "ar", "zh-Hans", "en", "fr", "ru", "es"$/m],
  ],
  [
    'a language template without {locale}',
    changed({ languages: '/fr/' }),
    [/^ {2}languages: "\/fr\/" does not match \\\{locale\\\}: The address of each language's version/m],
  ],
  [
    'a text missing one language, and an unsafe link',
    (() => {
      const config = structuredClone(good);
      delete config.navigation[0].label.ar;
      config.navigation[1].children[0].href = 'javascript:alert(1)';
      return config;
    })(),
    [
      /site\.json: 2 problems; nothing was written\./,
      /^ {2}navigation\[0\]\.label: has no text for "ar" \(it needs one for each language written: ar, zh-Hans, en, fr, ru, es; or one string for all\)$/m,
      /^ {2}navigation\[1\]\.children\[0\]\.href: "javascript:alert\(1\)" is not a URL that can be written: only http, https, mailto, tel and relative URLs$/m,
    ],
  ],
  [
    'an empty label',
    (() => {
      const config = structuredClone(good);
      config.footerLinks[1].label = '';
      return config;
    })(),
    [/^ {2}footerLinks\[1\]\.label: must not be empty$/m],
  ],
];

for (const [what, config, expected] of BAD) {
  test(`${what}: every problem named with the file and the field, and nothing written`, () => {
    const before = snapshot();
    const result = run(config);
    assert.equal(result.status, 1, result.stdout);
    for (const pattern of expected) assert.match(result.stderr, pattern);
    assert.deepEqual(snapshot(), before, 'the earlier fragments are untouched, and nothing lies beside them');
  });
}

test('a folder the command did not write is never replaced', () => {
  const mine = join(work, 'mine');
  mkdirSync(mine, { recursive: true });
  writeFileSync(join(mine, 'index.html'), '<p>The site’s own page.</p>');
  const before = snapshot(mine);
  const result = run(good, { args: ['includes', 'site.json', '--out', 'mine'] });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /mine exists and was not written by wsis-components includes/);
  assert.deepEqual(snapshot(mine), before);
});

test('without @lit-labs/ssr the command says what to install, and writes nothing', () => {
  // A resolver hook that makes @lit-labs/ssr missing, as in a project that never installed it.
  const hook = `data:text/javascript,${encodeURIComponent(`
    import { register } from 'node:module';
    register('data:text/javascript,' + encodeURIComponent(\`
      export async function resolve(specifier, context, next) {
        if (specifier.startsWith('@lit-labs/ssr')) {
          const error = new Error("Cannot find package '" + specifier + "' imported from " + context.parentURL);
          error.code = 'ERR_MODULE_NOT_FOUND';
          throw error;
        }
        return next(specifier, context);
      }\`));`)}`;
  const before = snapshot();
  const result = run(good, { node: ['--import', hook] });
  assert.equal(result.status, 1, result.stderr);
  assert.match(
    result.stderr,
    /renders with @lit-labs\/ssr, which is not installed\. Install it next to wsis-components/,
  );
  assert.deepEqual(snapshot(), before);
});

test('wrong use: an unknown command or no configuration, with the usage, exit status 2', () => {
  for (const args of [['build', 'site.json'], ['includes'], ['includes', 'site.json', '--outt', 'x']]) {
    const result = run(undefined, { args });
    assert.equal(result.status, 2, args.join(' '));
    assert.match(result.stderr, /Usage: npx wsis-components includes <config\.json> \[--out <folder>\]/);
  }
});
