/**
 * Any text a CMS can send, through every field of every element: the OWASP filter-evasion vectors
 * (tests/browser/fixtures/xss-corpus.json) in every attribute and every data property listed in
 * custom-elements.json (so a new attribute is covered without touching this file), in the JSON
 * attributes' values, and in the labels and links of navigation read from data or the light DOM.
 *
 * For each value: no script runs (alert, confirm and prompt are a canary), no element or event
 * handler comes out of the value (text stays text), no URL attribute in any shadow root resolves to
 * anything but http, https, mailto or tel, and where the element shows a plain value as it was
 * given, it shows the hostile one as it was given too, unless it reported the value.
 * tests/browser/url-safety.test.ts checks the URL verdicts themselves; this file checks markup.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { LOCALES, memoryConsentStorage, type WsisPrivacyNotice } from '../../src/index.js';
import { settle } from './helpers/locales.js';
import { captureConsole } from './helpers/console.js';
import { SAFE_PROTOCOLS, URL_ATTRIBUTES } from './helpers/url-sinks.js';

interface Payload {
  id: string;
  value: string;
}
interface ManifestAttribute {
  name: string;
  fieldName?: string;
  type?: { text: string };
}
interface ManifestMember {
  kind: string;
  name: string;
  static?: boolean;
  privacy?: string;
  readonly?: boolean;
  attribute?: string;
  type?: { text: string };
}
interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
  members?: ManifestMember[];
}

/** One way a value reaches an element. */
interface Field {
  tag: string;
  label: string;
  apply: (el: HTMLElement, value: string) => void;
}

const PLAIN = 'Plain text marker';

/** Setup an element needs before its fields render at all (as in the documented examples). */
const SETUP: Record<string, (el: HTMLElement) => void> = {
  'wsis-logo': (el) => el.setAttribute('org', 'itu'),
  'wsis-message': (el) => {
    el.setAttribute('author', 'A. Author');
    el.setAttribute('portrait-alt', 'Portrait of A. Author');
  },
  'wsis-privacy-notice': (el) => {
    (el as WsisPrivacyNotice).storage = memoryConsentStorage();
  },
};

/** `{ each locale: value }`, the shape of every JSON-object attribute (sources, translations). */
function perLocale(value: string): Record<string, string> {
  return Object.fromEntries(LOCALES.map((l) => [l.code, value]));
}

function isJsonObjectType(type: string | undefined): boolean {
  return (
    !!type &&
    /^Wsis\w+$/.test(type.replace(/ \| undefined$/, '')) &&
    !/Org$/.test(type.replace(/ \| undefined$/, ''))
  );
}

/** Every field the manifest lists, and the ways a value reaches it. */
function fieldsFrom(declarations: ManifestDeclaration[]): Field[] {
  const fields: Field[] = [];
  for (const d of declarations) {
    const tag = d.tagName!;
    for (const a of d.attributes ?? []) {
      fields.push({ tag, label: `${a.name} (attribute)`, apply: (el, v) => el.setAttribute(a.name, v) });
      // A JSON attribute's own type is `string` (its text); the property it sets holds the object.
      const property = (d.members ?? []).find(
        (m) => m.kind === 'field' && m.name === (a.fieldName ?? a.name),
      );
      if (isJsonObjectType(property?.type?.text)) {
        fields.push({
          tag,
          label: `${a.name} (attribute, JSON values)`,
          apply: (el, v) => el.setAttribute(a.name, JSON.stringify(perLocale(v))),
        });
        fields.push({
          tag,
          label: `${a.fieldName ?? a.name} (property, object values)`,
          apply: (el, v) => Object.assign(el, { [a.fieldName ?? a.name]: perLocale(v) }),
        });
      }
    }
    // Data properties without an attribute: read from their type.
    for (const m of d.members ?? []) {
      if (m.kind !== 'field' || m.static || m.privacy || m.readonly || m.attribute) continue;
      if ((d.attributes ?? []).some((a) => (a.fieldName ?? a.name) === m.name)) continue;
      const type = m.type?.text ?? '';
      if (/Item\[\]/.test(type)) {
        fields.push({
          tag,
          label: `${m.name}[0].label/href (property)`,
          apply: (el, v) => Object.assign(el, { [m.name]: [{ label: v, href: v }, { label: v }] }),
        });
        fields.push({
          tag,
          label: `${m.name}[0].children[0].label/href (property)`,
          apply: (el, v) =>
            Object.assign(el, {
              [m.name]: [{ label: 'Group', href: '/g', children: [{ label: v, href: v }] }],
            }),
        });
      } else if (/Storage/.test(type)) {
        fields.push({
          tag,
          label: `${m.name} holding the value (property)`,
          apply: (el, v) => Object.assign(el, { [m.name]: memoryConsentStorage(v) }),
        });
      } else if (/\bstring\b/.test(type)) {
        fields.push({
          tag,
          label: `${m.name} (property)`,
          apply: (el, v) => Object.assign(el, { [m.name]: v }),
        });
      } else {
        throw new Error(`<${tag}> ${m.name}: type "${type}" has no way in this test; add one`);
      }
    }
  }
  // Elements that read their items from the site's links: the links' text and href.
  for (const [tag, listTag] of [
    ['wsis-nav', 'ul'],
    ['wsis-breadcrumb', 'ol'],
  ] as const) {
    fields.push({
      tag,
      label: 'light DOM link text/href',
      apply: (el, v) => {
        const list = document.createElement(listTag);
        for (const label of [v, 'Here']) {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.setAttribute('href', label === 'Here' ? '/here' : v);
          a.textContent = label;
          li.append(a);
          list.append(li);
        }
        el.append(list);
      },
    });
  }
  return fields;
}

