// Benchmark: how long <wsis-nav> takes to render 10,000 items given as data (scripts/bench/nav-items.ts),
// in Chromium, median of 5 runs in fresh pages. Prints the figures; asserts nothing (timings depend
// on the machine). `npm run bench:nav`.
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { launchBrowser } from '../lib/browsers.mjs';

const root = resolve(import.meta.dirname, '../..');
const { outputFiles } = await build({
  entryPoints: [join(root, 'scripts/bench/nav-items.ts')],
  bundle: true,
  format: 'esm',
  write: false,
  minify: true,
  target: 'es2021',
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'error',
});
const server = createServer((req, res) => {
  if (req.url === '/bench.js')
    return res.writeHead(200, { 'content-type': 'text/javascript' }).end(outputFiles[0].text);
  res
    .writeHead(200, { 'content-type': 'text/html' })
    .end(
      '<!doctype html><html lang="en"><title>bench</title><script type="module" src="/bench.js"></script></html>',
    );
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await launchBrowser('chromium');
try {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => 'measure' in window);
    runs.push(await page.evaluate(() => window.measure()));
    await page.close();
  }
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  console.log(
    `<wsis-nav> with ${runs[0].items} items (${runs[0].links} links rendered): median ${times[2].toFixed(0)} ms, ` +
      `min ${times[0].toFixed(0)} ms, max ${times[4].toFixed(0)} ms (Chromium, 5 fresh pages)`,
  );
} finally {
  await browser.close();
  server.close();
}
