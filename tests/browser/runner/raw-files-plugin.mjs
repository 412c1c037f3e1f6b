// Serves files of the repository as they are written, under /raw/<path>: the test server rewrites
// the imports of every JavaScript file it serves (`wsis-components` → a path into dist/), and a test
// that runs a documented snippet needs the snippet as the documentation shows it.
import { readFile } from 'node:fs/promises';
import { join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

export function rawFilesPlugin() {
  return {
    name: 'wsis-raw-files',
    async serve(context) {
      if (!context.path.startsWith('/raw/')) return undefined;
      const path = normalize(decodeURIComponent(context.path.slice('/raw/'.length)));
      if (path.startsWith('..')) return { body: 'outside the repository', type: 'text/plain', status: 403 };
      try {
        return { body: await readFile(join(root, path), 'utf8'), type: 'text/plain' };
      } catch {
        return undefined;
      }
    },
  };
}
