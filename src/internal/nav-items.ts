/**
 * Reads the links a site writes in an element's light DOM, and checks items handed over as data,
 * into one safe shape that navigation elements render (hrefs already through `safeUrl()`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEV_MODE } from './dev-mode.js';
import { preview, report } from './report.js';
import { safeUrl } from './url.js';
import { MAX_TEXT_LENGTH, boundText } from './bounds.js';

/** A navigation item as a site passes it in data. */
export interface NavItemInput {
  /** The visible text of the link. Required, not empty. */
  label: string;
  /** Where the link goes. Required unless the item groups `children` (then it may be a button only). */
  href?: string;
  /** `true` for the page the reader is on (rendered with `aria-current="page"`). */
  current?: boolean;
  /** Language of the label when it differs from the page's (`lang` on the rendered link). */
  lang?: string;
  /** Sub-pages, shown in a disclosure under this item. */
  children?: NavItemInput[];
}

/** A checked item: `href` is safe to render, or absent (the item then renders as text or a button). */
export interface NavItem {
  readonly label: string;
  readonly href?: string;
  readonly current: boolean;
  readonly lang?: string;
  readonly children: readonly NavItem[];
}

export interface NormalizeOptions {
  /** The element's tag name, for messages (`wsis-nav`). */
  element: string;
  /** Where the data came from, for messages (`items` or `light DOM`). */
  source: string;
  /** Whether items may have children (a breadcrumb's may not). */
  children: boolean;
  /** Whether the last item at the top level may come without an `href` (a breadcrumb's current page). */
  lastMayBeText: boolean;
}

/**
 * How deep items may nest: the top level is 1. A menu a reader can use has two or three; the cap
 * keeps data from a CMS that nests without end (100,000 levels) from exhausting the stack.
 */
export const MAX_DEPTH = 8;

/**
 * Checks `raw` item by item. Each bad item gives one `console.error` naming the element and the item,
 * and is skipped; the valid ones are returned. Items nested deeper than `MAX_DEPTH` levels are left
 * out with one error at the level where they start. Never throws.
 */
export function normalizeItems(
  raw: unknown,
  options: NormalizeOptions,
  path = options.source,
  depth = 1,
): NavItem[] {
  const { element } = options;
  if (depth > MAX_DEPTH) {
    if (!Array.isArray(raw) || raw.length > 0)
      report(
        'error',
        element,
        path,
        DEV_MODE ? `nested deeper than ${MAX_DEPTH} levels; left out, with everything under them.` : '',
      );
    return [];
  }
  if (!Array.isArray(raw)) {
    report(
      'error',
      element,
      path,
      DEV_MODE
        ? `expected an array of {label, href, current, children}; got ${preview(raw)}. Nothing is rendered from it.`
        : '',
    );
    return [];
  }
  const out: NavItem[] = [];
  raw.forEach((entry: unknown, index) => {
    const where = `${path}[${index}]`;
    if (entry === null || typeof entry !== 'object') {
      report(
        'error',
        element,
        where,
        DEV_MODE ? `expected an object with label and href; skipped ${preview(entry)}.` : '',
      );
      return;
    }
    const item = entry as Record<string, unknown>;
    const text = typeof item.label === 'string' ? item.label.trimStart() : '';
    // A long label is read only as far as it can be shown: collapsing the white space of 10 MB took
    // more than a second.
    const long = text.length > MAX_TEXT_LENGTH * 2;
    let label = (long ? text.slice(0, MAX_TEXT_LENGTH * 2) : text).replace(/\s+/g, ' ').trim();
    if (long || label.length > MAX_TEXT_LENGTH) {
      if (DEV_MODE)
        report(
          'warning',
          element,
          `${where}.label`,
          `${(item.label as string).length} characters long; only the first ${MAX_TEXT_LENGTH} are shown.`,
        );
      label = label.length > MAX_TEXT_LENGTH ? boundText(label) : `${label}…`;
    }
    if (!label) {
      report('error', element, where, DEV_MODE ? `missing "label"; skipped ${preview(entry)}.` : '');
      return;
    }
    let children: NavItem[] = [];
    if (item.children !== undefined && options.children) {
      children = normalizeItems(item.children, options, `${where}.children`, depth + 1);
    }
    const isLast = path === options.source && index === raw.length - 1;
    const hasHref = typeof item.href === 'string' && item.href.trim() !== '';
    if (!hasHref && children.length === 0 && !(isLast && options.lastMayBeText)) {
      report('error', element, where, DEV_MODE ? `missing "href"; skipped ${preview(entry)}.` : '');
      return;
    }
    // An unsafe URL is dropped but the label stays, as text: the reader still sees where they are.
    const href = hasHref ? safeUrl(item.href as string, element, `${where}.href`) : undefined;
    const lang = typeof item.lang === 'string' && item.lang.trim() ? item.lang.trim() : undefined;
    out.push({ label, href, current: item.current === true, lang, children });
  });
  return out;
}

function text(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

// The language a site marked on the link or on its list, up to (not including) the element itself:
// the element's own `lang`, and the page's, already reach the rendered links by inheritance.
function langOf(el: Element, host: Element): string | undefined {
  for (let node: Element | null = el; node && node !== host; node = node.parentElement) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
  }
  return undefined;
}

function fromLink(a: Element, host: Element): NavItemInput {
  const current = a.getAttribute('aria-current');
  return {
    label: text(a),
    href: a.getAttribute('href') ?? undefined,
    current: current !== null && current !== 'false',
    lang: langOf(a, host),
  };
}

