/**
 * Every kind of bad input a CMS or a site can send, one `describe` a row of the table in stories/guides/bad-input.md
 * "Bad input". Each row checks the console message (exact count, naming the element and the
 * attribute) and that the page keeps working: the element still renders, and the rest of the page
 * (a second, well-formed element beside it) is untouched.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import {
  WsisNav,
  WsisPrivacyNotice,
  getLocale,
  memoryConsentStorage,
  registerLocale,
  resolveLocale,
  setLocale,
  type WsisConsentStorage,
  type WsisNavItem,
} from '../../src/index.js';
import type { LocaleModule } from '@lit/localize';
import { SHIPPED } from '../../src/localization.js';
import { defineOnce } from '../../src/internal/define.js';
import { captureConsole, type Captured } from './helpers/console.js';
import { localeReady, settle, useLocale } from './helpers/locales.js';

let container: HTMLDivElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => container.remove());

/** Parses `markup` (as a CMS would write it) into an element of this page, then connects it. */
async function place(markup: string, before?: (el: HTMLElement) => void): Promise<HTMLElement> {
  const parsed = new DOMParser().parseFromString(markup, 'text/html').body.firstElementChild!;
  // Imported into this page, where the element is defined: upgraded before `before` sets properties.
  const el = document.importNode(parsed, true) as HTMLElement;
  before?.(el);
  container.append(el);
  await settle(container);
  return el;
}

/** The messages written while `fn` ran. */
function messages(captured: Captured<unknown>): string[] {
  return captured.messages.map((m) => `${m.level}: ${m.text}`);
}

/** The page keeps working: `el` rendered something, and a well-formed element beside it renders. */
async function expectPageWorks(el: HTMLElement): Promise<void> {
  expect(el.shadowRoot, `<${el.localName}> has a shadow root`).to.exist;
  const control = document.createElement('wsis-logo');
  control.setAttribute('org', 'itu');
  container.append(control);
  await settle(container);
  expect(control.shadowRoot!.querySelector('img, [part~="mark"]'), 'a well-formed element beside it renders')
    .to.exist;
}

describe('bad input: an unknown locale', () => {
  it('setLocale("xx-YY") warns once, naming it, and keeps English', async () => {
    const captured = await captureConsole(() => setLocale('xx-YY'));
    expect(messages(captured)).to.have.length(1);
    expect(captured.warnings[0]).to.contain('setLocale(): unknown locale "xx-YY"');
    expect(captured.result).to.equal('en');
    expect(getLocale()).to.equal('en');
  });
});

describe('bad input: a malformed JSON attribute or property', () => {
  it('<wsis-logo sources="{bad"> reports sources and renders the default logo', async () => {
    const captured = await captureConsole(() => place(`<wsis-logo org="itu" sources="{bad"></wsis-logo>`));
    expect(messages(captured)).to.have.length(1);
    expect(captured.messages[0].text).to.match(/^<wsis-logo> sources/);
    await expectPageWorks(captured.result);
  });

  it('<wsis-message translations="[1]"> reports translations', async () => {
    const captured = await captureConsole(() =>
      place(`<wsis-message author="A" date="2004-01-22" translations="[1]"><p>Text</p></wsis-message>`),
    );
    expect(messages(captured)).to.have.length(1);
    expect(captured.messages[0].text).to.match(/^<wsis-message> translations/);
    await expectPageWorks(captured.result);
  });

  it('nav.items = "not an array" (property) reports items', async () => {
    const captured = await captureConsole(() =>
      place(`<wsis-nav></wsis-nav>`, (el) => Object.assign(el, { items: 'not an array' })),
    );
    expect(messages(captured)).to.have.length(1);
    expect(captured.errors[0]).to.match(/^<wsis-nav> items/);
    await expectPageWorks(captured.result);
  });
});

