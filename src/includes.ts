/**
 * Server-side includes for sites whose server runs no JavaScript (`npx wsis-components includes`,
 * src/cli.ts): from a site's JSON configuration (described by `includes.schema.json`), HTML fragments
 * for each language, rendered with the library's own server rendering (`./ssr.js`, declarative shadow
 * DOM), which the drop-in build (`dist/cdn/`) hydrates in the browser:
 *
 * - `<locale>/head.html`: the early consent script and the theme's CSS (inline), the drop-in's script
 *   and the preloads of what the fragments need, each with its Subresource Integrity hash; next to it
 *   `<locale>/csp.txt`, the Content-Security-Policy sources the fragments need;
 * - `<locale>/header.html`: the banner, with its skip link, language switcher and navigation;
 * - `<locale>/privacy-notice.html`: the cookie question (a plain form without JavaScript);
 * - `<locale>/footer.html`: the footer, with the site's footer links;
 * - `cdn/`: the drop-in build, for the site to serve at the configuration's `assets` address.
 *
 * A site includes them with whatever its server has (SSI, a PHP `include`, a .NET partial, a Hugo
 * partial, a CMS snippet). A configuration with a problem writes nothing: every problem is reported
 * with the file, the field and what is wrong, and the fragments are written into a new folder that
 * replaces the old one only once complete.
 *
 * Node only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from './internal/localize.js';
import { isSafeUrl } from './internal/url.js';
import { checkSchema, type Schema, type SchemaProblem } from './internal/json-schema.js';
import { LOCALES, type WsisShippedLocaleCode } from './localization.js';
import {
  cspHash,
  earlyConsentScript,
  inlineStyles,
  renderInLocale,
  styleHashes,
  themeStyles,
} from './ssr.js';

/** A text: one string for every language, or one per language. */
export type IncludesText = string | Partial<Record<WsisShippedLocaleCode, string>>;

/** A link of the navigation or the footer. */
export interface IncludesLink {
  readonly label: IncludesText;
  readonly href: string;
}

/** A page of the main navigation, with its sub-pages. */
export interface IncludesPage extends IncludesLink {
  readonly children?: readonly IncludesLink[];
}

/** A site's configuration, as `includes.schema.json` describes it. */
export interface IncludesConfig {
  readonly locales?: readonly WsisShippedLocaleCode[];
  readonly assets: string;
  readonly home: string;
  readonly languages: string;
  readonly navigation: readonly IncludesPage[];
  readonly markCurrentPage?: boolean;
  readonly footerLinks?: readonly IncludesLink[];
  readonly organization?: string;
  readonly policyVersion: string;
  readonly privacy: string;
  readonly logoPolicy: string;
  readonly consentAction?: string;
  readonly unHref?: string;
  readonly ituHref?: string;
}

/** A configuration that cannot be used: every problem, with the file and the field. */
export class IncludesConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly SchemaProblem[],
  ) {
    super(
      `${file}: ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}; nothing was written.\n` +
        problems.map((p) => `  ${p.path || '(the whole file)'}: ${p.message}`).join('\n'),
    );
    this.name = 'IncludesConfigError';
  }
}

/** The package's own folder (where `includes.schema.json` and `dist/cdn/` are), from this module's. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'includes.schema.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('wsis-components: includes.schema.json not found above the module');
    dir = up;
  }
  return dir;
}

/** The JSON Schema of the configuration, shipped with the package. */
export function includesSchema(): Schema {
  return JSON.parse(readFileSync(join(packageRoot(), 'includes.schema.json'), 'utf8')) as Schema;
}

/** Line and column of a character offset, for a JSON syntax error. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
}

const URL_FIELDS = ['assets', 'home', 'privacy', 'logoPolicy', 'consentAction', 'unHref', 'ituHref'] as const;

/**
 * Reads and checks a configuration file: valid JSON, valid against the schema, a text for every
 * language it writes, safe URLs. Throws `IncludesConfigError` with every problem found.
 */
