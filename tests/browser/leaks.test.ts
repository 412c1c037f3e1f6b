/**
 * No leaks: 1,000 connect/disconnect cycles of every element leave no event listener on `window`,
 * `document` or the Navigation API object, and, in Chromium where the test can force a garbage
 * collection, the heap does not grow with the cycles. Each cycle connects two fresh elements: one
 * rendered before it is removed, and one removed at once, before its first update (as a framework
 * or a DOM morphing library does when it replaces what it has just inserted). The elements are read from custom-elements.json, so a new element is covered
 * without touching this file.
 *
 * The heap figure (`performance.memory`) belongs to the whole renderer process, not to this page:
 * after other test files it can jump by a megabyte at any moment, though nothing here leaks. So
 * the growth is read per span of cycles, and the typical span judged: a leak grows the heap by the
 * same amount in every span, a jump lands in one.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { memoryConsentStorage, type WsisPrivacyNotice } from '../../src/index.js';

const CYCLES = 1000;
const WARM_UP = 50;
/** The cycles after the warm-up come in this many equal spans (odd: the median is one of them). */
const SPANS = 5;
/**
 * Heap growth allowed over the cycles of one element, after a forced GC (bytes), as the median
 * span's growth times the number of spans: a leak of about 1 KB a cycle fails.
 */
const HEAP_BOUND = 1024 * 1024;

/** Attributes that make each element do the most: every listener it can add is added. */
const SETUP: Record<string, (el: HTMLElement) => void> = {
  'wsis-logo': (el) => el.setAttribute('org', 'itu'),
  'wsis-nav': (el) => {
    el.setAttribute('current-from-location', '');
    const list = document.createElement('ul');
    for (const label of ['One', 'Two']) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `#${label}`;
      a.textContent = label;
      li.append(a);
      if (label === 'Two') {
        const sub = document.createElement('ul');
        const subLi = document.createElement('li');
        const subA = document.createElement('a');
        subA.href = '#sub';
        subA.textContent = 'Sub';
        subLi.append(subA);
        sub.append(subLi);
        li.append(sub);
      }
      list.append(li);
    }
    el.append(list);
  },
  'wsis-message': (el) => {
    el.setAttribute('author', 'A. Author');
    el.setAttribute('date', '2004-01-22');
  },
  'wsis-privacy-notice': (el) => {
    (el as WsisPrivacyNotice).storage = memoryConsentStorage();
    el.setAttribute('privacy-href', '/privacy');
  },
  'wsis-footer': (el) => {
    el.setAttribute('privacy-href', '/privacy');
    el.setAttribute('logo-policy-href', '/logo');
  },
  'wsis-skip-link': (el) => el.setAttribute('target', 'leak-target'),
};

type Key = string;
const active = new Map<EventTarget, Map<Key, number>>();
const restore: (() => void)[] = [];

/** Counts listeners added to and removed from `target`, as the DOM would (same type, listener, capture). */
function count(target: EventTarget | undefined): void {
  if (!target) return;
  const { addEventListener: add, removeEventListener: remove } = target;
  const listeners = new Map<Key, number>();
  active.set(target, listeners);
  const ids = new WeakMap<object, number>();
  let next = 0;
  const key = (type: string, listener: unknown, options?: boolean | EventListenerOptions): Key => {
    const capture = typeof options === 'boolean' ? options : !!options?.capture;
    if ((listener && typeof listener === 'object') || typeof listener === 'function') {
      if (!ids.has(listener as object)) ids.set(listener as object, next++);
    }
    return `${type}#${listener ? ids.get(listener as object) : 'null'}#${capture}`;
  };
  Object.assign(target, {
    addEventListener(
      this: EventTarget,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | AddEventListenerOptions,
    ) {
      // `once` listeners remove themselves unseen; none of the library's are on window or document.
      if (!(typeof options === 'object' && options.once)) {
        const k = key(type, listener, options);
        listeners.set(k, 1);
      }
      return add.call(this, type, listener, options);
    },
    removeEventListener(
      this: EventTarget,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | EventListenerOptions,
    ) {
      listeners.delete(key(type, listener, options));
      return remove.call(this, type, listener, options);
    },
  });
  restore.push(() => {
    delete (target as Partial<EventTarget>).addEventListener;
    delete (target as Partial<EventTarget>).removeEventListener;
  });
}

