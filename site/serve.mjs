// Serves the built site (site/, from `npm run build:site`) on localhost, as any static host would.
// The privacy notice's form posts to /cookies when JavaScript is off: answered here with a redirect
// back to the page, as a site's server would after storing the choice.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Starts the server on `port` (0: any free one); resolves to { base, close }. */
export async function serveSite(dir = resolve(import.meta.dirname, 'dist'), port = 0) {
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`${dir} has no index.html: run "npm run build:site" first.`);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (req.method === 'POST' && url.pathname === '/cookies') {
      res.writeHead(303, { location: req.headers.referer ?? '/' }).end();
      return;
    }
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(dir, path.endsWith('/') ? `${path}index.html` : path));
      res
        .writeHead(200, { 'content-type': TYPES[extname(path) || '.html'] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  return {
    base: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

if (process.argv[1] === import.meta.filename) {
  const { base } = await serveSite(undefined, Number(process.env.PORT ?? 8080));
  console.log(`Serving site/ on ${base}/ (Ctrl+C stops it)`);
}
