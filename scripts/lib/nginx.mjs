// Debian's nginx, for the tests of the server-side includes: a server that runs no JavaScript,
// started as a foreground process with a configuration of the test's own, on 127.0.0.1 and a free
// port, writing nothing outside the test's folder.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const PATHS = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/bin/nginx', '/opt/homebrew/bin/nginx'];

/** nginx's executable: NGINX_PATH, the usual install paths, or `nginx` on the PATH; undefined if none. */
export function findNginx() {
  const fromEnv = process.env.NGINX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = PATHS.find((p) => existsSync(p));
  if (found) return found;
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() || undefined : undefined;
}

export const MISSING_NGINX =
  'The server-side includes test needs nginx, which was not found: on Debian or Ubuntu run ' +
  '"apt-get install nginx" as root, elsewhere install nginx, or point NGINX_PATH at it.';

/** A port nobody listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts nginx in the foreground with `server` (the body of an http `server {}` block; `listen`
 * is added) and `http` (more http-level directives), its files under `dir`. Resolves to
 * { base, accessLog, stop } once it answers.
 */
export async function startNginx({ dir, server, http = '' }) {
  const nginx = findNginx();
  if (!nginx) throw new Error(MISSING_NGINX);
  mkdirSync(join(dir, 'temp'), { recursive: true });
  const port = await freePort();
  const accessLog = join(dir, 'access.log');
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `# Written by scripts/lib/nginx.mjs for a test.
${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${join(dir, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 64; }
http {
  types {
    text/html html shtml;
    text/javascript js mjs;
    text/css css;
    application/json json;
    text/plain txt;
  }
  default_type application/octet-stream;
  log_format requests '$status $request_method $request_uri';
  access_log ${accessLog} requests;
  client_body_temp_path ${join(dir, 'temp', 'body')};
  proxy_temp_path ${join(dir, 'temp', 'proxy')};
  fastcgi_temp_path ${join(dir, 'temp', 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'temp', 'uwsgi')};
  scgi_temp_path ${join(dir, 'temp', 'scgi')};
${http}
  server {
    listen 127.0.0.1:${port};
${server}
  }
}
`,
  );
  const check = spawnSync(nginx, ['-t', '-q', '-p', dir, '-c', conf], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx refused ${conf}:\n${check.stderr}`);
  const child = spawn(nginx, ['-p', dir, '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx stopped at once:\n${stderr}`);
    try {
      await fetch(`${base}/`);
      break;
    } catch (error) {
      if (i > 100) throw new Error(`nginx never answered on ${base}: ${error.message}\n${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    base,
    accessLog,
    stderr: () => stderr,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGQUIT');
      }),
  };
}
