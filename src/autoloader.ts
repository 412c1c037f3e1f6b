/**
 * The drop-in build's one script, `dist/cdn/wsis-components.js`: a page without a bundler loads it
 * with one `<script type="module">`, and it defines each `wsis-*` element the page uses when that
 * element appears (in the HTML, added later, or inside another element's shadow root), loading only
 * that element's code.
 *
 * The language comes from the page: `<html lang>` picks the locale before any element is defined
 * (`fr-CA` → fr; a language the library does not speak → English, with one console warning), and a
 * later change of `lang` switches every element. `dir` on `<html>` follows the language, and a change
 * made in the page (the language switcher without links, or `setLocale()`, which this module
 * exports with the rest of the localization API) is written back to `lang` and `dir`.
 *
 * A page whose elements came from the server with their shadow roots (declarative shadow DOM) gets
 * Lit's hydration support first, so the elements take over the server's HTML as it is.
 *
 * Browser only: the package's entry points never import it.
 */
import { LOCALES, getLocale, resolveLocale, setLocale, sourceLocale } from './localization.js';
import { languageInfo } from './internal/lang.js';
import { LOCALE_STATUS_EVENT } from './internal/localize.js';

export * from './localization.js';

/** The files a part of the library needs, relative to this module: its own, then what it imports. */
interface CdnFiles {
  readonly elements: Readonly<Record<string, readonly string[]>>;
  readonly locales: Readonly<Record<string, readonly string[]>>;
  readonly hydrate: readonly string[];
}
/**
 * What the build knows about the files, for each element, each locale and the hydration support:
 * the drop-in build (scripts/build/cdn.mjs) writes it in place of `globalThis.WSIS_CDN_FILES`. The
 * sources, run as they are (tests, Storybook), have none, and preload nothing.
 */
const FILES = (globalThis as { WSIS_CDN_FILES?: CdnFiles }).WSIS_CDN_FILES;

/** Each element's module, by tag. Literal imports, so that the bundler makes a chunk of each. */
const ELEMENTS: Readonly<Record<string, () => Promise<unknown>>> = {
  'wsis-skip-link': () => import('./components/skip-link/wsis-skip-link.js'),
  'wsis-logo': () => import('./components/logo/wsis-logo.js'),
  'wsis-language-switcher': () => import('./components/language-switcher/wsis-language-switcher.js'),
  'wsis-header': () => import('./components/header/wsis-header.js'),
  'wsis-privacy-notice': () => import('./components/privacy-notice/wsis-privacy-notice.js'),
  'wsis-nav': () => import('./components/nav/wsis-nav.js'),
  'wsis-breadcrumb': () => import('./components/breadcrumb/wsis-breadcrumb.js'),
  'wsis-message': () => import('./components/message/wsis-message.js'),
  'wsis-footer': () => import('./components/footer/wsis-footer.js'),
};

const PREFIX = 'wsis-';

