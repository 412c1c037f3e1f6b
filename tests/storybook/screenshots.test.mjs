// Proves the screenshot comparison can fail: an identical image passes, a changed colour, a changed
// word and a changed size fail and leave a diff image, a missing baseline names the update command;
// then, in Chromium, one story rendered with one colour token changed fails against its baseline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { checkScreenshot, compareImages, encodeBaseline, encodePng } from './screenshots-compare.mjs';

// A synthetic screenshot: white page, a blue bar, and a "word" of dark blocks at a given offset.
function picture({ width = 200, height = 60, bar = [11, 87, 208], word = 0 } = {}) {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      let c = [255, 255, 255];
      if (y < 8) c = bar;
      // Letters: 6 × 10 blocks two pixels apart, as glyphs of a short word.
      else if (y >= 20 && y < 30 && x >= 10 + word && x < 70 + word && (x - 10 - word) % 8 < 6)
        c = [30, 30, 30];
      png.data.set([...c, 255], i);
    }
  return png;
}

const tmp = () => mkdtempSync(join(tmpdir(), 'shots-'));
const baselineOf = (dir, name, image) => {
  const path = join(dir, `${name}.png`);
  return import('node:fs').then(({ writeFileSync }) => writeFileSync(path, encodeBaseline(image)));
};

test('an identical image passes, and so does the palette baseline of it', async () => {
  const dir = tmp();
  await baselineOf(dir, 'same', picture());
  const out = join(dir, 'out');
  const result = checkScreenshot('same', encodePng(picture()), { baselineDir: dir, outDir: out });
  assert.equal(result.status, 'pass');
  assert.equal(result.diffPixels, 0);
  assert.equal(existsSync(out), false, 'nothing written when it passes');
  rmSync(dir, { recursive: true });
});

test('one changed colour fails and writes the diff, the actual and the expected image', async () => {
  const dir = tmp();
  await baselineOf(dir, 'colour', picture());
  const out = join(dir, 'out');
  const result = checkScreenshot('colour', encodePng(picture({ bar: [26, 115, 232] })), {
    baselineDir: dir,
    outDir: out,
  });
  assert.equal(result.status, 'fail');
  assert.match(result.message, /pixels differ.*diff: .*colour\.diff\.png/);
  assert.deepEqual(readdirSync(out).sort(), ['colour.actual.png', 'colour.diff.png', 'colour.expected.png']);
  const diff = PNG.sync.read(readFileSync(join(out, 'colour.diff.png')));
  // pixelmatch paints differing pixels red.
  assert.deepEqual([...diff.data.subarray(0, 3)], [255, 0, 0]);
  rmSync(dir, { recursive: true });
});

test('a word moved by two pixels fails; a colour shift below the threshold passes', () => {
  const moved = compareImages(picture(), picture({ word: 2 }));
  assert.equal(moved.ok, false);
  assert.ok(moved.diffPixels > 0);
  // Rendering noise: the bar one step lighter in each channel is not a change.
  const noise = compareImages(picture(), picture({ bar: [12, 88, 209] }));
  assert.equal(noise.ok, true);
  assert.equal(noise.diffPixels, 0);
});

test('a changed size fails even when the shared part is equal', async () => {
  const dir = tmp();
  await baselineOf(dir, 'size', picture());
  const result = checkScreenshot('size', encodePng(picture({ height: 64 })), {
    baselineDir: dir,
    outDir: join(dir, 'out'),
  });
  assert.equal(result.status, 'fail');
  assert.match(result.message, /size changed from 200×60 to 200×64/);
  assert.ok(existsSync(join(dir, 'out', 'size.diff.png')));
  rmSync(dir, { recursive: true });
});

test('a missing baseline fails and names the update command; update writes it, then leaves it', () => {
  const dir = tmp();
  const image = encodePng(picture());
  const missing = checkScreenshot('new', image, { baselineDir: dir, outDir: join(dir, 'out') });
  assert.equal(missing.status, 'missing');
  assert.match(missing.message, /npm run screenshots:update/);
  assert.equal(checkScreenshot('new', image, { baselineDir: dir, update: true }).status, 'updated');
  assert.equal(checkScreenshot('new', image, { baselineDir: dir, update: true }).status, 'unchanged');
  assert.equal(checkScreenshot('new', image, { baselineDir: dir, outDir: join(dir, 'out') }).status, 'pass');
  rmSync(dir, { recursive: true });
});

// End to end in Chromium, on the committed baselines of one story: the link colour token changed
// on the page makes the run fail and write its diff images.
const story = 'components-breadcrumb--options';
const haveBuild =
  existsSync('storybook-static/index.json') &&
  existsSync(`tests/storybook/screenshots/${story}.en.light.png`);
test(
  'a story rendered with one colour token changed fails against its baseline',
  { skip: !haveBuild && 'needs npm run build-storybook and the baselines' },
  () => {
    const out = mkdtempSync(join(tmpdir(), 'shots-e2e-'));
    const run = (css) =>
      spawnSync(
        process.execPath,
        [
          'tests/storybook/screenshots.mjs',
          '--filter',
          story,
          '--out',
          out,
          '--summary',
          join(out, 'summary.json'),
          ...(css ? ['--css', css] : []),
        ],
        { encoding: 'utf8' },
      );
    const same = run();
    assert.equal(same.status, 0, same.stdout + same.stderr);
    const changed = run(':root { --wsis-color-link: #c00000 !important; }');
    assert.equal(changed.status, 1, changed.stdout + changed.stderr);
    assert.match(changed.stderr, /pixels differ/);
    assert.ok(
      readdirSync(out).some((f) => f.endsWith('.diff.png')),
      'diff images written',
    );
    rmSync(out, { recursive: true });
  },
);
