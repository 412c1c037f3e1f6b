/**
 * Elements written in a page's HTML follow every `setLocale`, like elements created afterwards.
 *
 * A site writes the elements in its HTML and loads the library at the end; the browser then upgrades
 * elements that already exist. The other tests create their elements after the library is loaded
 * and the locale is set, so they cannot see an element that was upgraded before its class was ready
 * to follow locale changes. This test loads the first page of the README and the guide into an iframe (see
 * helpers/first-page.ts), switches the locale there back and forth, and compares what each library
 * element renders — the ones in the markup and the ones they render inside their shadow roots — with
 * a fresh element of the same tag, attributes and children created in that locale.
 */
import { expect } from '@open-wc/testing';
import { loadFirstPage, type FirstPage } from './helpers/first-page.js';

/** In-page switching, back and forth: each of the six locales, then again in another order. */
const SEQUENCE = ['en', 'fr', 'ar', 'zh-Hans', 'ru', 'es', 'en', 'ar', 'fr'] as const;

type LitLike = Element & { updateComplete?: Promise<unknown>; isUpdatePending?: boolean };

const isLibraryElement = (el: Element) => el.localName.startsWith('wsis-');

/** Every element under `root`, including those in open shadow roots, at any depth. */
function deepElements(root: ParentNode): LitLike[] {
  const out: LitLike[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

/** Lets slotchange, mutation observers and the like run (one task, no fixed delay). */
const nextTask = (win: Window) => new Promise<void>((resolve) => win.setTimeout(resolve, 0));

/** Waits until no element under `root` (shadow roots included) has an update pending. */
async function settle(win: Window, root: ParentNode): Promise<void> {
  for (let pass = 0; pass < 20; pass++) {
    await Promise.all(deepElements(root).map((el) => el.updateComplete));
    await nextTask(win);
    if (!deepElements(root).some((el) => el.isUpdatePending)) return;
  }
  throw new Error('elements kept updating');
}

const NAMED_BY = ['aria-label', 'alt', 'title'];

/**
 * What an element renders as text: the text of its shadow root, following nested shadow roots and
 * the fallback content of slots that nothing is assigned to, with the aria-label, alt and title
 * attributes met on the way (the host's own included). Slotted light DOM is the site's and is left
 * out. Whitespace is collapsed.
 */
function renderedText(host: Element): string {
  const parts: string[] = [];
  const attributes = (el: Element) => {
    for (const name of NAMED_BY) {
      const value = el.getAttribute(name);
      if (value !== null) parts.push(`[${name}=${value}]`);
    }
  };
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push((node as Text).data);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (el.localName === 'style' || el.localName === 'script') return;
    attributes(el);
    if (el.shadowRoot) {
      parts.push('{');
      el.shadowRoot.childNodes.forEach(visit);
      parts.push('}');
    }
    if (el.localName === 'slot' && (el as HTMLSlotElement).assignedNodes().length > 0) return;
    el.childNodes.forEach(visit);
  };
  attributes(host);
  host.shadowRoot?.childNodes.forEach(visit);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The two texts around their first difference, short enough for a failure message. */
function around(a: string, b: string): [string, string] {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const start = Math.max(0, i - 30);
  const cut = (s: string) =>
    `${start ? '…' : ''}${s.slice(start, start + 100)}${s.length > start + 100 ? '…' : ''}`;
  return [cut(a), cut(b)];
}

function describeElement(el: Element): string {
  const attrs = Array.from(el.attributes)
    .filter((a) => ['org', 'slot'].includes(a.name))
    .map((a) => ` ${a.name}="${a.value}"`)
    .join('');
  return `<${el.localName}${attrs}>`;
}

/** A library element of the page, and how to make a fresh one like it. */
interface Subject {
  label: string;
  element: Element;
  /** Tag, attributes and light-DOM children to create the fresh element from. */
  model: Element;
}

/**
 * The library elements of the page: those written in the markup (their model: the copy the probe
 * took before the library loaded, so attributes the element set on itself are not carried over),
 * and, at any depth, those their shadow roots render (their model: the element as it is).
 */
function subjects(page: FirstPage): Subject[] {
  const written = Array.from(page.doc.body.querySelectorAll('*')).filter(isLibraryElement);
  expect(
    written.map((el) => el.localName),
    'the library elements of the markup are those the probe saw',
  ).to.deep.equal(page.probe.originals.map((el) => el.localName));
  const out: Subject[] = [];
  const nested = (host: Element, path: string) => {
    if (!host.shadowRoot) return;
    for (const el of Array.from(host.shadowRoot.querySelectorAll('*')).filter(isLibraryElement)) {
      const label = `${path} › ${describeElement(el)}`;
      out.push({ label, element: el, model: el });
      nested(el, label);
    }
  };
  written.forEach((el, index) => {
    const label = `${describeElement(el)} (markup #${index + 1})`;
    out.push({ label, element: el, model: page.probe.originals[index] });
    nested(el, label);
  });
  return out;
}

/** A new element in the page's document, with the model's tag, attributes and a copy of its children. */
function freshLike(doc: Document, model: Element): Element {
  const el = doc.createElement(model.localName);
  for (const { name, value } of Array.from(model.attributes)) el.setAttribute(name, value);
  for (const child of Array.from(model.childNodes)) el.append(doc.importNode(child, true));
  return el;
}

/** Switches the page's locale and waits for the `ready` status and for every element to render. */
async function switchPage(page: FirstPage, code: string): Promise<void> {
  const { win, l10n } = page;
  const ready =
    l10n.getLocale() === code
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          const onStatus = (event: Event) => {
            const detail = (event as CustomEvent<{ status: string; readyLocale?: string }>).detail;
            if (detail.status === 'ready' && detail.readyLocale === code) {
              win.removeEventListener('lit-localize-status', onStatus);
              resolve();
            }
          };
          win.addEventListener('lit-localize-status', onStatus);
        });
  await l10n.setLocale(code);
  await ready;
  expect(l10n.getLocale(), 'the page reports the locale set').to.equal(code);
  await settle(win, page.doc);
}

