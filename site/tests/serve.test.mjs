// The example site's development server (site/serve.mjs) under hostile and unusual requests, sent
// as raw bytes so that no client library tidies them first: every malformed target gets 400 and
// the server keeps serving, only GET and HEAD read files, nothing outside the folder is read, and
// clients that send slowly are cut off. Serves a small folder of its own, not the built site.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as server from '../serve.mjs';

const root = resolve(import.meta.dirname, '../..');
const folder = join(root, '.tmp/serve-test');
const served = join(folder, 'site');

let site;
let port;

before(async () => {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(join(served, 'en'), { recursive: true });
  writeFileSync(join(served, 'index.html'), '<!doctype html><title>index</title>');
  writeFileSync(join(served, 'en/index.html'), '<!doctype html><title>en</title>');
  // The page with the privacy notice answered, for a reader whose cookie answers version "7".
  mkdirSync(join(served, 'consent-answered/en'), { recursive: true });
  writeFileSync(join(served, 'consent-answered/en/index.html'), '<!doctype html><title>en answered</title>');
  writeFileSync(join(served, 'consent-answered/consent.json'), '{"policyVersion": "7"}');
  // Beside the served folder: what a traversal would reach.
  writeFileSync(join(folder, 'secret.txt'), 'SECRET');
  site = await server.serveSite(served, 0, {
    timeouts: {
      headersTimeout: 400,
      requestTimeout: 600,
      socketTimeout: 800,
      connectionsCheckingInterval: 100,
    },
  });
  port = Number(new URL(site.base).port);
});

after(async () => {
  await site?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Sends `bytes` on a fresh connection; resolves to everything the server answered, once it closes. */
function raw(bytes) {
  return new Promise((ok, fail) => {
    const socket = connect(port, '127.0.0.1');
    const chunks = [];
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', fail);
    socket.on('close', () => ok(Buffer.concat(chunks).toString('latin1')));
    socket.write(bytes);
  });
}

const request = (target, method = 'GET', extra = '') =>
  raw(`${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${extra}\r\n`);
const status = (response) => Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1]);

async function stillServes() {
  const response = await request('/en/');
  assert.equal(status(response), 200, 'the server no longer serves /en/');
  assert.match(response, /<title>en<\/title>/);
}

// Targets a browser never sends: bad percent escapes, bytes that are not UTF-8, a NUL byte, a
// target that is no path, dot segments climbing out of the folder, raw or escaped.
const MALFORMED = [
  '/%',
  '/%ff',
  '/%E0%A4%A',
  '/en/%',
  '/%zz',
  '/%c0%af',
  '/%ed%a0%80',
  '/%00',
  '/en%00.html',
  '//[',
  '//evil.example/en/',
  '/..',
  '/../secret.txt',
  '/en/../../secret.txt',
  '/%2e%2e/secret.txt',
  '/%2E%2E%2Fsecret.txt',
  '/..%2fsecret.txt',
  '/en/%2e%2e/%2e%2e/secret.txt',
  '/./en/',
  '/..\\secret.txt',
  '/%5c..%5csecret.txt',
  '*',
  'en/',
  'javascript:alert(1)',
];

for (const target of MALFORMED) {
  test(`GET ${JSON.stringify(target)}: 400, and the server keeps serving`, async () => {
    const response = await request(target);
    assert.equal(status(response), 400, response.slice(0, 200));
    assert.ok(!response.includes('SECRET'));
    await stillServes();
  });
}

test('request lines and headers the server refuses: 400, 431 or 505, and the server keeps serving', async () => {
  for (const bytes of [
    'GET / HTTP/9.9\r\n\r\n',
    'GET /en/ HTTP/1.1\r\nHost: a\r\nContent-Length: x\r\n\r\n',
    'GET /en/\r\n\r\n',
    '\x00\x01\x02\r\n\r\n',
    `GET /en/ HTTP/1.1\r\nHost: a\r\nX-Big: ${'a'.repeat(20000)}\r\n\r\n`,
  ]) {
    const response = await raw(bytes);
    assert.ok([400, 431, 505].includes(status(response)), JSON.stringify(response.slice(0, 80)));
    await stillServes();
  }
});

test('only GET and HEAD read files: 405 with Allow for every other method', async () => {
  for (const method of ['PUT', 'DELETE', 'PROPFIND', 'PATCH', 'OPTIONS', 'POST', 'MKCOL', 'TRACE']) {
    const response = await request('/en/', method, 'Content-Length: 0\r\n');
    assert.equal(status(response), 405, `${method}: ${response.slice(0, 80)}`);
    assert.match(response, /\r\nallow: GET, HEAD\r\n/i, method);
    assert.ok(!response.includes('<title>en</title>'), `${method} got the file`);
  }
  const head = await request('/en/', 'HEAD');
  assert.equal(status(head), 200);
  assert.match(head, /\r\ncontent-length: 32\r\n/i);
  assert.ok(!head.includes('<title>'), 'HEAD sent a body');
  const form = await request('/cookies', 'GET');
  assert.equal(status(form), 405);
  assert.match(form, /\r\nallow: POST\r\n/i);
  await stillServes();
});