function snapshot(): string[] {
  return [...active.entries()].flatMap(([target, listeners]) =>
    [...listeners.keys()].map(
      (k) => `${target === window ? 'window' : target === document ? 'document' : 'navigation'} ${k}`,
    ),
  );
}

const gc = (window as { gc?: () => void }).gc;
/** A full collection, after the frames that let pending renders and observers finish. */
async function collect(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    gc?.();
  }
}

function heap(): number | undefined {
  return (performance as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;
}

/**
 * The heap after collection, the least of three readings: what another page of the process holds
 * for a moment is missing from one of them; what this page keeps is in all three.
 */
async function collectedHeap(): Promise<number> {
  const readings: number[] = [];
  for (let i = 0; i < 3; i++) {
    await collect();
    readings.push(heap()!);
  }
  return Math.min(...readings);
}

/** The middle value of an odd number of values. */
function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[(values.length - 1) / 2];
}

describe('no leaks: 1,000 connect/disconnect cycles of every element, rendered or removed before its first update', () => {
  let tags: string[] = [];
  let container: HTMLDivElement;

  before(async () => {
    const manifest = (await (await fetch(new URL('../../custom-elements.json', import.meta.url))).json()) as {
      modules: { declarations?: { tagName?: string }[] }[];
    };
    tags = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .flatMap((d) => (d.tagName ? [d.tagName] : []));
    count(window);
    count(document);
    count((window as { navigation?: EventTarget }).navigation);
    container = document.createElement('div');
    const target = document.createElement('main');
    target.id = 'leak-target';
    container.append(target);
    document.body.append(container);
  });

  after(() => {
    restore.forEach((r) => r());
    container.remove();
  });

  it('reads the elements from custom-elements.json', () => {
    expect(tags.length).to.be.at.least(9);
  });

  // The tags are known only once the manifest is read; mocha needs the tests declared before.
  for (let i = 0; i < 9; i++) {
    it(`element #${i + 1} of the manifest`, async function () {
      this.timeout(120000);
      const tag = tags[i];
      this.test!.title = `<${tag}>: no listener left on window, document or navigation`;
      const fresh = () => {
        const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
        SETUP[tag]?.(el);
        return el;
      };
      const run = async (cycles: number) => {
        for (let c = 0; c < cycles; c++) {
          const rendered = fresh();
          container.append(rendered);
          await rendered.updateComplete;
          rendered.remove();
          const early = fresh();
          container.append(early);
          early.remove();
          await early.updateComplete;
        }
      };
      const before = snapshot();
      const measure = !!gc && heap() !== undefined;
      // Warm-up: caches the first renders fill (templates, styles) are not leaks.
      await run(WARM_UP);
      const heaps = measure ? [await collectedHeap()] : [];
      for (let span = 0; span < SPANS; span++) {
        await run((CYCLES - WARM_UP) / SPANS);
        if (measure) heaps.push(await collectedHeap());
      }
      const after = snapshot();
      expect(after, `listeners left by <${tag}>`).to.deep.equal(before);
      if (measure) {
        const spans = heaps.slice(1).map((h, i) => h - heaps[i]);
        const growth = median(spans) * SPANS;
        console.log(
          `<${tag}>: ${CYCLES} cycles, listeners left 0, heap growth after GC ${growth} bytes ` +
            `(median span × ${SPANS}; spans ${spans.join(', ')})`,
        );
        expect(growth, `<${tag}> heap growth after GC, spans ${spans.join(', ')}`).to.be.below(HEAP_BOUND);
      }
    });
  }

  it('covers every element of the manifest', () => {
    expect(tags.length, 'raise the number of element tests above').to.be.at.most(9);
  });

  it('the counter sees a listener left behind', () => {
    const before = snapshot();
    const stray = () => undefined;
    window.addEventListener('resize', stray);
    expect(snapshot()).to.have.length(before.length + 1);
    window.removeEventListener('resize', stray);
    expect(snapshot()).to.deep.equal(before);
  });
});