export async function readIncludesConfig(file: string): Promise<IncludesConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new IncludesConfigError(file, [
      { path: '', message: `cannot be read (${(error as Error).message})` },
    ]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // V8 says where (`at position 36`), or quotes the whole text after the token: left out.
    const reason = (error as Error).message.replace(
      /^(Unexpected token .*?), "[\s\S]*" is not valid JSON$/,
      '$1',
    );
    const at = /position (\d+)/.exec(reason);
    throw new IncludesConfigError(file, [
      {
        path: '',
        message: `is not valid JSON: ${reason}${at ? ` (${lineAndColumn(text, Number(at[1]))})` : ''}`,
      },
    ]);
  }
  const problems = checkSchema(value, includesSchema());
  if (problems.length) throw new IncludesConfigError(file, problems);
  const config = value as IncludesConfig;
  const codes = localesOf(config);

  const label = (t: IncludesText, path: string) => {
    if (typeof t === 'string') return;
    for (const code of codes)
      if (!t[code])
        problems.push({
          path,
          message: `has no text for "${code}" (it needs one for each language written: ${codes.join(', ')}; or one string for all)`,
        });
  };
  const url = (value: string | undefined, path: string) => {
    if (value === undefined) return;
    const bad = codes.map((code) => value.replaceAll('{locale}', code)).find((u) => !isSafeUrl(u));
    if (bad !== undefined)
      problems.push({
        path,
        message: `${JSON.stringify(bad)} is not a URL that can be written: only http, https, mailto, tel and relative URLs`,
      });
  };
  for (const name of URL_FIELDS) url(config[name], name);
  url(config.languages, 'languages');
  config.navigation.forEach((page, i) => {
    label(page.label, `navigation[${i}].label`);
    url(page.href, `navigation[${i}].href`);
    page.children?.forEach((child, j) => {
      label(child.label, `navigation[${i}].children[${j}].label`);
      url(child.href, `navigation[${i}].children[${j}].href`);
    });
  });
  config.footerLinks?.forEach((link, i) => {
    label(link.label, `footerLinks[${i}].label`);
    url(link.href, `footerLinks[${i}].href`);
  });
  if (problems.length) throw new IncludesConfigError(file, problems);
  return config;
}

/** The languages written: the configuration's, in the UN's order, or all six. */
function localesOf(config: IncludesConfig): WsisShippedLocaleCode[] {
  const all = LOCALES.map((l) => l.code as WsisShippedLocaleCode);
  return config.locales ? all.filter((c) => config.locales!.includes(c)) : all;
}

/** The drop-in build's manifest (scripts/build/cdn.mjs). */
interface CdnManifest {
  readonly entry: string;
  readonly elements: Readonly<Record<string, readonly string[]>>;
  readonly locales: Readonly<Record<string, readonly string[]>>;
  readonly hydrate: readonly string[];
  readonly files: Readonly<Record<string, { readonly integrity: string }>>;
}

interface NavItem {
  readonly label: string;
  readonly href: string;
  readonly children?: readonly NavItem[];
}

const textIn = (t: IncludesText, code: WsisShippedLocaleCode) => (typeof t === 'string' ? t : t[code]!);
const urlIn = (u: string | undefined, code: string) => u?.replaceAll('{locale}', code);
const attr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The links as the site's own list (the light DOM the element reads in the browser, and what shows
 * before it hydrates) and as `items` (what the server renders the bar from).
 */
function list(items: readonly NavItem[]): TemplateResult {
  return html`<ul>
    ${items.map(
      (item) =>
        html`<li>
          <a href=${item.href}>${item.label}</a>${item.children?.length ? list(item.children) : nothing}
        </li>`,
    )}
  </ul>`;
}

/** The fragments of one language, rendered on the server. */
async function renderLocale(config: IncludesConfig, code: WsisShippedLocaleCode) {
  const items = (links: readonly IncludesPage[]): NavItem[] =>
    links.map((link) => ({
      label: textIn(link.label, code),
      href: urlIn(link.href, code)!,
      ...(link.children?.length ? { children: items(link.children) } : {}),
    }));
  const navigation = items(config.navigation);
  const footerLinks = items(config.footerLinks ?? []);
  const render = async (template: () => TemplateResult) => (await renderInLocale(code, template)).html;
  return {
    header: await render(
      () =>
        html`<wsis-header
          id="top"
          role="banner"
          home-href=${urlIn(config.home, code)!}
          language-href-template=${config.languages}
          un-href=${ifDefined(urlIn(config.unHref, code))}
          itu-href=${ifDefined(urlIn(config.ituHref, code))}
          ><wsis-skip-link slot="skip-link"></wsis-skip-link
          ><wsis-nav
            slot="navigation"
            ?current-from-location=${config.markCurrentPage !== false}
            .items=${navigation}
            >${list(navigation)}</wsis-nav
          ></wsis-header
        >`,
    ),
    privacyNotice: await render(
      () =>
        html`<wsis-privacy-notice
          privacy-href=${urlIn(config.privacy, code)!}
          policy-version=${config.policyVersion}
          action=${ifDefined(urlIn(config.consentAction, code))}
        ></wsis-privacy-notice>`,
    ),
    footer: await render(
      () =>
        html`<wsis-footer
          role="contentinfo"
          org=${ifDefined(config.organization)}
          logo-policy-href=${urlIn(config.logoPolicy, code)!}
          privacy-href=${urlIn(config.privacy, code)!}
          >${
            footerLinks.length
              ? html`<wsis-nav
                  label=${msg('Footer', {
                    id: 'includes.footer-links',
                    desc: 'Name of the navigation landmark that holds a site\'s links in its footer; screen readers add the word "navigation" ("Footer navigation"). Length: one or two words.',
                  })}
                  .items=${footerLinks}
                  >${list(footerLinks)}</wsis-nav
                >`
              : nothing
          }</wsis-footer
        >`,
    ),
  };
}

