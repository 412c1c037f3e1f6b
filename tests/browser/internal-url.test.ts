import { expect } from '@open-wc/testing';
import { isSafeUrl, safeUrl } from '../../src/internal/url.js';
import { captureConsole } from './helpers/console.js';

const ALLOWED = ['http:', 'https:', 'mailto:', 'tel:'];

/** A value as a test title shows it: quoted, with white space and invisible characters escaped. */
function show(value: string | null | undefined): string {
  return (JSON.stringify(value) ?? 'undefined').replace(
    /[\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

/** The protocol the browser itself gives the value as the `href` of a link in this page. */
function browserProtocol(value: string): string {
  const a = document.createElement('a');
  a.setAttribute('href', value);
  // An href the parser rejects leaves `protocol` as ":" (Chromium) or "" (Firefox).
  return a.protocol;
}

/** Runs `safeUrl` and returns what it gave and what it wrote to the console. */
async function check(value: string, attribute = 'privacy-href') {
  let result: string | undefined;
  const { messages: captured } = await captureConsole(async () => {
    result = safeUrl(value, 'wsis-footer', attribute);
  });
  const messages = captured.map((m) => m.text);
  return { result, messages };
}

/** An accepted value: returned as given, and resolving to an allowed protocol in this page. */
async function expectAccepted(value: string) {
  const { result, messages } = await check(value);
  expect(isSafeUrl(value), `isSafeUrl(${show(value)})`).to.be.true;
  expect(result, `safeUrl(${show(value)})`).to.equal(value);
  expect(messages, `warnings for ${show(value)}`).to.deep.equal([]);
  expect(ALLOWED, `new URL(${show(value)})`).to.include(new URL(result!, document.baseURI).protocol);
  expect(ALLOWED, `<a href=${show(value)}>`).to.include(browserProtocol(result!));
}

/** A refused value: `undefined`, one warning naming element, attribute and the value escaped. */
async function expectRefused(value: string, kind: 'unsafe' | 'invalid' = 'unsafe') {
  const { result, messages } = await check(value);
  expect(isSafeUrl(value), `isSafeUrl(${show(value)})`).to.be.false;
  expect(result, `safeUrl(${show(value)})`).to.be.undefined;
  expect(messages, `warnings for ${show(value)}`).to.have.length(1);
  expect(messages[0]).to.match(new RegExp(`^<wsis-footer> privacy-href: refused ${kind} URL "`));
  expect(messages[0]).to.contain('; only http, https, mailto, tel and relative URLs are rendered.');
  // The browser agrees: as a link in this page the value would not be http, https, mailto or tel.
  expect(ALLOWED, `<a href=${show(value)}>`).not.to.include(browserProtocol(value));
  return messages[0];
}

const UNICODE_SPACES: [string, string][] = [
  ['U+2028 LINE SEPARATOR', '\u2028'],
  ['U+2029 PARAGRAPH SEPARATOR', '\u2029'],
  ['U+00A0 NO-BREAK SPACE', '\u00a0'],
  ['U+FEFF BYTE ORDER MARK', '\ufeff'],
  ['U+3000 IDEOGRAPHIC SPACE', '\u3000'],
  ['U+1680 OGHAM SPACE MARK', '\u1680'],
  ['U+200B ZERO WIDTH SPACE', '\u200b'],
  ['U+0085 NEXT LINE', '\u0085'],
];

describe('internal/url: safeUrl and isSafeUrl', () => {
  describe('Unicode white space before the scheme', () => {
    for (const [name, ch] of UNICODE_SPACES) {
      it(`${name} before "javascript:" is a relative path, rendered exactly as given`, async () => {
        // The URL parser strips only C0 controls and the ASCII space: the character stays, the
        // value has no scheme, and the link goes to a path on this site. It must never come back
        // trimmed to "javascript:…".
        const value = `${ch}javascript:alert(document.domain)`;
        await expectAccepted(value);
        expect(safeUrl(value, 'x', 'y')!.startsWith(ch)).to.be.true;
        expect(new URL(value, document.baseURI).origin).to.equal(location.origin);
      });
    }

    it('the same characters after the scheme keep it unsafe, and are escaped in the warning', async () => {
      const warning = await expectRefused('javascript:alert(1)\u2028\u00a0\ufeff\u3000\u200b\u0085');
      expect(warning).to.contain('"javascript:alert(1)\\u2028\\u00A0\\uFEFF\\u3000\\u200B\\u0085"');
    });
  });

  describe('C0 controls, tab and newline, inside and before the scheme', () => {
    const values: [string, string][] = [
      ['java\tscript:alert(1)', '"java\\tscript:alert(1)"'],
      ['java\nscript:alert(1)', '"java\\nscript:alert(1)"'],
      ['java\rscript:alert(1)', '"java\\rscript:alert(1)"'],
      ['\tjava\nscript:alert(1)', '"\\tjava\\nscript:alert(1)"'],
      ['\x01javascript:alert(1)', '"\\u0001javascript:alert(1)"'],
      ['\x00javascript:alert(1)', '"\\u0000javascript:alert(1)"'],
      ['\x1fjavascript:alert(1)', '"\\u001fjavascript:alert(1)"'],
      ['\x00\x01\x02 \tjavascript:alert(1)', '"\\u0000\\u0001\\u0002 \\tjavascript:alert(1)"'],
    ];
    for (const [value, escaped] of values) {
      it(`${show(value)} is refused, the warning shows ${escaped}`, async () => {
        const warning = await expectRefused(value);
        expect(warning).to.contain(escaped);
      });
    }

    it('a C0 control that is not stripped (inside the scheme) makes the value relative', async () => {
      // The parser removes only tab and newlines inside a URL; "\x01" breaks the scheme.
      await expectAccepted('java\x01script:alert(1)');
    });
  });

  describe('script and document schemes, whatever their case and spacing', () => {
    for (const value of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'javascript:alert(1) ',
      '   javascript:alert(1)   ',
      'vbscript:msgbox(1)',
      'VBScript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'DATA:image/svg+xml,<svg onload=alert(1)>',
      'blob:https://www.itu.int/0f7c1b4e-8d8e-4b7e-9d3f-3c2b0f9e1a11',
      'file:///etc/passwd',
      'ftp://ftp.itu.int/',
      'ws://www.itu.int/',
      'about:blank',
      'javascript://%0Aalert(1)',
    ]) {
      it(`refuses ${show(value)}`, async () => {
        const warning = await expectRefused(value);
        expect(warning).to.contain(JSON.stringify(value));
      });
    }
  });

  describe('entity-free variants: HTML character references are not decoded by the URL parser', () => {
    for (const value of [
      'javascript&colon;alert(1)',
      'javascript&#58;alert(1)',
      'javascript&#x3A;alert(1)',
      '&#x2028;javascript:alert(1)',
      'javascript%3Aalert(1)',
    ]) {
      it(`${show(value)} (as the string itself, not markup) is a relative path`, async () => {
        await expectAccepted(value);
      });
    }

    it('the same entities decoded by the HTML parser give the characters, judged as above', async () => {
      const doc = new DOMParser().parseFromString(
        '<a id="a" href="javascript&colon;alert(1)"></a><a id="b" href="&#x2028;javascript:alert(1)"></a>' +
          '<a id="c" href="&#x09;java&#x0A;script:alert(1)"></a>',
        'text/html',
      );
      const [a, b, c] = ['a', 'b', 'c'].map((id) => doc.getElementById(id)!.getAttribute('href')!);
      expect(a).to.equal('javascript:alert(1)');
      await expectRefused(a);
      expect(b).to.equal('\u2028javascript:alert(1)');
      await expectAccepted(b);
      expect(c).to.equal('\tjava\nscript:alert(1)');
      await expectRefused(c);
    });
  });

  describe('what is rendered', () => {
    for (const value of [
      'https://www.itu.int/net/wsis/',
      'HTTPS://WWW.ITU.INT/',
      'http://www.itu.int/',
      'https:www.itu.int',
      '//evil.example',
      '//evil.example/path?q#f',
      '\\\\evil.example',
      '/fr/',
      'fr/index.html',
      './fr/',
      '../fr/',
      '?lang=fr',
      '#main',
      '#',
      'mailto:x@itu.int',
      'MAILTO:x@itu.int?subject=WSIS',
      'tel:+41227305111',
      ' https://www.itu.int/ ',
      '\thttps://www.itu.int/\n',
      '/fr/\n',
      '\x01/fr/\x02',
      '/{locale}/index.html',
      'https://www.itu.int/a b',
    ]) {
      it(`${show(value)} is returned exactly as given`, async () => {
        await expectAccepted(value);
      });
    }

    it('a protocol-relative URL is allowed and takes this page’s scheme', () => {
      expect(new URL(safeUrl('//evil.example', 'x', 'y')!, document.baseURI).protocol).to.equal(
        location.protocol,
      );
    });
  });

  describe('values the URL parser rejects', () => {
    for (const value of ['http://', 'https://[::1/', '//[bad', 'https://www.itu.int:99999/']) {
      it(`refuses ${show(value)} as invalid`, async () => {
        await expectRefused(value, 'invalid');
      });
    }
  });

  describe('empty values', () => {
    for (const value of [null, undefined, '', ' ', '\t\n', '\u2028', '\u00a0\u3000', '\x00\x01 ']) {
      it(`${show(value)} gives undefined silently`, async () => {
        const { messages: captured } = await captureConsole(async () => {
          expect(safeUrl(value, 'wsis-footer', 'privacy-href')).to.be.undefined;
        });
        const messages = captured.map((m) => m.text);
        expect(messages).to.deep.equal([]);
      });
    }
  });

  describe('the warning', () => {
    it('is one console.warn naming the element, the attribute and the value', async () => {
      const { messages: captured } = await captureConsole(async () => {
        safeUrl('javascript:alert("x")\\', 'wsis-header', 'home-href');
      });
      const messages = captured.map((m) => m.text);
      expect(messages).to.deep.equal([
        '<wsis-header> home-href: refused unsafe URL "javascript:alert(\\"x\\")\\\\"; only http, https, mailto, tel and relative URLs are rendered.',
      ]);
    });

    it('cuts a long value short and says how long it was', async () => {
      const value = `data:image/png;base64,${'A'.repeat(5000)}`;
      const { messages: captured } = await captureConsole(async () => {
        safeUrl(value, 'wsis-logo', 'src');
      });
      const messages = captured.map((m) => m.text);
      expect(messages).to.have.length(1);
      expect(messages[0].length).to.be.below(400);
      expect(messages[0]).to.contain(`(${value.length} characters)`);
    });
  });

  describe('the base relative values are judged against', () => {
    let base: HTMLBaseElement | undefined;
    afterEach(() => {
      base?.remove();
      base = undefined;
    });

    function useBase(href: string) {
      base = document.createElement('base');
      base.href = href;
      document.head.prepend(base);
    }

    it('is the document’s own when it is http(s)', async () => {
      useBase('https://www.itu.int/net/wsis/');
      expect(document.baseURI).to.equal('https://www.itu.int/net/wsis/');
      await expectAccepted('fr/');
      await expectAccepted('//evil.example');
      await expectRefused('javascript:alert(1)');
    });

    it('on a page whose base is not http(s) (file:), relative URLs are still rendered', async () => {
      useBase('file:///srv/wsis/index.html');
      expect(document.baseURI.startsWith('file:')).to.be.true;
      for (const value of ['/fr/', 'fr/index.html', '#main', '?q=1', '\u2028javascript:alert(1)']) {
        const { messages: captured } = await captureConsole(async () => {
          expect(safeUrl(value, 'wsis-footer', 'privacy-href')).to.equal(value);
        });
        const messages = captured.map((m) => m.text);
        expect(messages).to.deep.equal([]);
        // The link keeps the page's own scheme, which the page chose, not the value.
        expect(new URL(value, document.baseURI).protocol).to.equal('file:');
      }
      for (const value of [
        'javascript:alert(1)',
        ' JavaScript:alert(1)',
        'data:text/html,x',
        'file:///etc/passwd',
      ]) {
        expect(isSafeUrl(value), value).to.be.false;
      }
      expect(isSafeUrl('https://www.itu.int/')).to.be.true;
    });
  });
});