/**
 * Renders a fresh element like each subject in the page's current locale and returns, for each
 * subject whose text differs, a line naming it with both texts.
 */
async function mismatches(page: FirstPage, code: string): Promise<string[]> {
  const list = subjects(page);
  expect(
    list.some((s) => s.element.getRootNode() !== page.doc),
    'elements rendered in shadow roots are compared too',
  ).to.equal(true);
  const pageTexts = list.map((s) => renderedText(s.element));
  const box = page.doc.createElement('div');
  const fresh = list.map((s) => freshLike(page.doc, s.model));
  box.append(...fresh);
  // A second <wsis-nav> named like the first warns, rightly on a real page; not the point here.
  const pageConsole = (page.win as Window & { console: Console }).console;
  const { warn } = pageConsole;
  pageConsole.warn = (...args: unknown[]) => {
    if (!String(args[0]).includes('another <wsis-nav> on this page')) warn.apply(pageConsole, args);
  };
  try {
    page.doc.body.append(box);
    await settle(page.win, box);
    return list.flatMap((s, i) => {
      const expected = renderedText(fresh[i]);
      if (pageTexts[i] === expected) return [];
      const [inPage, asFresh] = around(pageTexts[i], expected);
      return [`${s.label} in ${code}:\n    page:  ${inPage}\n    fresh: ${asFresh}`];
    });
  } finally {
    box.remove();
    pageConsole.warn = warn;
  }
}

describe('the first page: elements written in the HTML follow setLocale', () => {
  let page: FirstPage | undefined;

  before(async () => {
    page = await loadFirstPage();
  });

  after(() => {
    page?.iframe.remove();
  });

  it('parses the markup before the library loads', () => {
    const { probe, snippet } = page!;
    const written = Array.from(new DOMParser().parseFromString(snippet, 'text/html').querySelectorAll('*'))
      .filter(isLibraryElement)
      .map((el) => el.localName);
    expect(written, 'the first page has library elements').to.not.be.empty;
    expect(probe.originals.map((el) => el.localName)).to.deep.equal(written);
    expect(probe.counts['wsis-header'], 'wsis-header present when the script began').to.equal(1);
    for (const tag of new Set(written)) {
      expect(probe.defined[tag], `${tag} not yet defined when the script began`).to.equal(false);
    }
    expect(probe.readyState).to.equal('interactive');
  });

  SEQUENCE.forEach((code, step) => {
    const after = step ? ` after ${SEQUENCE[step - 1]}` : '';
    it(`step ${step + 1}, setLocale('${code}')${after}: every element renders as a fresh one`, async () => {
      await switchPage(page!, code);
      const lines = await mismatches(page!, code);
      expect(lines.length, `rendered unlike a fresh element:\n${lines.join('\n')}\n`).to.equal(0);
    });
  });
});