/** What `writeIncludes` wrote: the folder, and each file in it. */
export interface IncludesResult {
  readonly out: string;
  readonly files: readonly string[];
}

// A file in every folder this command writes: it replaces a folder only if that file is there.
const MARK = '.wsis-includes';

/**
 * Writes the fragments of every language of `config` into `out` (e.g. `includes/`), which it
 * replaces whole, once everything is written. Refuses a folder it did not write.
 */
export async function writeIncludes(config: IncludesConfig, out: string): Promise<IncludesResult> {
  const target = resolve(out);
  if (existsSync(target) && !existsSync(join(target, MARK)) && (await readdir(target)).length)
    throw new Error(
      `${out} exists and was not written by wsis-components includes: choose another --out, or empty it first.`,
    );
  const root = packageRoot();
  const cdn = join(root, 'dist', 'cdn');
  const manifest = JSON.parse(await readFile(join(cdn, 'manifest.json'), 'utf8')) as CdnManifest;
  const codes = localesOf(config);
  const consent = earlyConsentScript();
  const theme = inlineStyles(themeStyles());

  await mkdir(dirname(target), { recursive: true });
  const scratch = await mkdtemp(join(dirname(target), `.${basename(target)}-`));
  const files: string[] = [];
  const write = async (name: string, text: string) => {
    await mkdir(dirname(join(scratch, name)), { recursive: true });
    await writeFile(join(scratch, name), text);
    files.push(name);
  };
  try {
    await write(MARK, 'Written by `npx wsis-components includes`; replaced whole at each run.\n');
    await cp(cdn, join(scratch, 'cdn'), { recursive: true });
    for (const code of codes) {
      const fragments = await renderLocale(config, code);
      const asset = (file: string) => {
        const name = file.replace(/^\.\//, '');
        return `href="${attr(config.assets + name)}" integrity="${manifest.files[name]!.integrity}"`;
      };
      const preloads = new Set<string>();
      for (const tag of ['wsis-header', 'wsis-skip-link', 'wsis-nav', 'wsis-privacy-notice', 'wsis-footer'])
        manifest.elements[tag]!.forEach((f) => preloads.add(f));
      manifest.hydrate.forEach((f) => preloads.add(f));
      manifest.locales[code]?.forEach((f) => preloads.add(f));
      // The early consent script and the theme's CSS inline (a stylesheet file would hold the first
      // paint for a round trip), then the drop-in and everything the fragments need at start,
      // fetched at once: the page paints from its HTML alone.
      const head = [
        `<script>${consent}</script>`,
        theme.html,
        `<script type="module" src="${attr(config.assets + manifest.entry)}" integrity="${manifest.files[manifest.entry]!.integrity}"></script>`,
        ...[...preloads].map((f) => `<link rel="modulepreload" ${asset(f)}>`),
      ].join('\n');
      const assetsOrigin = /^https?:\/\//.test(config.assets) ? ` ${new URL(config.assets).origin}` : '';
      const styles = new Set([
        ...theme.hashes,
        ...[fragments.header, fragments.privacyNotice, fragments.footer].flatMap((h) => styleHashes(h)),
      ]);
      await write(`${code}/head.html`, `${head}\n`);
      await write(
        `${code}/csp.txt`,
        `script-src 'self'${assetsOrigin} ${cspHash(consent)}\nstyle-src 'self'${assetsOrigin} ${[...styles].join(' ')}\n`,
      );
      await write(`${code}/header.html`, `${fragments.header}\n`);
      await write(`${code}/privacy-notice.html`, `${fragments.privacyNotice}\n`);
      await write(`${code}/footer.html`, `${fragments.footer}\n`);
    }
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    throw error;
  }
  // The old folder goes only once the new one is complete, and comes back if the swap fails.
  const old = existsSync(target) ? `${scratch}-old` : undefined;
  if (old) await rename(target, old);
  try {
    await rename(scratch, target);
  } catch (error) {
    if (old) await rename(old, target);
    await rm(scratch, { recursive: true, force: true });
    throw error;
  }
  if (old) await rm(old, { recursive: true, force: true });
  return { out: target, files: files.sort() };
}
