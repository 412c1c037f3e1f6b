/**
 * Black-box corpus: every URL-bearing attribute and property of every element, fed the same hostile
 * and benign values. Whatever an element renders, no URL attribute anywhere in its shadow tree (nested
 * elements' shadow roots included) may resolve to a scheme other than http, https, mailto or tel; a
 * value that is safe is rendered exactly as given; a refused one warns once, naming where it came from.
 *
 * The URL attributes are read from custom-elements.json (names ending in `href`, `src`, `action` or
 * `href-template`), so a new one is covered without touching this file; the JSON-object attributes
 * and the data properties are listed here. Nothing is clicked.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { LOCALES, getLocale, memoryConsentStorage, type WsisPrivacyNotice } from '../../src/index.js';
import { settle } from './helpers/locales.js';
import { captureConsole } from './helpers/console.js';
import { SAFE_PROTOCOLS, URL_ATTRIBUTES } from './helpers/url-sinks.js';

interface Payload {
  value: string;
  /** `render`: a safe value (possibly an odd relative path), rendered exactly; `refuse`: never rendered. */
  outcome: 'render' | 'refuse';
}

const PAYLOADS: Payload[] = [
  // Unicode white space is not stripped by the URL parser: these are relative paths on this site,
  // and must be rendered as such, never trimmed to "javascript:…" (a trimming sanitiser would
  // turn them into a script URL).
  { value: '\u2028javascript:alert(1)', outcome: 'render' },
  { value: '\u2029javascript:alert(1)', outcome: 'render' },
  { value: '\u00a0javascript:alert(1)', outcome: 'render' },
  { value: '\ufeffjavascript:alert(1)', outcome: 'render' },
  { value: '\u3000javascript:alert(1)', outcome: 'render' },
  { value: '\u200bjavascript:alert(1)', outcome: 'render' },
  // C0 controls and spaces before, tab and newline inside: stripped by the parser, so a script URL.
  { value: 'javascript:alert(1)', outcome: 'refuse' },
  { value: '\tjava\nscript:alert(1)', outcome: 'refuse' },
  { value: '\x00javascript:alert(1)', outcome: 'refuse' },
  { value: '\x01javascript:alert(1)', outcome: 'refuse' },
  { value: 'JAVASCRIPT:alert(1)', outcome: 'refuse' },
  { value: ' javascript:alert(1) ', outcome: 'refuse' },
  { value: 'vbscript:msgbox(1)', outcome: 'refuse' },
  { value: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', outcome: 'refuse' },
  {
    value: 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    outcome: 'refuse',
  },
  // Not decoded by anyone once it is a string: a relative path.
  { value: 'javascript&colon;alert(1)', outcome: 'render' },
  { value: 'https://www.itu.int/', outcome: 'render' },
  { value: '/fr/', outcome: 'render' },
  { value: '//www.itu.int/net/wsis/', outcome: 'render' },
  { value: 'mailto:x@itu.int', outcome: 'render' },
  { value: 'tel:+41227305111', outcome: 'render' },
];

/** One way a URL reaches an element. */
interface Case {
  tag: string;
  /** How the test names it, and how the element's warning names it. */
  label: string;
  /** The start of the warning for a refused value. */
  warning: string;
  /** The public field this case covers (for the coverage check against the manifest). */
  field: string;
  /** Sets the value on a created, not yet connected element (attribute, property or light DOM). */
  apply: (el: HTMLElement, value: string) => void;
}

interface ManifestAttribute {
  name: string;
  fieldName?: string;
  description?: string;
}
interface ManifestMember {
  kind: string;
  name: string;
  static?: boolean;
  privacy?: string;
  description?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
  members?: ManifestMember[];
}

function isUrlAttributeName(name: string): boolean {
  return /(^|-)(href|src)$|(^|-)action$|(^|-)href-template$/.test(name);
}

/** Setup an element needs before its URL attributes render at all. */
const SETUP: Record<string, (el: HTMLElement) => void> = {
  'wsis-logo': (el) => el.setAttribute('org', 'itu'),
  'wsis-message': (el) => {
    el.setAttribute('author', 'A. Author');
    el.setAttribute('portrait-alt', 'Portrait of A. Author');
  },
  // A fresh memory store: never the test page's localStorage, and the question stage to start with.
  'wsis-privacy-notice': (el) => {
    (el as WsisPrivacyNotice).storage = memoryConsentStorage();
  },
};

/** Setup after connection, for attributes rendered only in a later state. */
const AFTER_CONNECT: Record<string, (el: HTMLElement) => Promise<void>> = {
  // The settings link is part of the confirmation, shown after a choice.
  'wsis-privacy-notice settings-href': (el) => (el as WsisPrivacyNotice).choose('accepted'),
};

/** Where an element hands a URL attribute to a nested element, which then warns in its own name. */
const WARNED_AS: Record<string, string> = {
  'wsis-header language-href-template': '<wsis-language-switcher> href-template:',
};

/** A locale other than the current one: a message leaves out the link to the language being read. */
function otherLocale(): string {
  return LOCALES.find((l) => l.code !== getLocale())!.code;
}

/** A `<ul>` or `<ol>` of these items. */
function list(tag: 'ul' | 'ol', ...items: HTMLLIElement[]): HTMLElement {
  const el = document.createElement(tag);
  el.append(...items);
  return el;
}

/** `<a href=value>label</a>`. */
function link(value: string, label: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.setAttribute('href', value);
  a.textContent = label;
  return a;
}

function li(...children: (Node | string)[]): HTMLLIElement {
  const item = document.createElement('li');
  item.append(...children);
  return item;
}

/** JSON-object attributes and properties, and data and light-DOM items: not derivable from names. */
const EXTRA_CASES: Case[] = [
  {
    tag: 'wsis-logo',
    label: 'sources (attribute, JSON)',
    warning: '<wsis-logo> sources["',
    field: 'sources',
    apply: (el, v) => el.setAttribute('sources', JSON.stringify({ [getLocale()]: v })),
  },
  {
    tag: 'wsis-logo',
    label: 'sources (property)',
    warning: '<wsis-logo> sources["',
    field: 'sources',
    apply: (el, v) => Object.assign(el, { sources: { [getLocale()]: v } }),
  },
  {
    tag: 'wsis-message',
    label: 'translations (attribute, JSON)',
    warning: '<wsis-message> translations["',
    field: 'translations',
    apply: (el, v) => el.setAttribute('translations', JSON.stringify({ [otherLocale()]: v })),
  },
  {
    tag: 'wsis-message',
    label: 'translations (property)',
    warning: '<wsis-message> translations["',
    field: 'translations',
    apply: (el, v) => Object.assign(el, { translations: { [otherLocale()]: v } }),
  },
  {
    tag: 'wsis-nav',
    label: 'items[0].href',
    warning: '<wsis-nav> items[0].href:',
    field: 'items',
    apply: (el, v) => Object.assign(el, { items: [{ label: 'Page', href: v }] }),
  },
  {
    tag: 'wsis-nav',
    label: 'items[0].children[0].href',
    warning: '<wsis-nav> items[0].children[0].href:',
    field: 'items',
    apply: (el, v) =>
      Object.assign(el, {
        items: [{ label: 'Group', href: '/group', children: [{ label: 'Sub-page', href: v }] }],
      }),
  },
  {
    tag: 'wsis-nav',
    label: 'light DOM <a href>',
    warning: '<wsis-nav> light DOM[0].href:',
    field: 'light DOM',
    apply: (el, v) => el.append(list('ul', li(link(v, 'Page')))),
  },
  {
    tag: 'wsis-nav',
    label: 'light DOM nested <a href>',
    warning: '<wsis-nav> light DOM[0].children[0].href:',
    field: 'light DOM',
    apply: (el, v) => el.append(list('ul', li(link('/group', 'Group'), list('ul', li(link(v, 'Sub-page')))))),
  },
  {
    tag: 'wsis-breadcrumb',
    label: 'items[0].href',
    warning: '<wsis-breadcrumb> items[0].href:',
    field: 'items',
    apply: (el, v) => Object.assign(el, { items: [{ label: 'Home', href: v }, { label: 'Here' }] }),
  },
  {
    tag: 'wsis-breadcrumb',
    label: 'light DOM <a href>',
    warning: '<wsis-breadcrumb> light DOM[0].href:',
    field: 'light DOM',
    apply: (el, v) => el.append(list('ol', li(link(v, 'Home')), li('Here'))),
  },
];

/** What the manifest says, read once. */
let declarations: ManifestDeclaration[] = [];
let cases: Case[] = [];

function casesFromManifest(): Case[] {
  return declarations.flatMap((d) =>
    (d.attributes ?? [])
      .filter((a) => isUrlAttributeName(a.name))
      .map((a) => ({
        tag: d.tagName!,
        label: a.name,
        warning: WARNED_AS[`${d.tagName} ${a.name}`] ?? `<${d.tagName}> ${a.name}:`,
        field: a.fieldName ?? a.name,
        apply: (el: HTMLElement, v: string) => el.setAttribute(a.name, v),
      })),
  );
}

/** Every URL attribute value in the shadow trees under `host` (not the site's own light DOM). */
function renderedUrls(host: Element): { where: string; value: string }[] {
  const found: { where: string; value: string }[] = [];
  const visit = (root: ShadowRoot, path: string) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (URL_ATTRIBUTES.has(attr.localName)) {
          const values =
            attr.localName === 'srcset'
              ? attr.value.split(',').map((c) => c.trim().split(/\s+/)[0])
              : [attr.value];
          for (const value of values) found.push({ where: `${path} <${el.localName} ${attr.name}>`, value });
        }
      }
      if (el.shadowRoot) visit(el.shadowRoot, `${path} > ${el.localName}`);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot, host.localName);
  return found;
}

