#!/usr/bin/env node
/**
 * `npx wsis-components includes <config.json> [--out <folder>]`: writes the server-side includes
 * of a site whose server runs no JavaScript (see src/includes.ts). Exit status 0 when written, 1 when
 * the configuration has a problem (each one named on stderr, nothing written), 2 when the command
 * is used wrongly.
 *
 * Node only.
 */
import { parseArgs } from 'node:util';

const USAGE = `Usage: npx wsis-components includes <config.json> [--out <folder>]

Writes, for each language of the configuration, the HTML fragments a site's server includes:
<folder>/<locale>/head.html (with csp.txt next to it), header.html, privacy-notice.html and
footer.html, and <folder>/cdn/, the drop-in build to serve at the configuration's "assets" address.
The configuration is described by wsis-components/includes.schema.json. Default folder: includes.`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: 'string', default: 'includes' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    console.error(`wsis-components: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [command, config, ...extra] = positionals;
  if (command !== 'includes' || !config || extra.length) {
    console.error(
      `wsis-components: ${command && command !== 'includes' ? `unknown command "${command}"` : 'the configuration file is missing'}\n\n${USAGE}`,
    );
    return 2;
  }

  // The rendering needs @lit-labs/ssr, an optional peer dependency (a site that only bundles the
  // elements never installs it).
  let includes: typeof import('./includes.js');
  try {
    includes = await import('./includes.js');
  } catch (error) {
    if (
      (error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' &&
      /@lit-labs\/ssr/.test(String(error))
    ) {
      console.error(
        'wsis-components includes renders with @lit-labs/ssr, which is not installed. Install it next to ' +
          'wsis-components (npm install @lit-labs/ssr), or run: npx -p wsis-components -p @lit-labs/ssr wsis-components includes …',
      );
      return 1;
    }
    throw error;
  }
  try {
    const settings = await includes.readIncludesConfig(config);
    const { out, files } = await includes.writeIncludes(settings, values.out);
    console.log(`wsis-components: wrote ${files.length} files and the drop-in build (cdn/) to ${out}`);
    return 0;
  } catch (error) {
    console.error(
      error instanceof includes.IncludesConfigError
        ? error.message
        : `wsis-components: ${(error as Error).message}`,
    );
    return 1;
  }
}

void main(process.argv.slice(2)).then((status) => (process.exitCode = status));
