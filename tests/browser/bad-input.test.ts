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
  setLocale,
  type WsisConsentStorage,
} from '../../src/index.js';
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
      expect(heading()).to.be.oneOf(['Cookies on this site', 'Les cookies sur ce site']);
      await ready;
      await waitUntil(() => heading() === 'Les cookies sur ce site', 'never re-rendered in French');
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