/** The protocol `value` resolves to in this page, or "(invalid)". */
function protocolOf(value: string): string {
  try {
    return new URL(value, document.baseURI).protocol;
  } catch {
    return '(invalid)';
  }
}

const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff]/;

/** A value as a test title or message shows it: quoted, every invisible character escaped. */
function show(value: string): string {
  return JSON.stringify(value).replace(
    new RegExp(INVISIBLE.source, 'g'),
    (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

/** Feeds `payload` to the element through `c`; returns what went wrong, as readable lines. */
async function run(c: Case, payload: Payload, container: HTMLElement): Promise<string[]> {
  const problems: string[] = [];
  const where = `<${c.tag}> ${c.label} = ${show(payload.value)}`;
  const { result: el, messages: captured } = await captureConsole(async () => {
    const created = document.createElement(c.tag);
    SETUP[c.tag]?.(created);
    c.apply(created, payload.value);
    container.append(created);
    await settle(container);
    await AFTER_CONNECT[`${c.tag} ${c.label}`]?.(created);
    await settle(container);
    return created;
  });
  const messages = captured.map((m) => m.text);

  const urls = renderedUrls(el);
  for (const { where: at, value } of urls) {
    const protocol = protocolOf(value);
    if (!SAFE_PROTOCOLS.has(protocol))
      problems.push(`${where}: ${at} = ${show(value)} resolves to ${protocol}`);
  }
  const rendered = urls.filter((u) => u.value === payload.value);
  const refusals = messages.filter((m) => /refused (unsafe|invalid) URL/.test(m));
  if (payload.outcome === 'render') {
    if (rendered.length === 0) {
      problems.push(
        `${where}: not rendered as given; rendered URLs: ${urls.map((u) => show(u.value)).join(', ')}`,
      );
    }
    if (refusals.length) problems.push(`${where}: unexpected warning ${refusals.map(show).join(' | ')}`);
  } else {
    if (rendered.length) problems.push(`${where}: rendered at ${rendered.map((u) => u.where).join(', ')}`);
    if (refusals.length !== 1) {
      problems.push(
        `${where}: expected 1 refusal warning, got ${refusals.length}: ${refusals.map(show).join(' | ')}`,
      );
    }
    for (const m of refusals) {
      if (!m.startsWith(c.warning)) problems.push(`${where}: warning does not start with ${c.warning}: ${m}`);
      if (INVISIBLE.test(m)) problems.push(`${where}: warning shows an invisible character raw: ${show(m)}`);
    }
  }
  el.remove();
  return problems;
}

describe('URL safety: every URL attribute and property of every element', () => {
  let container: HTMLDivElement;

  before(async () => {
    const response = await fetch(new URL('../../custom-elements.json', import.meta.url));
    const manifest = (await response.json()) as { modules: { declarations?: ManifestDeclaration[] }[] };
    declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    cases = [...casesFromManifest(), ...EXTRA_CASES];
  });

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  it('reads the URL attributes from custom-elements.json, and covers every documented URL', () => {
    const covered = new Set(cases.map((c) => `${c.tag} ${c.label}`));
    for (const expected of [
      'wsis-footer logo-policy-href',
      'wsis-footer privacy-href',
      'wsis-header home-href',
      'wsis-header un-href',
      'wsis-header itu-href',
      'wsis-header language-href-template',
      'wsis-logo href',
      'wsis-logo src',
      'wsis-language-switcher href-template',
      'wsis-message portrait-src',
      'wsis-privacy-notice privacy-href',
      'wsis-privacy-notice settings-href',
      'wsis-privacy-notice action',
    ]) {
      expect(covered.has(expected), `${expected} in the manifest`).to.be.true;
    }
    // An attribute or property documented as taking a URL, under a name the pattern above does not
    // catch, must get a case of its own in EXTRA_CASES.
    const coveredFields = new Set(cases.map((c) => `${c.tag} ${c.field}`));
    for (const d of declarations) {
      const fields = [
        ...(d.attributes ?? []).map((a) => ({ name: a.fieldName ?? a.name, description: a.description })),
        ...(d.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.privacy),
      ];
      for (const f of fields) {
        if (/\bURLs?\b/.test(f.description ?? '')) {
          expect(coveredFields.has(`${d.tagName} ${f.name}`), `<${d.tagName}> ${f.name} has no case`).to.be
            .true;
        }
      }
    }
  });

  for (const payload of PAYLOADS) {
    it(`${payload.outcome === 'render' ? 'renders as given' : 'refuses'} ${show(payload.value)} everywhere`, async () => {
      expect(cases.length).to.be.greaterThan(20);
      const problems: string[] = [];
      for (const c of cases) problems.push(...(await run(c, payload, container)));
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }

  it('markup with "&#x2028;javascript:…" in privacy-href renders no script link', async () => {
    const doc = new DOMParser().parseFromString(
      '<wsis-footer logo-policy-href="/logo" privacy-href="&#x2028;javascript:alert(document.domain)"></wsis-footer>',
      'text/html',
    );
    const footer = document.adoptNode(doc.querySelector('wsis-footer')!);
    container.append(footer);
    await settle(container);
    const privacy = footer.shadowRoot!.querySelector('[part=privacy]')!;
    expect(privacy.getAttribute('href')).to.equal('\u2028javascript:alert(document.domain)');
    expect(protocolOf(privacy.getAttribute('href')!)).to.equal(location.protocol);
  });
});
