// A development server for the example site, and nothing more: it serves the built pages (site/dist/,
// from `npm run build:site`) on 127.0.0.1 for a developer's browser and for site/tests, and answers
// the privacy notice's form post (/cookies) the way a site's own server would, with the functions of
// `wsis-components/ssr`: it stores the choice in a cookie, sends the reader back to the page, and
// serves a reader whose cookie answers the notice the page with it answered. It is not a web server
// to put in front of readers: no TLS, no compression, no caching headers, no logging, no limits on
// clients. A site serves its pages from its own host or CDN.
//
// What it does hold to, since the tests throw hostile requests at it: a malformed request target
// gets 400 and the server keeps serving; only GET and HEAD read files (405 otherwise); nothing
// outside the served folder is ever read; a client that sends its request slowly is cut off.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, posix, resolve, sep } from 'node:path';
import { answerConsentForm, readConsentCookie } from 'wsis-components/ssr.js';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * How long a client may take (milliseconds). Node's own defaults let a request's headers trickle in
 * for a minute and a request run for five; a page's files are small and local.
 */
export const TIMEOUTS = {
  /** The request line and headers. */
  headersTimeout: 10_000,
  /** The whole request, body included. */
  requestTimeout: 15_000,
  /** A socket with no traffic at all. */
  socketTimeout: 20_000,
  /** How often Node checks the two request limits above. */
  connectionsCheckingInterval: 1_000,
};

/**
 * The file path a request target names, relative to the served folder (`/en/` → `en/index.html`),
 * or `undefined` when the target is malformed: not a path, a path a URL parser reads as another host,
 * a percent escape that is not UTF-8, a NUL byte or a backslash, or a dot segment.
 */
export function targetPath(target) {
  if (typeof target !== 'string' || !target.startsWith('/')) return undefined;
  // A target that a URL parser reads as another host (`//host/…`) or cannot read at all (`//[`).
  try {
    if (new URL(target, 'http://localhost').origin !== 'http://localhost') return undefined;
  } catch {
    return undefined;
  }
  const pathname = target.split(/[?#]/, 1)[0];
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  // A dot segment is refused, not resolved: browsers remove them before they send a request, so one
  // that arrives is someone climbing out of the folder.
  if (decoded.split('/').some((segment) => segment === '..' || segment === '.')) return undefined;
  const relative = posix.normalize(decoded).replace(/^\/+/, '');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

function send(res, status, text, headers = {}) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end(`${text}\n`);
}

/** The most a form post may hold: the notice's form sends about 15 bytes. */
const MAX_FORM_BYTES = 1024;

// The pages with the privacy notice answered, and the policy version they answer (site/build.mjs).
const ANSWERED = 'consent-answered';

/** The request's body as text, or `undefined` when it is longer than `limit` bytes. */
async function readBody(req, limit) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Starts the server on `port` (0: any free one); resolves to { base, close }. `options.timeouts`
 * overrides any of `TIMEOUTS`.
 */
export async function serveSite(
  dir = resolve(import.meta.dirname, 'dist'),
  port = 0,
  { timeouts = {} } = {},
) {
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`${dir} has no index.html: run "npm run build:site" first.`);
  const root = resolve(dir);
  const limits = { ...TIMEOUTS, ...timeouts };
  const consent = join(root, ANSWERED, 'consent.json');
  const policyVersion = existsSync(consent)
    ? JSON.parse(await readFile(consent, 'utf8')).policyVersion
    : undefined;
  let base;
  const server = createServer(
    {
      headersTimeout: limits.headersTimeout,
      requestTimeout: limits.requestTimeout,
      connectionsCheckingInterval: limits.connectionsCheckingInterval,
    },
    async (req, res) => {
      try {
        await answer(req, res);
      } catch (error) {
        // Whatever went wrong with one request, the next ones are still served.
        if (!res.headersSent) send(res, 500, 'Internal error');
        else res.destroy();
        console.error(`site/serve.mjs: ${req.method} ${JSON.stringify(req.url)}: ${error}`);
      }
    },
  );
  server.setTimeout(limits.socketTimeout, (socket) => socket.destroy());
  // A request the HTTP parser itself rejects (a bad request line, headers too large, too slow) is
  // answered by Node's own handler: 400, 431 or 408, and the socket closed.

  async function answer(req, res) {
    if (req.httpVersionMajor !== 1) return send(res, 505, 'HTTP version not supported');
    const path = targetPath(req.url);
    if (path === undefined) return send(res, 400, 'Bad request target');
    if (path === 'cookies') {
      if (req.method !== 'POST') return send(res, 405, 'Method not allowed', { allow: 'POST' });
      const body = await readBody(req, MAX_FORM_BYTES);
      if (body === undefined) return send(res, 413, 'Form too large', { connection: 'close' });
      // The origin is the server's own, never the request's Host, which the client writes.
      const answer = answerConsentForm(body, {
        origin: base,
        back: req.headers.referer,
        version: policyVersion,
      });
      if (answer.status !== 303) return send(res, answer.status, 'The form held no choice', answer.headers);
      res.writeHead(answer.status, answer.headers).end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'Method not allowed', { allow: 'GET, HEAD' });
    const page = path.endsWith('.html');
    // A page for a reader who has answered the notice: the one with it answered, where there is one.
    const answered =
      page && policyVersion && readConsentCookie(req.headers.cookie, { version: policyVersion }) !== null;
    const body = (answered && (await fileIn(join(ANSWERED, path)))) || (await fileIn(path));
    if (!body) return send(res, 404, 'Not found');
    res.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'content-length': body.length,
      ...(page && policyVersion ? { vary: 'Cookie' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  /** The file at `path` under the folder, or `undefined` when there is none. */
  async function fileIn(path) {
    const file = resolve(root, path);
    if (!file.startsWith(root + sep)) return undefined;
    try {
      return (await stat(file)).isFile() ? await readFile(file) : undefined;
    } catch {
      return undefined;
    }
  }

  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  base = `http://127.0.0.1:${server.address().port}`;
  return {
    base,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(ok);
      }),
  };
}

if (process.argv[1] === import.meta.filename) {
  const { base } = await serveSite(undefined, Number(process.env.PORT ?? 8080));
  console.log(
    `The example site on ${base}/ (from site/dist/). A development server only, not for serving ` +
      `readers. Ctrl+C stops it.`,
  );
}
