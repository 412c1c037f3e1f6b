import { fixture, html, expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/components/message/wsis-message.js';
import type { WsisMessage } from '../../src/components/message/wsis-message.js';
import { LOCALES } from '../../src/localization.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { ariaQuery } from './helpers/aria.js';
import { itInEveryLocale, settle, useLocale } from './helpers/locales.js';
import { expectedDate } from './helpers/dates.js';
import { captureConsole } from './helpers/console.js';
import { deepActiveElement } from './helpers/focus.js';

const HEADING_FROM: Record<string, (name: string) => string> = {
  en: (n) => `Message from ${n}`,
  ar: (n) => `رسالة: ${n}`,
  es: (n) => `Mensaje: ${n}`,
  fr: (n) => `Message\u00a0: ${n}`,
  ru: (n) => `Послание: ${n}`,
  'zh-Hans': (n) => `致辞：${n}`,
};

/**
 * The default heading for three names that a heading built as "Message of <name>" gets wrong in some
 * language: a vowel (French «d’António»), an article (Spanish «del Hadji»), and a name given in
 * another script with its title (Chinese «Mr. Yoshio Utsumi致辞»). Written out in full, not built.
 */
const HEADINGS_FOR_NAMES: Record<string, [string, string, string]> = {
  en: [
    'Message from António Guterres',
    'Message from El Hadji Amadou Touré',
    'Message from Mr. Yoshio Utsumi',
  ],
  ar: ['رسالة: António Guterres', 'رسالة: El Hadji Amadou Touré', 'رسالة: Mr. Yoshio Utsumi'],
  es: ['Mensaje: António Guterres', 'Mensaje: El Hadji Amadou Touré', 'Mensaje: Mr. Yoshio Utsumi'],
  fr: [
    'Message\u00a0: António Guterres',
    'Message\u00a0: El Hadji Amadou Touré',
    'Message\u00a0: Mr. Yoshio Utsumi',
  ],
  ru: ['Послание: António Guterres', 'Послание: El Hadji Amadou Touré', 'Послание: Mr. Yoshio Utsumi'],
  'zh-Hans': ['致辞：António Guterres', '致辞：El Hadji Amadou Touré', '致辞：Mr. Yoshio Utsumi'],
};

/** The text of an element, with the white space of the template collapsed and no-break spaces kept. */
const text = (el: Element) => el.textContent!.replace(/[ \t\n]+/g, ' ').trim();

const TRANSLATIONS = JSON.stringify({
  fr: '/wsis/fr/message.html',
  es: '/wsis/es/message.html',
  ar: '/wsis/ar/message.html',
  'zh-Hans': '/wsis/zh/message.html',
  ru: '/wsis/ru/message.html',
  en: '/wsis/en/message.html',
});

/** A date as a reader of the locale should see it, computed independently of the element. */
const intlDate = expectedDate;

const full = html`
  <wsis-message
    author="Mr. Yoshio Utsumi"
    author-role="Secretary-General of ITU and Secretary-General of the World Summit on the Information Society"
    author-lang="en"
    date="2004-01-22"
    body-lang="en"
    translations=${TRANSLATIONS}
  >
    <p lang="en">As we look back to the Geneva phase of the World Summit on the Information Society…</p>
    <p lang="en">I look forward to working with the many stakeholders involved.</p>
  </wsis-message>
`;

/** A page as the original: a banner, an h1 in the main content, then the message. */
async function page(message: TemplateResult = full) {
  const root = await fixture<HTMLDivElement>(html`
    <div>
      <header><a href="/wsis/">WSIS</a></header>
      <main>
        <h1>World Summit on the Information Society</h1>
        ${message}
      </main>
    </div>
  `);
  await settle(root);
  const el = root.querySelector('wsis-message') as WsisMessage;
  return { root, el, shadow: el.shadowRoot! };
}

describe('wsis-message', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  itInEveryLocale(
    'has no axe violations, a localized heading and the date as Intl gives it',
    async (code) => {
      const { shadow } = await page();
      const heading = shadow.querySelector('h2')!;
      expect(text(heading)).to.equal(HEADING_FROM[code]('Mr. Yoshio Utsumi'));
      // The English name keeps its language inside a heading in the reader's language.
      expect(heading.querySelector('bdi')!.getAttribute('lang')).to.equal('en');
      const time = shadow.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2004-01-22');
      expect(time.textContent).to.equal(intlDate(code, 2004, 1, 22));
      await expectNoAxeViolations();
    },
  );

  itInEveryLocale(
    'heads the message right for any name: with a vowel, with an article, in another script with its title',
    async (code) => {
      const names: [string, string][] = [
        ['António Guterres', 'pt'],
        ['El Hadji Amadou Touré', 'fr'],
        ['Mr. Yoshio Utsumi', 'en'],
      ];
      const headings: string[] = [];
      for (const [name, lang] of names) {
        const { shadow } = await page(
          html`<wsis-message author=${name} author-lang=${lang}><p>Text</p></wsis-message>`,
        );
        const heading = shadow.querySelector('h2')!;
        headings.push(text(heading));
        // The name keeps its own language inside the heading, whatever the page's.
        expect(heading.querySelector('bdi')!.getAttribute('lang')).to.equal(lang);
      }
      expect(headings).to.deep.equal(HEADINGS_FOR_NAMES[code]);
    },
  );

  itInEveryLocale('links to the other languages by endonym, with lang, dir and hreflang', async (code) => {
    const { shadow } = await page();
    const links = [...shadow.querySelectorAll<HTMLAnchorElement>('[part~="translations"] a')];
    const expected = LOCALES.filter((l) => l.code !== code);
    expect(links.map((a) => a.textContent)).to.deep.equal(expected.map((l) => l.endonym));
    for (const [i, l] of expected.entries()) {
      expect(links[i].getAttribute('hreflang')).to.equal(l.code);
      expect(links[i].lang).to.equal(l.code);
      expect(links[i].dir).to.equal(l.dir);
    }
    const list = shadow.querySelector('[part~="translations"] ul')!;
    const label = shadow.getElementById(list.getAttribute('aria-labelledby')!)!;
    expect(label.textContent!.trim()).to.not.equal('');
  });

  for (const code of ['ar', 'zh-Hans'] as const) {
    it(`sets the English author, role and signature of an ${code} page as its English text: face, line height, direction`, async () => {
      try {
        await useLocale(code);
        const { root, shadow } = await page();
        const text = getComputedStyle(shadow.querySelector('[part~="body"]')!);
        // The page's own lines keep the page's face: the check compares two different stacks.
        expect(getComputedStyle(shadow.querySelector('[part~="date"]')!).fontFamily).to.not.equal(
          text.fontFamily,
        );
        const firstLine = root.querySelector('p')!.getBoundingClientRect();
        for (const selector of ['.author', '.role', '[part~="signature"]']) {
          const line = shadow.querySelector(selector)!;
          const style = getComputedStyle(line);
          expect(style.fontFamily, selector).to.equal(text.fontFamily);
          expect(style.lineHeight, selector).to.equal(text.lineHeight);
          expect(style.direction, selector).to.equal('ltr');
          // Left-aligned, as the English text beside it: its words start where the text's do.
          const range = document.createRange();
          range.selectNodeContents(line);
          expect(Math.abs(range.getClientRects()[0]!.left - firstLine.left), selector).to.be.below(1);
        }
      } finally {
        await useLocale('en');
      }
    });
  }

  it('is an article named by its heading, in the accessibility tree', async () => {
    const { shadow } = await page();
    const article = shadow.querySelector('article')!;
    expect(shadow.getElementById(article.getAttribute('aria-labelledby')!)).to.equal(
      shadow.querySelector('h2'),
    );
    expect(await ariaQuery('article', 'Message from Mr. Yoshio Utsumi', 'wsis-message')).to.deep.equal([
      'article',
    ]);
    expect(await ariaQuery('heading', 'Message from Mr. Yoshio Utsumi', 'wsis-message')).to.deep.equal([
      'h2#heading',
    ]);
  });

  it('renders the heading level the site sets, 1 to 6', async () => {
    const { el, shadow } = await page();
    for (const level of [1, 2, 3, 4, 5, 6] as const) {
      el.headingLevel = level;
      await el.updateComplete;
      const headings = shadow.querySelectorAll('h1, h2, h3, h4, h5, h6');
      expect(headings.length).to.equal(1);
      expect(headings[0].tagName).to.equal(`H${level}`);
      expect(headings[0].id).to.equal('heading');
    }
  });

  it('warns for a heading level out of range and falls back to 2', async () => {
    const {
      result: { shadow },
      messages,
    } = await captureConsole(() =>
      page(html`<wsis-message heading-level="9" author="A. Author"><p>Text</p></wsis-message>`),
    );
    expect(messages.length).to.equal(1);
    expect(messages[0].level).to.equal('warn');
    expect(messages[0].text).to.match(
      /^<wsis-message> heading-level="9": must be a whole number from 1 to 6/,
    );
    expect(shadow.querySelector('h2')).to.not.be.null;
    expect(shadow.querySelector('h1, h3, h4, h5, h6')).to.be.null;
  });

  it('names a heading level that is not a number as written', async () => {
    const {
      result: { shadow },
      messages,
    } = await captureConsole(() => page(html`<wsis-message heading-level="two"><p>Text</p></wsis-message>`));
    expect(shadow.querySelector('h2')).to.not.be.null;
    expect(messages.length).to.equal(1);
    expect(messages[0].level).to.equal('warn');
    expect(messages[0].text).to.match(/^<wsis-message> heading-level="two": must be a whole number/);
  });

  it('says "Message" when no author is named, and lets the site replace the heading', async () => {
    const plain = await page(html`<wsis-message><p>Text</p></wsis-message>`);
    expect(plain.shadow.querySelector('h2')!.textContent!.trim()).to.equal('Message');
    plain.root.remove();
    const own = await page(
      html`<wsis-message author="A"
        ><span slot="heading">Message to the Tunis phase</span>
        <p>Text</p></wsis-message
      >`,
    );
    expect(await ariaQuery('article', 'Message to the Tunis phase', 'wsis-message')).to.deep.equal([
      'article',
    ]);
    expect(own.el.querySelector('[slot=heading]')!.assignedSlot!.name).to.equal('heading');
  });

  it('leaves out an invalid date with a warning naming the value, and renders the rest', async () => {
    for (const bad of ['2004-02-30', 'garbage', '22/01/2004']) {
      const {
        result: { shadow },
        messages,
      } = await captureConsole(() =>
        page(html`<wsis-message author="A. Author" date=${bad}><p>Text</p></wsis-message>`),
      );
      expect(messages.length, bad).to.equal(1);
      expect(messages[0].level, bad).to.equal('warn');
      expect(messages[0].text, bad).to.match(/^<wsis-message> date="[^"]*": not a calendar date/);
      expect(messages[0].text, bad).to.contain(`date="${bad}"`);
      expect(shadow.querySelector('time')).to.be.null;
      expect(shadow.querySelector('h2')!.textContent).to.contain('A. Author');
      expect(shadow.querySelector('[part~="signature"]')!.textContent!.trim()).to.equal('A. Author');
    }
  });

  it('marks the body with body-lang: lang and dir, and the text follows that direction', async () => {
    await useLocale('ar');
    try {
      const { shadow, el } = await page();
      const body = shadow.querySelector<HTMLElement>('[part~="body"]')!;
      expect(body.lang).to.equal('en');
      expect(body.dir).to.equal('ltr');
      expect(getComputedStyle(el.querySelector('p')!).direction).to.equal('ltr');
      el.bodyLang = 'ar';
      await el.updateComplete;
      expect(body.dir).to.equal('rtl');
      el.bodyLang = 'fa';
      await el.updateComplete;
      expect(body.dir).to.equal('rtl');
      el.bodyLang = '';
      await el.updateComplete;
      expect(body.hasAttribute('lang')).to.be.false;
      expect(body.hasAttribute('dir')).to.be.false;
    } finally {
      await useLocale('en');
    }
  });

  it('warns for a body-lang that is not a language tag', async () => {
    const {
      result: { shadow },
      messages,
    } = await captureConsole(() =>
      page(html`<wsis-message body-lang="english please"><p>Text</p></wsis-message>`),
    );
    expect(messages.length).to.equal(1);
    expect(messages[0].level).to.equal('warn');
    expect(messages[0].text).to.match(
      /^<wsis-message> body-lang="english please": not a BCP 47 language tag/,
    );
    expect(shadow.querySelector('[part~="body"]')!.hasAttribute('lang')).to.be.false;
  });

  it('reports malformed translations JSON as an error naming element and attribute, and renders', async () => {
    const {
      result: { shadow },
      messages,
    } = await captureConsole(() =>
      page(html`<wsis-message author="A" translations="{fr: oops}"><p>Text</p></wsis-message>`),
    );
    expect(messages.length).to.equal(1);
    expect(messages[0].level).to.equal('error');
    expect(messages[0].text).to.match(/^<wsis-message> translations="\{fr: oops\}": not a JSON object/);
    // No links: neither the label nor the rules of the block show.
    expect(shadow.querySelector<HTMLElement>('.translations-label')!.getClientRects().length).to.equal(0);
    expect(getComputedStyle(shadow.querySelector('[part~="translations"]')!).display).to.equal('contents');
    expect(shadow.querySelector('h2')).to.not.be.null;
  });

  it('refuses unsafe URLs and unknown locales in translations', async () => {
    const {
      result: { shadow },
      messages,
    } = await captureConsole(() =>
      page(
        html`<wsis-message
          translations=${JSON.stringify({ fr: 'javascript:alert(1)', pt: '/pt/', es: '/es/' })}
        ></wsis-message>`,
      ),
    );
    expect(messages.map((m) => m.level)).to.deep.equal(['warn', 'warn']);
    expect(messages[0].text).to.match(
      /^<wsis-message> translations\["fr"\]: refused unsafe URL "javascript:alert\(1\)"/,
    );
    expect(messages[1].text).to.match(/^<wsis-message> translations: "pt" is not one of/);
    const links = [...shadow.querySelectorAll('[part~="translations"] a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['/es/']);
  });

  it("shows the site's own translation links, with no script looking at the slot", async () => {
    const { el } = await page(html`
      <wsis-message author="A">
        <a slot="translations" href="/fr/" hreflang="fr" lang="fr">Français</a>
        <p>Text</p>
      </wsis-message>
    `);
    expect(el.querySelector('[slot=translations]')!.getClientRects().length).to.be.greaterThan(0);
    await expectNoAxeViolations();
  });

  it('shows a portrait with its alt text, refuses an unsafe one, and warns without alt', async () => {
    const ok = await page(
      html`<wsis-message author="A" portrait-src="/stories/assets/portrait.svg" portrait-alt="Portrait of A"
        ><p>T</p></wsis-message
      >`,
    );
    const img = ok.shadow.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal('/stories/assets/portrait.svg');
    expect(img.alt).to.equal('Portrait of A');
    const {
      result: { shadow },
      messages,
    } = await captureConsole(() =>
      page(html`<wsis-message author="A" portrait-src="javascript:x"><p>T</p></wsis-message>`),
    );
    expect(shadow.querySelector('img')).to.be.null;
    expect(messages.map((m) => m.level)).to.deep.equal(['warn', 'warn']);
    expect(messages[0].text).to.match(/^<wsis-message> portrait-src: refused unsafe URL "javascript:x"/);
    expect(messages[1].text).to.match(
      /^<wsis-message> portrait-alt: missing for portrait-src="javascript:x"/,
    );
  });

  it('keeps lines near 70 characters on a wide screen', async () => {
    await setViewport({ width: 1600, height: 800 });
    const { shadow, el } = await page();
    const body = shadow.querySelector('[part~="body"]')!;
    const ch = parseFloat(getComputedStyle(el).fontSize) * 0.5;
    expect(body.getBoundingClientRect().width).to.be.lessThan(1000);
    expect(body.getBoundingClientRect().width).to.be.greaterThan(40 * ch);
  });

  itInEveryLocale('fits 320 px without horizontal scroll', async () => {
    await setViewport({ width: 320, height: 640 });
    await page();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('lays out from the right in Arabic', async () => {
    await useLocale('ar');
    try {
      const { shadow } = await page(
        html`<wsis-message author="A" portrait-src="/stories/assets/portrait.svg" portrait-alt="A"
          ><p>T</p></wsis-message
        >`,
      );
      const portrait = shadow.querySelector('img')!.getBoundingClientRect();
      const heading = shadow.querySelector('h2')!.getBoundingClientRect();
      expect(portrait.left).to.be.greaterThan(heading.left);
    } finally {
      await useLocale('en');
    }
  });

  it('uses Arabic and Chinese typography under :lang()', async () => {
    await useLocale('ar');
    try {
      const { shadow } = await page();
      const article = shadow.querySelector('article')!;
      expect(getComputedStyle(article).fontFamily).to.contain('Naskh');
      // The English body does not inherit the Arabic face.
      expect(getComputedStyle(shadow.querySelector('[part~="body"]')!).fontFamily).to.not.contain('Naskh');
      await useLocale('zh-Hans');
      const zh = await page();
      expect(getComputedStyle(zh.shadow.querySelector('article')!).fontFamily).to.contain('CJK SC');
    } finally {
      await useLocale('en');
    }
  });

  it('reaches the translation links with Tab', async () => {
    const { shadow, root } = await page();
    root.querySelector<HTMLAnchorElement>('main a, header a')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(shadow.querySelector('[part~="translations"] a'));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(shadow.querySelectorAll('[part~="translations"] a')[1]);
  });

  it('drops the language links when printed (preview class)', async () => {
    const { el, shadow } = await page();
    el.classList.add('wsis-print-preview');
    expect(getComputedStyle(shadow.querySelector('[part~="translations"]')!).display).to.equal('none');
    expect(getComputedStyle(shadow.querySelector('article')!).maxInlineSize).to.equal('none');
  });

  it('applies the print rules under @media print too', async function () {
    // Emulating print media needs CDP, which Firefox does not speak; the preview-class test above
    // checks the same rules there.
    if (navigator.userAgent.includes('Firefox')) this.skip();
    const { shadow } = await page();
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(shadow.querySelector('[part~="translations"]')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