/** Every element in the shadow trees under `host` (nested elements' shadow roots included). */
function shadowElements(host: Element): Element[] {
  const found: Element[] = [];
  const visit = (root: ShadowRoot) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return found;
}

/** Everything the shadow trees show or carry: their text, and every attribute value. */
function shownText(host: Element): string {
  const parts: string[] = [];
  const visit = (root: ShadowRoot) => {
    parts.push(root.textContent ?? '');
    for (const el of Array.from(root.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) parts.push(attr.value);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return parts.join('\n');
}

/** Tag names a value would create if it were parsed as HTML. */
function tagsIn(value: string): string[] {
  return [...new Set(Array.from(value.matchAll(/<\/?([a-z][a-z0-9-]*)/gi), (m) => m[1].toLowerCase()))];
}

function countByTag(els: Element[]): Set<string> {
  return new Set(els.map((el) => el.localName));
}

let canary = 0;
const trip = () => {
  canary++;
  return null;
};

interface Rendered {
  els: Element[];
  text: string;
  reported: boolean;
}

async function render(field: Field, value: string, container: HTMLElement): Promise<Rendered> {
  const captured = await captureConsole(async () => {
    const el = document.createElement(field.tag);
    SETUP[field.tag]?.(el);
    field.apply(el, value);
    container.append(el);
    await settle(container);
    return el;
  });
  const el = captured.result;
  const result = { els: shadowElements(el), text: shownText(el), reported: captured.messages.length > 0 };
  el.remove();
  return result;
}

describe('XSS corpus: every field of every element, from custom-elements.json', () => {
  let corpus: Payload[] = [];
  let fields: Field[] = [];
  const baselines = new Map<string, Rendered>();
  /** Every tag the library renders in its shadow trees, from the plain values. */
  const libraryTags = new Set<string>();
  let container: HTMLDivElement;
  const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };

  before(async () => {
    corpus = (
      (await (await fetch(new URL('./fixtures/xss-corpus.json', import.meta.url))).json()) as {
        payloads: Payload[];
      }
    ).payloads;
    const manifest = (await (await fetch(new URL('../../custom-elements.json', import.meta.url))).json()) as {
      modules: { declarations?: ManifestDeclaration[] }[];
    };
    fields = fieldsFrom(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName));
    Object.assign(window, { alert: trip, confirm: trip, prompt: trip });
  });
  after(() => Object.assign(window, saved));

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  it('has at least 50 payloads and covers every attribute in the manifest', async () => {
    expect(corpus.length).to.be.at.least(50);
    expect(new Set(corpus.map((p) => p.id)).size, 'payload ids are unique').to.equal(corpus.length);
    expect(fields.length).to.be.greaterThan(40);
    for (const expected of [
      'wsis-nav label (attribute)',
      'wsis-message translations (attribute, JSON values)',
      'wsis-nav items[0].label/href (property)',
      'wsis-message date (attribute)',
    ]) {
      expect(fields.map((f) => `${f.tag} ${f.label}`)).to.include(expected);
    }
    for (const field of fields) {
      const baseline = await render(field, PLAIN, container);
      baselines.set(`${field.tag} ${field.label}`, baseline);
      for (const el of baseline.els) libraryTags.add(el.localName);
    }
  });

  // The corpus is data, read when the tests run; mocha needs its tests declared before that, so
  // the payloads are dealt into a fixed number of tests (payload n goes to test n mod SHARDS).
  const SHARDS = 10;
  for (let shard = 0; shard < SHARDS; shard++) {
    it(`payloads ${shard + 1}, ${shard + 1 + SHARDS}, ${shard + 1 + 2 * SHARDS}… through every field`, async function () {
      this.timeout(120000);
      for (const payload of corpus.filter((_, i) => i % SHARDS === shard)) await check(payload);
    });
  }

  async function check(payload: Payload): Promise<void> {
    const problems: string[] = [];
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(String(event.message));
    window.addEventListener('error', onError);
    try {
      for (const field of fields) {
        const where = `<${field.tag}> ${field.label} = ${payload.id}`;
        const baseline = baselines.get(`${field.tag} ${field.label}`)!;
        const got = await render(field, payload.value, container);
        // Text stays text: no element of a tag named in the value that the library never renders
        // itself (it does render <svg> and <img>; for those the on* check below is the guard).
        const after = countByTag(got.els);
        for (const tag of tagsIn(payload.value)) {
          if (after.has(tag) && !libraryTags.has(tag)) problems.push(`${where}: created <${tag}>`);
        }
        for (const el of got.els) {
          for (const attr of Array.from(el.attributes)) {
            if (/^on/i.test(attr.name)) problems.push(`${where}: <${el.localName} ${attr.name}>`);
            if (URL_ATTRIBUTES.has(attr.localName)) {
              let protocol = '(invalid)';
              try {
                protocol = new URL(attr.value, document.baseURI).protocol;
              } catch {
                // an unparsable URL navigates nowhere; still, none should be rendered
              }
              if (!SAFE_PROTOCOLS.has(protocol))
                problems.push(`${where}: <${el.localName} ${attr.name}> is ${protocol}`);
            }
          }
        }
        // Shown as given: where the plain value shows, the hostile one shows verbatim, or was reported.
        // (Trimmed: labels drop surrounding white space, U+2028 included.)
        if (baseline.text.includes(PLAIN) && !got.text.includes(payload.value.trim()) && !got.reported) {
          problems.push(`${where}: neither shown as given nor reported`);
        }
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(canary, `${payload.id}: alert/confirm/prompt calls`).to.equal(0);
    expect(errors, `${payload.id}: uncaught errors`).to.deep.equal([]);
    expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').to.equal(undefined);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  }
});