test('files are found, folders give their index.html, missing files 404', async () => {
  assert.equal(status(await request('/')), 200);
  assert.equal(status(await request('/en/index.html?x=1')), 200);
  assert.equal(status(await request('/en')), 404);
  assert.equal(status(await request('/fr/')), 404);
  assert.equal(status(await request('/%65n/')), 200, 'an escaped letter is decoded');
});

test('the path rules, one by one', () => {
  assert.equal(server.targetPath('/'), 'index.html');
  assert.equal(server.targetPath('/en/'), 'en/index.html');
  assert.equal(server.targetPath('/assets/a.js?v=1#x'), 'assets/a.js');
  assert.equal(server.targetPath('//en/'), undefined, 'read as the host "en" by a URL parser');
  for (const target of MALFORMED) assert.equal(server.targetPath(target), undefined, target);
});

/** Opens `count` sockets that each send `bytes` and then nothing more; resolves to the open ones after `ms`. */
async function openAfter(count, bytes, ms) {
  const sockets = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise((ok) => {
          const socket = connect(port, '127.0.0.1', () => {
            socket.write(bytes);
            ok(socket);
          });
          socket.on('error', () => undefined);
        }),
    ),
  );
  const closed = sockets.map((s) => new Promise((ok) => s.on('close', ok)));
  let open = count;
  closed.forEach((p) => p.then(() => open--));
  await new Promise((ok) => setTimeout(ok, ms));
  for (const s of sockets) s.destroy();
  await Promise.all(closed);
  return open;
}

test('slow clients are cut off: 10 sockets with half their headers, 10 with half a body, 10 idle', async () => {
  // The limits here are 0.4 s for headers, 0.6 s for the request, 0.8 s idle (TIMEOUTS has the real
  // ones); three seconds is plenty for every socket to be closed.
  const [headers, body, idle] = await Promise.all([
    openAfter(10, 'GET /en/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow:', 3000),
    openAfter(
      10,
      'POST /cookies HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\ncookies=',
      3000,
    ),
    openAfter(10, '', 3000),
  ]);
  assert.deepEqual({ headers, body, idle }, { headers: 0, body: 0, idle: 0 }, 'sockets still open after 3 s');
  await stillServes();
});

/** The form post of the privacy notice, as a browser without JavaScript sends it. */
const post = (body, headers = '') =>
  raw(
    `POST /cookies HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n` +
      `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${headers}\r\n${body}`,
  );
const header = (response, name) => new RegExp(`\\r\\n${name}: ([^\\r]*)`, 'i').exec(response)?.[1];

test('POST /cookies stores the choice in a cookie and sends the reader back to the page, on this site only', async () => {
  const response = await post('cookies=reject', `Referer: ${site.base}/en/?q=1\r\n`);
  assert.equal(status(response), 303);
  assert.equal(header(response, 'location'), '/en/?q=1');
  const cookie = header(response, 'set-cookie');
  assert.match(cookie, /^wsis-consent=[^;]+; Path=\/; Max-Age=31536000; SameSite=Lax$/);
  const record = JSON.parse(decodeURIComponent(/^wsis-consent=([^;]+)/.exec(cookie)[1]));
  assert.deepEqual(
    { ...record, date: typeof record.date },
    { version: '7', decision: 'rejected', date: 'string' },
  );
  // Wherever the Referer points, the reader stays on this site.
  for (const referer of [
    'https://evil.example/phish',
    'javascript:alert(1)',
    '//evil.example/',
    `${site.base}//evil.example/`,
    `${site.base}/\\evil.example/`,
    'not a url',
  ]) {
    const away = await post('cookies=accept', `Referer: ${referer}\r\n`);
    assert.equal(status(away), 303, referer);
    const location = header(away, 'location');
    assert.match(location, /^\/(?![\/\\])/, `${referer} → ${location}`);
  }
});

test('POST /cookies without one choice: 400 and no cookie; a body too large: 413', async () => {
  for (const body of ['', 'cookies=maybe', 'cookies=accept&cookies=reject', 'other=accept', '%%%']) {
    const response = await post(body);
    assert.equal(status(response), 400, body);
    assert.equal(header(response, 'set-cookie'), undefined, body);
  }
  assert.equal(status(await post(`cookies=accept&pad=${'x'.repeat(5000)}`)), 413);
  await stillServes();
});

test('a reader whose cookie answers the notice gets the page with it answered', async () => {
  const record = (version) =>
    encodeURIComponent(JSON.stringify({ version, decision: 'rejected', date: '2026-01-01T00:00:00.000Z' }));
  const page = async (cookie) => {
    const response = await request('/en/', 'GET', cookie ? `Cookie: ${cookie}\r\n` : '');
    assert.equal(header(response, 'vary'), 'Cookie');
    return /<title>([^<]*)<\/title>/.exec(response)[1];
  };
  assert.equal(await page(), 'en');
  assert.equal(await page(`wsis-consent=${record('7')}`), 'en answered');
  assert.equal(await page(`other=1; wsis-consent=${record('7')}`), 'en answered');
  assert.equal(await page(`wsis-consent=${record('6')}`), 'en', 'a record for another version');
  assert.equal(await page('wsis-consent=%7Bbad'), 'en');
  assert.equal(await page('wsis-consent=%E0%A4%A'), 'en');
});
