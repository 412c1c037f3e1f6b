// CONTRIBUTING.md's "Releasing" steps, run as written in a scratch clone of the repository (its last
// commit) with one pending changeset: they must bump the version, write CHANGELOG.md from the
// changeset, commit, and tag the commit `v<version>`, the form the guides tell a site to install.
// (`git push` is left out: the clone has nowhere to push.)
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { cloneRepository, notAGitCheckout, pkg, root, run } from './helpers/packed-app.mjs';

mkdirSync(join(root, '.tmp'), { recursive: true });
const work = mkdtempSync(join(root, '.tmp', 'release-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** The shell commands of the "Releasing" section's code block, one a line, comments dropped. */
function releaseSteps() {
  const contributing = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');
  const section = /^## Releasing\n([\s\S]*?)(?=^## )/m.exec(contributing)?.[1];
  assert.ok(section, 'CONTRIBUTING.md has a "Releasing" section');
  const block = /^```sh\n([\s\S]*?)^```$/m.exec(section)?.[1];
  assert.ok(block, 'the section shows its commands in a sh block');
  return block
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter(Boolean);
}

test(
  'the release steps bump the version, write the changelog and tag the commit v<version>',
  { skip: notAGitCheckout },
  () => {
    const steps = releaseSteps();
    assert.ok(
      steps.some((s) => s.startsWith('npx changeset tag')),
      'a step creates the tag',
    );
    const clone = cloneRepository(join(work, 'clone'));
    // The repository's own tools, without an install; the link is no file of the release commit.
    symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');
    appendFileSync(join(clone, '.git/info/exclude'), '\nnode_modules\n');
    writeFileSync(
      join(clone, '.changeset/release-test.md'),
      `---\n"${pkg.name}": minor\n---\n\nA change a site would notice.\n`,
    );
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: 'Release test',
      GIT_AUTHOR_EMAIL: 'release@test.invalid',
      GIT_COMMITTER_NAME: 'Release test',
      GIT_COMMITTER_EMAIL: 'release@test.invalid',
    };
    for (const step of steps.filter((s) => !s.startsWith('git push'))) {
      const result = spawnSync('sh', ['-c', step], { cwd: clone, encoding: 'utf8', env });
      assert.equal(result.status, 0, `${step}\n${result.stdout}\n${result.stderr}`);
    }
    const version = JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')).version;
    const [major, minor] = pkg.version.split('.').map(Number);
    assert.equal(version, `${major}.${minor + 1}.0`, 'the minor changeset bumped the version');
    const changelog = readFileSync(join(clone, 'CHANGELOG.md'), 'utf8');
    assert.match(changelog, new RegExp(`^## ${version.replace(/\./g, '\\.')}$`, 'm'));
    assert.match(changelog, /A change a site would notice\./);
    const tags = run('git', ['tag', '--points-at', 'HEAD'], clone).stdout.split('\n').filter(Boolean);
    assert.deepEqual(tags, [`v${version}`]);
    assert.equal(run('git', ['status', '--porcelain'], clone).stdout, '', 'everything was committed');
    assert.match(
      run('git', ['log', '-1', '--format=%s'], clone).stdout,
      new RegExp(`^Release v${version}$`, 'm'),
    );
  },
);
