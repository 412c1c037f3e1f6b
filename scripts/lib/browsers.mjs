// Finds the browsers the tests run in: an environment variable first, then the usual install paths.
import { existsSync } from 'node:fs';

const CANDIDATES = {
  chromium: {
    env: 'CHROMIUM_PATH',
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    ],
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: [
      '/usr/bin/firefox-esr',
      '/usr/bin/firefox',
      '/Applications/Firefox.app/Contents/MacOS/firefox',
      'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
    ],
  },
};

/** Returns { chromium, firefox }: each an executable path, or undefined when none was found. */
export function findBrowsers() {
  const found = {};
  for (const [name, { env, paths }] of Object.entries(CANDIDATES)) {
    const fromEnv = process.env[env];
    found[name] = fromEnv && existsSync(fromEnv) ? fromEnv : paths.find((p) => existsSync(p));
  }
  return found;
}

/** One sentence on what to install, or undefined when both browsers are there. */
export function missingBrowsersMessage(found = findBrowsers()) {
  const missing = Object.keys(CANDIDATES).filter((name) => !found[name]);
  if (missing.length === 0) return undefined;
  return (
    `The tests need ${missing.join(' and ')}, which ${missing.length > 1 ? 'were' : 'was'} not found: ` +
    `on Debian or Ubuntu run "apt-get install chromium firefox-esr" as root, elsewhere install ` +
    `Chrome or Chromium and Firefox, or point ${missing.map((m) => CANDIDATES[m].env).join(' and ')} at them.`
  );
}

// As root Chromium needs --no-sandbox; the rest keep it from calling home on a closed network.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // For the leak test: `window.gc()` and exact `performance.memory` figures.
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];

/**
 * Launches Chromium or Firefox (`name`), found as above, headless; Chromium with CHROMIUM_ARGS.
 * `options` are puppeteer's launch options, added to those (`args`, `extraPrefsFirefox`).
 */
export async function launchBrowser(name, options = {}) {
  const { launch } = await import('puppeteer-core');
  const chromium = name === 'chromium';
  return launch({
    browser: chromium ? 'chrome' : 'firefox',
    executablePath: findBrowsers()[name],
    headless: true,
    ...options,
    ...(chromium ? { args: [...CHROMIUM_ARGS, ...(options.args ?? [])] } : {}),
  });
}

// For several pages rendering at once: a page in a background tab keeps its timers and frames.
export const CHROMIUM_BACKGROUND_ARGS = [
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

/** Serves a folder (a built Storybook) on a free loopback port; resolves to { base, close }. */
export async function serveDirectory(dir) {
  const { createServer } = await import('node:http');
  const { readFile } = await import('node:fs/promises');
  const { extname, join, normalize } = await import('node:path');
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    // A folder's address serves its index.html, as an HTML page.
    const file = path.endsWith('/') || path.endsWith('\\') ? `${path}index.html` : path;
    try {
      const body = await readFile(join(dir, file));
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