function fromListItem(li: Element, host: Element, depth: number): NavItemInput {
  const link = li.querySelector(':scope > a');
  const sub = li.querySelector(':scope > ul, :scope > ol');
  // A group may be written without a link of its own (`<li>Geneva<ul>…</ul></li>`): its label is
  // the text of everything but the sub-list.
  const item: NavItemInput = link
    ? fromLink(link, host)
    : {
        label: Array.from(li.childNodes)
          .filter((n) => !(n instanceof Element && (n.localName === 'ul' || n.localName === 'ol')))
          .map(text)
          .join(' ')
          .trim(),
        lang: langOf(li, host),
      };
  // One level past the cap is read, so that normalizeItems() reports where the nesting goes too deep.
  if (sub && depth <= MAX_DEPTH) item.children = readList(sub, host, depth + 1);
  return item;
}

function readList(list: Element, host: Element, depth: number): NavItemInput[] {
  return Array.from(list.children)
    .filter((c) => c.localName === 'li')
    .map((li) => fromListItem(li, host, depth));
}

/**
 * Reads the markup convention shared by the navigation elements: links written as direct children
 * (`<a href>…</a><a href>…</a>`) or as a list (`<ul>` / `<ol>`) whose items hold a link and,
 * for a group, a nested list of sub-pages. Wrappers around them (`<nav>`, `<div>`) are looked through.
 */
export function readLightItems(host: Element, wrappers = 0): NavItemInput[] {
  const items: NavItemInput[] = [];
  for (const child of Array.from(host.children)) {
    if (child.localName === 'a') items.push(fromLink(child, host));
    else if (child.localName === 'ul' || child.localName === 'ol') items.push(...readList(child, host, 1));
    // A site may wrap its links (a <nav> for readers without JavaScript, a <div> from a CMS); wrappers
    // in wrappers are looked through as deep as items may nest, no deeper.
    else if (wrappers < MAX_DEPTH) items.push(...readLightItems(child, wrappers + 1));
  }
  return items;
}

/**
 * Keeps a navigation element's items: from its `items` data when the site sets it (checked once per
 * value), otherwise read from its light DOM when it connects and again whenever the site (or the
 * parser, still writing them) changes its links.
 */
export class NavItemsController implements ReactiveController {
  /**
   * Whether the light DOM has been read (in the browser). Until then, as in a server-rendered page
   * before its script runs, the site's own links show through the slot.
   */
  read = false;

  private lightItems: NavItem[] = [];
  private dataItems?: { input: unknown; items: NavItem[] };
  private observer?: MutationObserver;
  // Content without links is reported once, until links appear: not at every mutation (development
  // build only).
  declare private warned?: boolean;
  // Set while a hydrating element waits for its first render before reading its links.
  private deferred = false;

  /**
   * @param options How to check the items (`element` and `source` are set here).
   * @param attributes The link attributes whose change means reading the light DOM again.
   * @param data The host's `items` property: `undefined` or `null` when the site gives none.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: Omit<NormalizeOptions, 'source' | 'element'>,
    private readonly attributes: string[],
    private readonly data: () => unknown,
  ) {
    host.addController(this);
  }

  /** The checked items to render: the data's, or the light DOM's. */
  get items(): NavItem[] {
    const input = this.data();
    // No data (`null` too: a framework that clears its binding): the light DOM's links.
    if (input == null) return this.lightItems;
    if (!this.dataItems || this.dataItems.input !== input) {
      const options = { ...this.options, element: this.host.localName, source: 'items' };
      this.dataItems = { input, items: normalizeItems(input, options) };
    }
    return this.dataItems.items;
  }

  /**
   * Whether the element shows its own rendering: always for data; for the light DOM, once it has
   * been read and holds links. Otherwise the site's own content stays in view, not an empty landmark.
   */
  get enhanced(): boolean {
    return this.data() != null || (this.read && this.lightItems.length > 0);
  }

  hostConnected(): void {
    // A server-rendered element hydrates: its first render must be the server's. The server cannot
    // see the light DOM, so it rendered either the site's content as it is (no `items` given there)
    // or the links the site passed as `items`. In the first case the links are read only after that
    // first render; in the second now, since they are the same links.
    const root = this.host.shadowRoot;
    const hydrating = !!root && !(this.host as { hasUpdated?: boolean }).hasUpdated;
    const serverShowedSource = hydrating && !!root.querySelector('slot.source:not([hidden])');
    if (serverShowedSource) this.deferred = true;
    else this.readItems();
    this.observer ??= new MutationObserver(() => this.readItems());
    this.observer.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: this.attributes,
    });
  }

  hostUpdated(): void {
    if (!this.deferred) return;
    this.deferred = false;
    // Read once the hydrating update is complete, so that the render the links need is a new
    // update rather than a change requested from inside the one that is finishing.
    void this.host.updateComplete.then(() => this.readItems());
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private readItems(): void {
    const { host, options } = this;
    const raw = readLightItems(host);
    const element = host.localName;
    this.lightItems = raw.length ? normalizeItems(raw, { ...options, element, source: 'light DOM' }) : [];
    this.read = true;
    if (DEV_MODE) {
      const linkless = !raw.length && host.children.length > 0 && this.data() == null;
      if (!linkless) this.warned = false;
      else if (!this.warned) {
        this.warned = true;
        report(
          'warning',
          element,
          '',
          'found no links in its content, so it shows that content as it is; ' +
            'write <a href> elements or a <ul>/<ol> of them (see the documentation).',
        );
      }
    }
    host.requestUpdate();
  }
}