describe('bad input: a missing required attribute or an unknown enum value', () => {
  it('<wsis-logo> without org reports org', async () => {
    const captured = await captureConsole(() => place(`<wsis-logo></wsis-logo>`));
    expect(messages(captured)).to.deep.equal([
      'error: <wsis-logo> org: missing; use "un", "itu" or "wsis". Nothing is rendered.',
    ]);
    await expectPageWorks(captured.result);
  });

  it('<wsis-logo size="huge"> reports size and shows medium', async () => {
    const captured = await captureConsole(() => place(`<wsis-logo org="un" size="huge"></wsis-logo>`));
    expect(messages(captured)).to.deep.equal([
      'warn: <wsis-logo> size="huge": use "small", "medium" or "large"; showing "medium".',
    ]);
    await expectPageWorks(captured.result);
  });

  it('<wsis-message heading-level="9"> reports heading-level and uses the default', async () => {
    const captured = await captureConsole(() =>
      place(`<wsis-message author="A" heading-level="9"><p>Text</p></wsis-message>`),
    );
    expect(messages(captured)).to.have.length(1);
    expect(captured.warnings[0]).to.match(/^<wsis-message> heading-level="9": must be a whole number/);
    expect(captured.result.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')).to.exist;
    await expectPageWorks(captured.result);
  });
});

describe('bad input: an invalid date', () => {
  it('<wsis-message date="2004-13-45"> reports date and leaves it out', async () => {
    const captured = await captureConsole(() =>
      place(`<wsis-message author="A" date="2004-13-45"><p>Text</p></wsis-message>`),
    );
    expect(messages(captured)).to.have.length(1);
    expect(captured.warnings[0]).to.match(/^<wsis-message> date="2004-13-45": not a calendar date/);
    expect(captured.result.shadowRoot!.querySelector('time')).to.not.exist;
    await expectPageWorks(captured.result);
  });

  it('<wsis-footer last-updated="yesterday"> reports last-updated', async () => {
    const captured = await captureConsole(() =>
      place(`<wsis-footer privacy-href="/p" logo-policy-href="/l" last-updated="yesterday"></wsis-footer>`),
    );
    expect(messages(captured)).to.have.length(1);
    expect(captured.warnings[0]).to.match(/^<wsis-footer> last-updated="yesterday"/);
    await expectPageWorks(captured.result);
  });
});

describe('bad input: an unsafe URL', () => {
  it('<wsis-footer privacy-href="javascript:…"> reports privacy-href and renders no link for it', async () => {
    const captured = await captureConsole(() =>
      place(`<wsis-footer logo-policy-href="/l" privacy-href="javascript:alert(1)"></wsis-footer>`),
    );
    expect(messages(captured)).to.have.length(1);
    expect(captured.warnings[0]).to.match(/^<wsis-footer> privacy-href: refused unsafe URL/);
    const hrefs = Array.from(captured.result.shadowRoot!.querySelectorAll('a[href]'), (a) =>
      a.getAttribute('href'),
    );
    expect(hrefs.join(' ')).to.not.contain('javascript');
    await expectPageWorks(captured.result);
  });
});

/** A privacy notice on `storage`, in the question stage. */
async function notice(storage: WsisConsentStorage): Promise<WsisPrivacyNotice> {
  return (await place(`<wsis-privacy-notice privacy-href="/privacy"></wsis-privacy-notice>`, (el) => {
    (el as WsisPrivacyNotice).storage = storage;
  })) as WsisPrivacyNotice;
}

describe('bad input: storage that throws, is full, or holds someone else’s data', () => {
  it('a storage whose read throws (private mode): one warning on storage, the question is asked', async () => {
    const captured = await captureConsole(() =>
      notice({
        read: () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
        write: () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      }),
    );
    expect(messages(captured)).to.have.length(1);
    expect(captured.warnings[0]).to.match(/^<wsis-privacy-notice> storage: could not read the stored choice/);
    const el = captured.result;
    expect(el.hidden).to.be.false;
    // The choice still works for this page; the failing write is not reported a second time.
    const second = await captureConsole(() => el.choose('rejected'));
    expect(messages(second)).to.deep.equal([]);
    expect(el.decision).to.equal('rejected');
    await expectPageWorks(el);
  });

  it('a full storage (QuotaExceededError on write): one warning on storage, the choice holds for the page', async () => {
    const el = await notice({
      read: () => null,
      write: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    });
    const captured = await captureConsole(() => el.choose('accepted'));
    expect(messages(captured)).to.have.length(1);
    expect(captured.warnings[0]).to.match(
      /^<wsis-privacy-notice> storage: could not store the choice \(QuotaExceededError/,
    );
    expect(el.decision).to.equal('accepted');
    await expectPageWorks(el);
  });

  it('a storage holding someone else’s data: one warning on storage, asked again, nothing overwritten unasked', async () => {
    const storage = memoryConsentStorage('{"theme":"dark"}');
    const captured = await captureConsole(() => notice(storage));
    expect(messages(captured)).to.have.length(1);
    expect(captured.warnings[0]).to.match(/^<wsis-privacy-notice> storage: ignored a stored value/);
    expect(captured.result.hidden).to.be.false;
    expect(captured.result.decision).to.equal(null);
    expect(storage.read()).to.equal('{"theme":"dark"}');
    await expectPageWorks(captured.result);
  });

  it('a storage property set on the element before the library upgraded it is the one read first', async () => {
    // An element parsed in a document without our definitions (as in HTML before the script), its
    // property set there, then moved into this page, where it upgrades on connection.
    const elsewhere = document.implementation.createHTMLDocument('');
    const el = elsewhere.createElement('wsis-privacy-notice');
    el.setAttribute('privacy-href', '/privacy');
    const record = JSON.stringify({ version: '1', decision: 'accepted', date: '2026-01-01T00:00:00.000Z' });
    const read: string[] = [];
    Object.assign(el, {
      storage: {
        read: () => {
          read.push('site');
          return record;
        },
        write: () => undefined,
      } satisfies WsisConsentStorage,
    });
    const captured = await captureConsole(async () => {
      container.append(document.adoptNode(el));
      await settle(container);
    });
    expect(messages(captured)).to.deep.equal([]);
    const upgraded = el as WsisPrivacyNotice;
    expect(upgraded).to.be.instanceOf(WsisPrivacyNotice);
    expect(read.length, 'the site’s storage was read').to.be.greaterThan(0);
    expect(upgraded.decision).to.equal('accepted');
    expect(upgraded.hidden, 'a stored choice hides the notice').to.be.true;
  });
});

describe('bad input: an element used before its locale has loaded', () => {
  afterEach(() => useLocale('en'));

  it('renders in English at once, then in French when French arrives; no message', async () => {
    const captured = await captureConsole(async () => {
      const ready = localeReady('fr');
      void setLocale('fr');
      // Created while French is still loading.
      const el = await place(`<wsis-privacy-notice privacy-href="/privacy"></wsis-privacy-notice>`, (n) => {
        (n as WsisPrivacyNotice).storage = memoryConsentStorage();
      });
      const heading = () => el.shadowRoot!.querySelector('h2')!.textContent!.trim();
      expect(heading()).to.be.oneOf(['Cookies on this site', 'Cookies sur ce site']);
      await ready;
      await waitUntil(() => heading() === 'Cookies sur ce site', 'never re-rendered in French');
      return el;
    });
    expect(messages(captured)).to.deep.equal([]);
    await expectPageWorks(captured.result);
  });
});

describe('bad input: the same element defined twice by a second bundle', () => {
  it('a second registration warns once naming the element, does not throw, and the first stays', async () => {
    // What a second copy of the library does at load: define each tag with its own class.
    class SecondCopy extends HTMLElement {}
    const captured = await captureConsole(async () => {
      defineOnce('wsis-nav', SecondCopy);
      return place(`<wsis-nav><ul><li><a href="/a">A</a></li></ul></wsis-nav>`);
    });
    expect(messages(captured)).to.have.length(1);
    expect(captured.warnings[0]).to.match(/^<wsis-nav>: already defined on this page by another copy/);
    expect(customElements.get('wsis-nav')).to.equal(WsisNav);
    expect(captured.result).to.be.instanceOf(WsisNav);
    await expectPageWorks(captured.result);
  });

  it('registering the same class again is silent', async () => {
    const captured = await captureConsole(async () => defineOnce('wsis-nav', WsisNav));
    expect(messages(captured)).to.deep.equal([]);
  });
});

/**
 * Every attribute of every element with a valid value, and what its light DOM holds: the state that
 * null, undefined and removal are then applied to. The test fails for an attribute missing here, so
 * that a new one is covered.
 */
const FULL: Record<string, { attributes: Record<string, string>; content?: string }> = {
  'wsis-breadcrumb': {
    attributes: { label: 'Trail' },
    content: '<ol><li><a href="/">Home</a></li><li><a href="/a">A</a></li><li>Here</li></ol>',
  },
  'wsis-footer': {
    attributes: {
      org: 'itu',
      year: '2004',
      'logo-policy-href': '/logo',
      'privacy-href': '/privacy',
      'last-updated': '2004-01-22',
      'top-target': 'top',
    },
  },
  'wsis-header': {
    attributes: {
      'home-href': '/',
      'un-href': 'https://www.un.org/',
      'itu-href': 'https://www.itu.int/',
      'language-href-template': '/{locale}/',
    },
  },
  'wsis-language-switcher': { attributes: { 'href-template': '/{locale}/', compact: '' } },
  'wsis-logo': {
    attributes: {
      org: 'itu',
      href: '/',
      decorative: '',
      'mark-only': '',
      size: 'small',
      src: '/itu.svg',
      sources: '{"fr": "/uit.svg"}',
    },
  },
  'wsis-message': {
    attributes: {
      'heading-level': '3',
      author: 'A. Author',
      'author-role': 'Secretary-General',
      'author-lang': 'en',
      date: '2004-01-22',
      'portrait-src': '/portrait.jpg',
      'portrait-alt': 'Portrait',
      'body-lang': 'en',
      translations: '{"fr": "/fr/"}',
    },
    content: '<p>Text</p>',
  },
  'wsis-nav': {
    attributes: { label: 'Main', 'current-from-location': '' },
    content: '<ul><li><a href="/a">A</a><ul><li><a href="/a/b">B</a></li></ul></li></ul>',
  },
  'wsis-privacy-notice': {
    attributes: {
      'policy-version': '2',
      'privacy-href': '/privacy',
      'settings-href': '/settings',
      action: '/cookies',
      'submit-to-server': '',
      'storage-key': 'wsis-null-test',
    },
  },
  'wsis-skip-link': { attributes: { target: 'main' } },
};

interface ManifestElement {
  tagName: string;
  attributes?: { name: string; fieldName?: string }[];
  members?: { kind: string; name: string; static?: boolean; privacy?: string; readonly?: boolean }[];
}

/** Markup a `null` or `undefined` leaks into: `#null`, `href="undefined"`, a text "null". */
function leakedNullish(root: ShadowRoot): string[] {
  const found: string[] = [];
  const visit = (node: ParentNode) => {
    for (const el of Array.from(node.querySelectorAll('*'))) {
      for (const { name, value } of Array.from(el.attributes))
        if (/\b(null|undefined|NaN)\b/.test(value)) found.push(`${el.localName}[${name}="${value}"]`);
      for (const text of Array.from(el.childNodes))
        if (text.nodeType === Node.TEXT_NODE && /\b(null|undefined|NaN)\b/.test(text.textContent!))
          found.push(`${el.localName}: "${text.textContent!.trim()}"`);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return found;
}

describe('bad input: null, undefined or a removed attribute, then a change of locale', () => {
  let elements: ManifestElement[] = [];

  before(async () => {
    const manifest = (await (await fetch(new URL('../../custom-elements.json', import.meta.url))).json()) as {
      modules: { declarations?: ManifestElement[] }[];
    };
    elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  });
  afterEach(() => useLocale('en'));

  /** An element in its full state (every attribute valid), connected and rendered. */
  async function full(tag: string): Promise<HTMLElement> {
    const { attributes, content = '' } = FULL[tag];
    const written = Object.entries(attributes)
      .map(([name, value]) => ` ${name}='${value}'`)
      .join('');
    return place(`<${tag}${written}>${content}</${tag}>`, (el) => {
      if (tag === 'wsis-privacy-notice') (el as WsisPrivacyNotice).storage = memoryConsentStorage();
    });
  }

  /**
   * After `change`, the element renders, then renders again in French (no throw from either update),
   * and nothing of a null or undefined value shows.
   */
  async function survives(tag: string, what: string, change: (el: HTMLElement) => void): Promise<void> {
    const captured = await captureConsole(async () => {
      const el = await full(tag);
      change(el);
      await settle(container);
      await useLocale('fr');
      await settle(container);
      const shown = leakedNullish(el.shadowRoot!);
      expect(shown, `<${tag}> ${what}: null or undefined shown`).to.deep.equal([]);
      await expectPageWorks(el);
      el.remove();
      await useLocale('en');
    });
    // Only the library's own reports (a message starting with the element's name, none from Lit), and
    // none about a value "null": a removed attribute is one the site did not write.
    for (const { text } of captured.messages) {
      expect(text, `<${tag}> ${what}`).to.match(/^<wsis-[a-z-]+>[ :]/);
      expect(text, `<${tag}> ${what}`).to.not.match(/="(null|undefined|NaN)"|got null/);
    }
  }

  it('the table above gives every attribute of every element a value', () => {
    expect(elements.length).to.be.at.least(9);
    for (const d of elements) {
      expect(FULL, d.tagName).to.have.property(d.tagName);
      for (const a of d.attributes ?? [])
        expect(FULL[d.tagName].attributes, d.tagName).to.have.property(a.name);
    }
  });

  it('every public property set to null, then to undefined, on every element: no throw, no "null"', async function () {
    this.timeout(120000);
    for (const d of elements) {
      const properties = (d.members ?? []).filter(
        (m) => m.kind === 'field' && !m.static && !m.privacy && !m.readonly,
      );
      for (const { name } of properties)
        for (const value of [null, undefined])
          await survives(d.tagName, `.${name} = ${value}`, (el) => {
            (el as unknown as Record<string, unknown>)[name] = value;
          });
      // All of them at once, as a framework that clears its bindings does.
      await survives(d.tagName, 'every property null', (el) => {
        for (const { name } of properties) (el as unknown as Record<string, unknown>)[name] = null;
      });
    }
  });

  it('every attribute of every element removed, one by one and all at once: no throw, no "null"', async function () {
    this.timeout(120000);
    for (const d of elements) {
      for (const { name } of d.attributes ?? [])
        await survives(d.tagName, `${name} removed`, (el) => el.removeAttribute(name));
      // As DOM morphing (htmx, Turbo, idiomorph) leaves an element it re-uses.
      await survives(d.tagName, 'every attribute removed', (el) => {
        for (const { name } of d.attributes ?? []) el.removeAttribute(name);
      });
    }
  });
});

describe('bad input: a second language chosen while the first is still loading', () => {
  afterEach(() => useLocale('en'));

  it('the in-page switcher ends in the language clicked last', async () => {
    const el = await place(`<wsis-language-switcher></wsis-language-switcher>`);
    const button = (code: string) =>
      el.shadowRoot!.querySelector<HTMLButtonElement>(`button[lang="${code}"]`)!;
    // French arrives late (a slow link: the reader clicks Français, then English 100 ms later);
    // English is the source, there at once.
    const fr = SHIPPED.fr as { load: () => Promise<LocaleModule> };
    const load = fr.load;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    fr.load = () => held.then(load);
    const chosen: string[] = [];
    const onChoice = (e: WindowEventMap['wsis-locale-change']) => chosen.push(e.detail.locale);
    document.addEventListener('wsis-locale-change', onChoice);
    try {
      const captured = await captureConsole(async () => {
        button('fr').click();
        await new Promise((resolve) => setTimeout(resolve, 100));
        button('en').click();
        await new Promise((resolve) => setTimeout(resolve, 50));
        release();
        await held;
        // What French's arrival could still change has happened by now.
        for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 20));
        await settle(container);
      });
      expect(messages(captured)).to.deep.equal([]);
      expect(chosen).to.deep.equal(['fr', 'en']);
      expect(getLocale()).to.equal('en');
      expect(el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('Language');
      expect(button('en').getAttribute('aria-current')).to.equal('true');
    } finally {
      fr.load = load;
      document.removeEventListener('wsis-locale-change', onChoice);
    }
  });
});

/** `{label, href, children: [{… children: […]}]}`, `depth` levels deep, built without recursion. */
function deepItems(depth: number): WsisNavItem[] {
  let items: WsisNavItem[] = [];
  for (let level = depth; level >= 1; level--)
    items = [{ label: `Level ${level}`, href: `/level-${level}`, children: items }];
  return items;
}

describe('bad input: data nested deeper than a navigation goes', () => {
  it('nav.items nested 100,000 levels: one error naming items and the level, the first 8 levels rendered', async () => {
    const captured = await captureConsole(() =>
      place(`<wsis-nav></wsis-nav>`, (el) => Object.assign(el, { items: deepItems(100000) })),
    );
    const path = `items[0]${'.children[0]'.repeat(7)}.children`;
    expect(messages(captured)).to.deep.equal([
      `error: <wsis-nav> ${path}: nested deeper than 8 levels; left out, with everything under them.`,
    ]);
    const links = captured.result.shadowRoot!.querySelectorAll('[part~="link"]');
    expect(links).to.have.length(8);
    expect(links[7].textContent).to.equal('Level 8');
    await expectPageWorks(captured.result);
  });

  it('light-DOM lists nested 1,000 levels (deeper than the HTML parser builds): the same error, from the light DOM', async () => {
    const el = document.createElement('wsis-nav');
    let list = document.createElement('ul');
    el.append(list);
    for (let level = 1; level <= 1000; level++) {
      const li = document.createElement('li');
      const a = Object.assign(document.createElement('a'), {
        href: `/level-${level}`,
        textContent: `Level ${level}`,
      });
      const sub = document.createElement('ul');
      li.append(a, sub);
      list.append(li);
      list = sub;
    }
    const captured = await captureConsole(async () => {
      container.append(el);
      await settle(container);
      return el;
    });
    expect(messages(captured)).to.deep.equal([
      `error: <wsis-nav> light DOM[0]${'.children[0]'.repeat(7)}.children: nested deeper than 8 levels; left out, with everything under them.`,
    ]);
    expect(el.shadowRoot!.querySelectorAll('[part~="link"]')).to.have.length(8);
    await expectPageWorks(el);
  });

  it('a JSON property nested 100,000 levels (message.translations): one error, nothing rendered from it', async () => {
    let deep: unknown = [];
    for (let level = 0; level < 100000; level++) deep = [deep];
    const captured = await captureConsole(() =>
      place(`<wsis-message author="A"><p>Text</p></wsis-message>`, (el) =>
        Object.assign(el, { translations: deep }),
      ),
    );
    expect(messages(captured)).to.have.length(1);
    expect(captured.errors[0]).to.match(/^<wsis-message> translations="\[.*": not a JSON object/);
    await expectPageWorks(captured.result);
  });
});

/** A value whose conversion to text throws, as a proxy or a broken object from a CMS may. */
const unprintable = {
  toString() {
    throw new Error('no text');
  },
};

describe('bad input: values that cannot be turned into text', () => {
  afterEach(() => useLocale('en'));

  it('setLocale(Symbol()) and a tag whose toString throws: one warning each, English, no throw', async () => {
    for (const tag of [Symbol('fr'), unprintable]) {
      const captured = await captureConsole(() => setLocale(tag as unknown as string));
      expect(captured.result).to.equal('en');
      expect(messages(captured)).to.have.length(1);
      expect(captured.warnings[0]).to.match(/^wsis-components setLocale\(\): unknown locale /);
    }
    expect(resolveLocale(Symbol('fr') as unknown as string)).to.equal(undefined);
    expect(resolveLocale(unprintable as unknown as string)).to.equal(undefined);
  });

  it('readConsent() on a storage whose read() returns an object with a throwing toString: null, one warning', async () => {
    const captured = await captureConsole(async () =>
      WsisPrivacyNotice.readConsent({ read: () => unprintable as unknown as string, write: () => undefined }),
    );
    expect(captured.result).to.equal(null);
    expect(messages(captured)).to.have.length(1);
    expect(captured.warnings[0]).to.match(/^<wsis-privacy-notice> readConsent\(\): ignored a stored value/);
  });

  it('a storage that throws something whose toString throws: null, one warning', async () => {
    const captured = await captureConsole(async () =>
      WsisPrivacyNotice.readConsent({
        read: () => {
          throw unprintable;
        },
        write: () => undefined,
      }),
    );
    expect(captured.result).to.equal(null);
    expect(captured.warnings[0]).to.match(
      /^<wsis-privacy-notice> readConsent\(\): could not read the stored choice/,
    );
  });

  it('registerLocale() with a code whose toString throws: false, one error', async () => {
    const captured = await captureConsole(async () =>
      registerLocale({ code: unprintable as unknown as string, endonym: 'X', translations: {} }),
    );
    expect(captured.result).to.equal(false);
    expect(messages(captured)).to.have.length(1);
    expect(captured.errors[0]).to.match(/^wsis-components registerLocale\(\): .*not a BCP 47 language tag/);
  });
});

describe('bad input: a value of megabytes (a CMS field gone wrong)', () => {
  const BIG = 'x'.repeat(10 * 1024 * 1024);
  const WORDS = 'word '.repeat(2 * 1024 * 1024);

  /** Places `markup` with `before`, and gives the element, what it said and how long it took. */
  async function timed(markup: string, before?: (el: HTMLElement) => void) {
    const start = performance.now();
    const captured = await captureConsole(() => place(markup, before));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return { el: captured.result, said: messages(captured), ms: performance.now() - start };
  }

  it('a 10 MB author: the first 1,000 characters shown, one warning, rendered in well under the 44 s it took', async () => {
    const { el, said, ms } = await timed(`<wsis-message><p>Text</p></wsis-message>`, (m) =>
      m.setAttribute('author', BIG),
    );
    expect(said).to.deep.equal([
      `warn: <wsis-message> author: ${BIG.length} characters long; only the first 1000 are shown.`,
    ]);
    const shadow = el.shadowRoot!;
    for (const part of ['heading', 'byline', 'signature'])
      expect(shadow.querySelector(`[part~="${part}"]`)!.textContent!.length, part).to.be.below(1100);
    expect(shadow.querySelector('[part~="signature"]')!.textContent!.trim()).to.equal(`${'x'.repeat(1000)}…`);
    expect(ms).to.be.below(5000);
    await expectPageWorks(el);
  });

  it('a 10 MB footer org and a 10 MB navigation label: the same, each named', async () => {
    const footer = await timed(`<wsis-footer privacy-href="/p" logo-policy-href="/l"></wsis-footer>`, (f) =>
      f.setAttribute('org', WORDS),
    );
    expect(footer.said).to.deep.equal([
      `warn: <wsis-footer> org: ${WORDS.trim().length} characters long; only the first 1000 are shown.`,
    ]);
    expect(footer.el.shadowRoot!.querySelector('[part~="copyright"]')!.textContent!.length).to.be.below(1100);
    const nav = await timed(`<wsis-nav></wsis-nav>`, (n) =>
      Object.assign(n, {
        items: [
          { label: WORDS, href: '/a' },
          { label: 'B', href: '/b' },
        ],
      }),
    );
    expect(nav.said).to.deep.equal([
      `warn: <wsis-nav> items[0].label: ${WORDS.length} characters long; only the first 1000 are shown.`,
    ]);
    const links = nav.el.shadowRoot!.querySelectorAll('[part~="link"]');
    expect(links[0].textContent!.length).to.be.at.most(1001);
    expect(links[1].textContent).to.equal('B');
    expect(footer.ms + nav.ms).to.be.below(5000);
    await expectPageWorks(nav.el);
  });

  it('a 10 MB URL (href-template): refused with a warning, the languages shown as text', async () => {
    const { el, said, ms } = await timed(`<wsis-language-switcher></wsis-language-switcher>`, (s) =>
      s.setAttribute('href-template', `/{locale}/${BIG}`),
    );
    expect(said).to.have.length(1);
    expect(said[0]).to.match(
      /^warn: <wsis-language-switcher> href-template: refused a URL of 10485770 characters/,
    );
    expect(el.shadowRoot!.querySelectorAll('a[href]')).to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll('.unavailable')).to.have.length(6);
    expect(ms).to.be.below(5000);
    await expectPageWorks(el);
  });
});

describe('bad input: a stored consent record the element refuses', () => {
  for (const [name, record] of [
    ['no date', { version: '1', decision: 'accepted' }],
    ['a date that is none', { version: '1', decision: 'accepted', date: 'yesterday' }],
    ['decision as an array', { version: '1', decision: ['accepted'], date: '2026-01-01T00:00:00Z' }],
  ] as const) {
    it(`${name}: one warning on storage, the notice asks (the early script judges it alike)`, async () => {
      const captured = await captureConsole(() => notice(memoryConsentStorage(JSON.stringify(record))));
      expect(messages(captured)).to.have.length(1);
      expect(captured.warnings[0]).to.match(/^<wsis-privacy-notice> storage: ignored a stored value/);
      expect(captured.result.hidden).to.be.false;
      expect(captured.result.decision).to.equal(null);
      await expectPageWorks(captured.result);
    });
  }
});