/** `<link rel="modulepreload">` for each file not asked for yet: fetched at once, evaluated later. */
const preloaded = new Set<string>();
function preload(files: readonly string[] | undefined): void {
  for (const file of files ?? []) {
    const href = new URL(file, import.meta.url).href;
    if (preloaded.has(href)) continue;
    preloaded.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}

// ---------------------------------------------------------------------------------------------
// The language.

const root = document.documentElement;
const warned = new Set<string>();

/** The locale `<html lang>` asks for; an unknown or missing language warns once and gives English. */
function pageLocale(): string {
  const lang = root.lang.trim();
  const code = resolveLocale(lang);
  if (code) return code;
  if (!warned.has(lang)) {
    warned.add(lang);
    console.warn(
      `wsis-components: <html lang="${lang}"> is ${lang ? 'not a language of the library' : 'missing'}; ` +
        `the elements use English. Languages: ${LOCALES.map((l) => l.code).join(', ')}.`,
    );
  }
  return sourceLocale;
}

/** `dir` on `<html>` as the page's language writes (Arabic right to left), for any well-formed tag. */
function followDirection(): void {
  const info = languageInfo(root.lang || sourceLocale);
  if (info && root.dir !== info.dir) root.dir = info.dir;
}

/** Sets the locale `<html lang>` asks for; never throws (a locale that fails to load stays English). */
async function applyPageLocale(): Promise<void> {
  followDirection();
  const code = pageLocale();
  if (code === getLocale()) return;
  try {
    await setLocale(code);
  } catch (error) {
    console.error(`wsis-components: the messages of "${code}" could not be loaded; English is shown.`, error);
  }
}

// A change of locale made in the page (the language switcher, a site's setLocale()) is written back
// to <html lang dir>, so that the page's language stays the one its elements speak.
window.addEventListener(LOCALE_STATUS_EVENT, (event) => {
  if ((event as CustomEvent<{ status: string }>).detail.status !== 'ready') return;
  // (A page whose language the library does not speak keeps its lang while it shows English.)
  const code = getLocale();
  if (pageLocale() !== code) root.lang = code;
  followDirection();
});
new MutationObserver(() => void applyPageLocale()).observe(root, {
  attributes: true,
  attributeFilter: ['lang'],
});

// ---------------------------------------------------------------------------------------------
// The elements.

let hydrating: Promise<void> | undefined;
/** Lit's hydration support, loaded once, before an element the server rendered is defined. */
function hydrateSupport(): Promise<void> {
  preload(FILES?.hydrate);
  hydrating ??= import('./internal/hydrate-support.js').then((m) => m.applyHydrateSupport());
  return hydrating;
}

const loading = new Map<string, Promise<unknown>>();

/**
 * Defines `tag` once: its files are fetched at once, its module evaluated once the locale is set
 * (and, while it loads, the hydration support).
 */
function define(tag: string): void {
  if (loading.has(tag) || customElements.get(tag)) return;
  const load = ELEMENTS[tag];
  if (!load) {
    loading.set(tag, Promise.resolve());
    console.error(
      `<${tag}>: no such element in wsis-components; it stays as plain HTML. ` +
        `Elements: ${Object.keys(ELEMENTS).join(', ')}.`,
    );
    return;
  }
  preload(FILES?.elements[tag]);
  loading.set(
    tag,
    Promise.all([started, hydrating])
      .then(load)
      .catch((error) =>
        console.error(`<${tag}>: its code could not be loaded; it stays as plain HTML.`, error),
      ),
  );
}

/**
 * Every undefined `wsis-*` element in `scope` (the node itself included), and in the open shadow
 * roots inside it, which are watched from then on. One of them with a shadow root already (the
 * server's) brings in the hydration support before any of them is defined. The library's own
 * shadow roots are not entered: an element's module imports every element it renders.
 */
function scan(scope: Element | Document | ShadowRoot): void {
  const found: Element[] = [];
  const visit = (el: Element) => {
    const own = el.localName.startsWith(PREFIX);
    if (own && !customElements.get(el.localName)) found.push(el);
    if (el.shadowRoot && !own) watch(el.shadowRoot);
  };
  if (scope instanceof Element) visit(scope);
  for (const el of scope.querySelectorAll('*')) visit(el);
  if (found.some((el) => el.shadowRoot)) void hydrateSupport();
  for (const el of found) define(el.localName);
}

const watched = new WeakSet<Node>();
const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
});

function watch(scope: Document | ShadowRoot): void {
  if (watched.has(scope)) return;
  watched.add(scope);
  observer.observe(scope, { childList: true, subtree: true });
  scan(scope);
}

// A shadow root attached later, open or closed (another library's element, upgraded after it was
// added), is watched from the moment it exists: no mutation of the document announces it.
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
  const shadow = attachShadow.call(this, init);
  if (!this.localName.startsWith(PREFIX)) watch(shadow);
  return shadow;
};

// The page's locale (and its module) is requested first; the elements found meanwhile fetch their
// files at once and are defined when it is set, so that their first render is in that language and
// a server-rendered element hydrates the HTML the server wrote in it. A task later, not at once: a
// site's module that imports this one (to call registerLocale()) runs first.
const started = new Promise<void>((resolve) => setTimeout(resolve)).then(() => {
  if (pageLocale() !== sourceLocale) preload(FILES?.locales[pageLocale()]);
  return applyPageLocale();
});
watch(document);
