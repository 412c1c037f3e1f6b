// Compares a screenshot with its committed baseline (pngjs decodes, pixelmatch diffs) and, when they
// differ, writes the actual image, the baseline and a diff image where a reader can open them.
// Kept apart from the browser runner (tests/storybook/screenshots.mjs) so tests/storybook/screenshots.test.mjs can
// prove, without a browser, that a changed image fails and an identical one passes.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import UPNG from 'upng-js';

/**
 * The tolerance, in two parts:
 * - THRESHOLD: how far apart two colours may be (pixelmatch's YIQ distance, 0–1) before a pixel
 *   counts as different. 0.1 (pixelmatch's default) lets through the rounding noise of a blended
 *   edge; a real colour change (one token, say #0b57d0 to #1a73e8) is far above it. Pixels that
 *   pixelmatch recognises as anti-aliasing are not counted at all.
 * - MAX_DIFF_RATIO: how many counted pixels may differ, as a share of the image, before it fails.
 *   1 in 50 000 (9 pixels in the largest picture, 800 × 600; fewer in smaller ones): two runs on
 *   this machine differ by 0 pixels, so this is only head-room, while one letter added to a heading
 *   (measured: 26 pixels) fails in any picture up to 1.3 million pixels.
 */
export const THRESHOLD = 0.1;
export const MAX_DIFF_RATIO = 0.00002;

/** Decodes a PNG from a buffer. */
export const decodePng = (buffer) => PNG.sync.read(buffer);

/** Encodes RGBA pixels losslessly (the actual images a failed run leaves for a reader). */
export const encodePng = ({ width, height, data }) =>
  PNG.sync.write(Object.assign(new PNG({ width, height }), { data }));

/**
 * Encodes a baseline as a 256-colour palette PNG (UPNG's quantizer): about a third of the bytes of
 * full colour. The screenshots hold a few hundred colours (text edges blended on a few backgrounds);
 * merging the closest of them moves no pixel past THRESHOLD (measured on every baseline: 0 pixels),
 * so a palette baseline compares as the full-colour image would.
 */
export function encodeBaseline({ width, height, data }) {
  const copy = new Uint8Array(data).buffer;
  return Buffer.from(UPNG.encode([copy], width, height, 256));
}

/** Copies an image onto a transparent canvas of the given size (to diff images of different sizes). */
function pad(image, width, height) {
  if (image.width === width && image.height === height) return image.data;
  const out = Buffer.alloc(width * height * 4);
  for (let y = 0; y < image.height; y++)
    image.data.copy(out, y * width * 4, y * image.width * 4, (y + 1) * image.width * 4);
  return out;
}

/**
 * Compares two decoded images. Returns { ok, diffPixels, ratio, width, height, sizeChanged, diff }:
 * `diff` is a PNG object (the baseline faded, differing pixels in red) for writing out.
 */
export function compareImages(
  expected,
  actual,
  { threshold = THRESHOLD, maxDiffRatio = MAX_DIFF_RATIO } = {},
) {
  const width = Math.max(expected.width, actual.width);
  const height = Math.max(expected.height, actual.height);
  const sizeChanged = expected.width !== actual.width || expected.height !== actual.height;
  const diff = new PNG({ width, height });
  const diffPixels = pixelmatch(
    pad(expected, width, height),
    pad(actual, width, height),
    diff.data,
    width,
    height,
    {
      threshold,
      includeAA: false,
      alpha: 0.2,
    },
  );
  const ratio = diffPixels / (width * height);
  return { ok: !sizeChanged && ratio <= maxDiffRatio, diffPixels, ratio, width, height, sizeChanged, diff };
}

/**
 * Checks one screenshot (a PNG buffer) against `<baselineDir>/<name>.png`. On a difference writes
 * `<outDir>/<name>.actual.png`, `.expected.png` and `.diff.png`. With `update`, (re)writes the
 * baseline instead, but only when it is missing or differs, so unchanged baselines keep their bytes.
 * Returns { status: 'pass' | 'fail' | 'missing' | 'updated' | 'unchanged', message, files }.
 */
export function checkScreenshot(name, actualBuffer, { baselineDir, outDir, update = false, ...tolerance }) {
  const baselinePath = join(baselineDir, `${name}.png`);
  const actual = decodePng(actualBuffer);
  const exists = existsSync(baselinePath);
  const expected = exists ? decodePng(readFileSync(baselinePath)) : undefined;
  const result = expected ? compareImages(expected, actual, tolerance) : undefined;
  if (update) {
    if (result?.ok) return { status: 'unchanged', files: [] };
    mkdirSync(dirname(baselinePath), { recursive: true });
    writeFileSync(baselinePath, encodeBaseline(actual));
    return { status: 'updated', files: [baselinePath] };
  }
  if (!result) {
    mkdirSync(outDir, { recursive: true });
    const actualPath = join(outDir, `${name}.actual.png`);
    writeFileSync(actualPath, encodePng(actual));
    return {
      status: 'missing',
      message: `no baseline ${baselinePath} (run "npm run screenshots:update" to create it); this run: ${actualPath}`,
      files: [actualPath],
    };
  }
  if (result.ok) return { status: 'pass', diffPixels: result.diffPixels, files: [] };
  mkdirSync(outDir, { recursive: true });
  const files = ['actual', 'expected', 'diff'].map((kind) => join(outDir, `${name}.${kind}.png`));
  writeFileSync(files[0], encodePng(actual));
  copyFileSync(baselinePath, files[1]);
  writeFileSync(files[2], PNG.sync.write(result.diff));
  const what = result.sizeChanged
    ? `size changed from ${expected.width}×${expected.height} to ${actual.width}×${actual.height}, `
    : '';
  return {
    status: 'fail',
    diffPixels: result.diffPixels,
    message: `${what}${result.diffPixels} pixels differ (${(result.ratio * 100).toFixed(3)} %, at most ${(
      (tolerance.maxDiffRatio ?? MAX_DIFF_RATIO) * 100
    ).toFixed(3)} % allowed); diff: ${files[2]}`,
    files,
  };
}
