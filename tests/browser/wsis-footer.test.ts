import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/footer/wsis-footer.js';
import type { WsisFooter } from '../../src/components/footer/wsis-footer.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { ariaQuery } from './helpers/aria.js';
import { itInEveryLocale, settle } from './helpers/locales.js';
import { captureConsole } from './helpers/console.js';
import { deepActiveElement } from './helpers/focus.js';
import { expectedDate } from './helpers/dates.js';

const ORGANISATION: Record<string, string> = {
  en: 'WSIS',
  ar: 'القمة العالمية لمجتمع المعلومات',
  es: 'CMSI',
  fr: 'SMSI',
  ru: 'ВВУИО',
  'zh-Hans': '信息社会世界峰会',
};
const TOP: Record<string, string> = {
  en: 'Top',
  ar: 'أعلى الصفحة',
  es: 'Volver arriba',
  fr: 'Haut de page',
  ru: 'Наверх',
  'zh-Hans': '返回页首',
};
/** The copyright line as each language writes it: one message, so order and punctuation are the language's. */
const COPYRIGHT: Record<string, (org: string, year: string) => string> = {
  en: (o, y) => `© ${o}, ${y}. All Rights Reserved.`,
  ar: (o, y) => `© ${o}، ${y}. جميع الحقوق محفوظة.`,
  es: (o, y) => `© ${o}, ${y}. Todos los derechos reservados.`,
  fr: (o, y) => `© ${o}, ${y}. Tous droits réservés.`,
  ru: (o, y) => `© ${o}, ${y}. Все права защищены.`,
  'zh-Hans': (o, y) => `©${o}，${y}年。版权所有。`,
};
const LOGO_POLICY: Record<string, string> = {
  en: 'Logo Policy',
  ar: 'سياسة استخدام الشعار',
  es: 'Política de uso del logotipo',
  fr: 'Politique d’utilisation du logo',
  ru: 'Политика использования логотипа',
  'zh-Hans': '徽标使用政策',
};
const PRIVACY: Record<string, string> = {
  en: 'Privacy Notices',
  ar: 'إشعار الخصوصية',
  es: 'Aviso de privacidad',
  fr: 'Avis de confidentialité',
  ru: 'Уведомление о конфиденциальности',
  'zh-Hans': '隐私声明',
};

/** 22 January 2004 as a reader of the locale should see it, computed independently of the element. */
const intlDate = (code: string) => expectedDate(code, 2004, 1, 22);
const intlYear = (code: string, year: number) =>
  new Intl.NumberFormat(code, { useGrouping: false }).format(year);

/** The original WSIS page, cut down: a banner with id="top", the main content, then the footer. */
async function page(
  footer = html`
    <wsis-footer
      year="2004"
      last-updated="2004-01-22"
      logo-policy-href="/wsis/logo-policy.html"
      privacy-href="https://www.itu.int/en/privacy-notice/"
    >
      <nav aria-label="Site">
        <a href="/wsis/basic/">basic information</a>
        <a href="/wsis/geneva/">first phase: Geneva</a>
      </nav>
    </wsis-footer>
  `,
) {
  const root = await fixture<HTMLDivElement>(html`
    <div>
      <header id="top"><a href="/wsis/">WSIS</a></header>
      <main>
        <h1>World Summit on the Information Society</h1>
        <p><a href="#more">More</a></p>
      </main>
      ${footer}
    </div>
  `);
  await settle(root);
  const el = root.querySelector('wsis-footer') as WsisFooter;
  const shadow = el.shadowRoot!;
  return {
    root,
    el,
    shadow,
    top: shadow.querySelector<HTMLAnchorElement>('[part~="top-link"]')!,
    banner: root.querySelector('header')!,
  };
}

describe('wsis-footer', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  itInEveryLocale('has no axe violations and localized text and dates', async (code) => {
    const { shadow } = await page();
    expect(shadow.querySelector('[part~="top-link"]')!.textContent!.trim()).to.equal(TOP[code]);
    const copyright = shadow.querySelector('[part~="copyright"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(copyright).to.equal(COPYRIGHT[code](ORGANISATION[code], intlYear(code, 2004)));
    expect(shadow.querySelector('[part~="logo-policy"]')!.textContent!.trim()).to.equal(LOGO_POLICY[code]);
    expect(shadow.querySelector('[part~="privacy"]')!.textContent!.trim()).to.equal(PRIVACY[code]);
    const time = shadow.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2004-01-22');
    expect(time.textContent).to.equal(intlDate(code));
    await expectNoAxeViolations();
  });

  itInEveryLocale(
    'writes the date and the year as UN documents do, the text the server renders too',
    async (code) => {
      // The same file tests/node/ssr-api.test.mjs holds the server's render to.
      const { expected } = (await (
        await fetch(new URL('./fixtures/un-dates.json', import.meta.url))
      ).json()) as {
        expected: Record<string, { date: string; year: string }>;
      };
      const { shadow } = await page();
      expect(shadow.querySelector('time')!.textContent).to.equal(expected[code].date);
      const copyright = shadow.querySelector('[part~="copyright"]')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(copyright).to.equal(COPYRIGHT[code](ORGANISATION[code], expected[code].year));
    },
  );

  it('is the one contentinfo landmark, in the DOM and in the accessibility tree', async () => {
    const { el, shadow } = await page();
    // A default role in ElementInternals (the server renders it too); no attribute to override the site's.
    expect((el as unknown as { internals: ElementInternals }).internals.role).to.equal('contentinfo');
    expect(el.hasAttribute('role')).to.be.false;
    expect(shadow.querySelector('footer, [role]')).to.be.null;
    expect(await ariaQuery('contentinfo')).to.deep.equal(['wsis-footer']);
    // The site's slotted links sit inside the landmark in the flat tree.
    expect(await ariaQuery('navigation', 'Site')).to.deep.equal(['nav']);
    expect(el.querySelector('nav')!.assignedSlot).to.not.be.null;
  });

  it('adds no second landmark inside a site footer, and keeps a role the site set', async () => {
    const inFooter = await page(
      html`<footer><wsis-footer logo-policy-href="/l" privacy-href="/p"></wsis-footer></footer>`,
    );
    expect((inFooter.el as unknown as { internals: ElementInternals }).internals.role).to.equal(null);
    expect(await ariaQuery('contentinfo')).to.deep.equal(['footer']);
    await expectNoAxeViolations();
    const own = await page(html`<wsis-footer role="group" aria-label="Legal"></wsis-footer>`);
    expect(own.el.getAttribute('role')).to.equal('group');
    own.el.remove();
    document.body.append(own.el);
    expect(own.el.getAttribute('role')).to.equal('group');
    own.el.remove();
  });

  it('"Top" moves focus to the banner with Enter, and cleans up on blur', async () => {
    const { top, banner } = await page();
    expect(top.getAttribute('href')).to.equal('#top');
    top.focus();
    await sendKeys({ press: 'Enter' });
    expect(deepActiveElement()).to.equal(banner);
    expect(banner.getAttribute('tabindex')).to.equal('-1');
    const blurred = oneEvent(banner, 'blur');
    banner.blur();
    await blurred;
    expect(banner.hasAttribute('tabindex')).to.be.false;
  });

  it('"Top" without an element id="top" focuses <body>, so the next Tab starts at the page top', async () => {
    const { messages } = await captureConsole(async () => {
      const { top, banner } = await page();
      banner.removeAttribute('id');
      top.focus();
      await sendKeys({ press: 'Enter' });
      expect(deepActiveElement()).to.equal(document.body);
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(banner.querySelector('a'));
    });
    // The default target missing is no mistake of the site's: nothing to warn about.
    expect(messages).to.deep.equal([]);
  });

  it('follows top-target, and warns when that id is missing', async () => {
    const { messages } = await captureConsole(async () => {
      const { el, top, root } = await page();
      el.topTarget = 'content';
      await el.updateComplete;
      expect(top.getAttribute('href')).to.equal('#content');
      top.click();
      expect(deepActiveElement()).to.equal(document.body);
      root.querySelector('main')!.id = 'content';
      top.click();
      expect(deepActiveElement()).to.equal(root.querySelector('main'));
    });
    // Once, for the click that found no target; not for the one after the id appeared.
    expect(messages.length).to.equal(1);
    expect(messages[0].level).to.equal('warn');
    expect(messages[0].text).to.match(/^<wsis-footer> top-target="content": no element with this id/);
  });

  it('defaults the year to the current year, in the locale digits', async () => {
    const { shadow } = await page(html`<wsis-footer logo-policy-href="/l" privacy-href="/p"></wsis-footer>`);
    expect(shadow.querySelector('[part~="copyright"]')!.textContent).to.contain(
      `© WSIS, ${new Date().getUTCFullYear()}.`,
    );
  });

  it('uses the organisation the site names', async () => {
    const { shadow } = await page(
      html`<wsis-footer org="ITU Council" year="2024" logo-policy-href="/l" privacy-href="/p"></wsis-footer>`,
    );
    expect(shadow.querySelector('[part~="copyright"]')!.textContent).to.contain('© ITU Council, 2024.');
  });

  itInEveryLocale('names ITU or the UN by their short name in the language, from org', async (code) => {
    const { shadow } = await page(
      html`<wsis-footer org="itu" year="2024" logo-policy-href="/l" privacy-href="/p"></wsis-footer>`,
    );
    const short: Record<string, string> = {
      en: 'ITU',
      ar: 'الاتحاد الدولي للاتصالات',
      es: 'UIT',
      fr: 'UIT',
      ru: 'МСЭ',
      'zh-Hans': '国际电联',
    };
    expect(shadow.querySelector('[part=copyright]')!.textContent).to.contain(
      COPYRIGHT[code](short[code], intlYear(code, 2024)),
    );
  });

  it('renders a missing or unsafe link as text, with a warning naming the attribute', async () => {
    const {
      result: { shadow },
      messages,
    } = await captureConsole(() =>
      page(html`<wsis-footer privacy-href="javascript:alert(1)"></wsis-footer>`),
    );
    expect(messages.map((m) => m.level)).to.deep.equal(['warn', 'warn']);
    const texts = messages.map((m) => m.text).sort();
    expect(texts[0]).to.match(/^<wsis-footer> logo-policy-href: missing/);
    expect(texts[1]).to.match(/^<wsis-footer> privacy-href: refused unsafe URL "javascript:alert\(1\)"/);
    expect(shadow.querySelector('[part~="logo-policy"]')!.tagName).to.equal('SPAN');
    expect(shadow.querySelector('[part~="privacy"]')!.tagName).to.equal('SPAN');
    expect(shadow.querySelector('[part~="privacy"]')!.textContent).to.equal('Privacy Notices');
    expect(shadow.querySelector('a[href^="javascript"]')).to.be.null;
  });

  it('warns once for an unsafe link, not again when the language changes', async () => {
    const { useLocale } = await import('./helpers/locales.js');
    const { messages } = await captureConsole(async () => {
      try {
        const { shadow } = await page(
          html`<wsis-footer logo-policy-href="/l" privacy-href="javascript:x"></wsis-footer>`,
        );
        await useLocale('fr');
        await settle();
        expect(shadow.querySelector('[part~="privacy"]')!.textContent).to.equal(PRIVACY.fr);
        expect(shadow.querySelector('[part~="privacy"]')!.tagName).to.equal('SPAN');
      } finally {
        await useLocale('en');
      }
    });
    expect(messages.length).to.equal(1);
    expect(messages[0].level).to.equal('warn');
    expect(messages[0].text).to.match(/^<wsis-footer> privacy-href: refused unsafe URL "javascript:x"/);
  });

  it('leaves out an invalid date with a warning naming the value, and renders the rest', async () => {
    const {
      result: { shadow },
      messages,
    } = await captureConsole(() =>
      page(
        html`<wsis-footer last-updated="2004-02-30" logo-policy-href="/l" privacy-href="/p"></wsis-footer>`,
      ),
    );
    expect(messages.length).to.equal(1);
    expect(messages[0].level).to.equal('warn');
    expect(messages[0].text).to.match(/^<wsis-footer> last-updated="2004-02-30": not a calendar date/);
    expect(shadow.querySelector('time')).to.be.null;
    expect(shadow.querySelector('[part~="top-link"]')).to.not.be.null;
    expect(shadow.querySelector('[part~="privacy"]')!.tagName).to.equal('A');
  });

  it('warns for a year that is not one, and uses the current year', async () => {
    const {
      result: { shadow },
      messages,
    } = await captureConsole(() =>
      page(html`<wsis-footer year="MMIV" logo-policy-href="/l" privacy-href="/p"></wsis-footer>`),
    );
    expect(messages.length).to.equal(1);
    expect(messages[0].level).to.equal('warn');
    expect(messages[0].text).to.match(/^<wsis-footer> year="MMIV": not a year/);
    expect(shadow.querySelector('[part~="copyright"]')!.textContent).to.contain(
      String(new Date().getUTCFullYear()),
    );
  });

  it('gives the link-group wrapper no room when nothing is slotted, with no script deciding it', async () => {
    const { shadow } = await page(html`<wsis-footer logo-policy-href="/l" privacy-href="/p"></wsis-footer>`);
    const groups = shadow.querySelector<HTMLElement>('[part~="groups"]')!;
    expect(groups.getBoundingClientRect().height).to.equal(0);
    expect(groups.hidden, 'never hidden: a server-rendered page shows its links without JavaScript').to.be
      .false;
    expect(groups.querySelector('slot')).to.not.be.null;
    const { shadow: withLinks } = await page();
    const filled = withLinks.querySelector<HTMLElement>('[part~="groups"]')!;
    expect(filled.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  itInEveryLocale('fits 320 px without horizontal scroll', async () => {
    await setViewport({ width: 320, height: 640 });
    await page();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('starts the line from the right in Arabic', async () => {
    const { useLocale } = await import('./helpers/locales.js');
    try {
      await useLocale('ar');
      const { el, top } = await page();
      const host = el.getBoundingClientRect();
      const link = top.getBoundingClientRect();
      // "Top" is the first item: at the inline start, which in Arabic is the right.
      expect(host.right - link.right).to.be.lessThan(40);
      expect(link.left - host.left).to.be.greaterThan(host.width / 2);
    } finally {
      await useLocale('en');
    }
  });

  it('drops navigation when printed (preview class), keeping the legal line', async () => {
    const { el, shadow, top } = await page();
    el.classList.add('wsis-print-preview');
    expect(getComputedStyle(shadow.querySelector('[part~="groups"]')!).display).to.equal('none');
    expect(getComputedStyle(top.closest('li')!).display).to.equal('none');
    expect(getComputedStyle(shadow.querySelector('[part~="copyright"]')!).display).to.not.equal('none');
  });

  it('applies the print rules under @media print too', async function () {
    // Emulating print media needs CDP, which Firefox does not speak; the preview-class test above
    // checks the same rules there.
    if (navigator.userAgent.includes('Firefox')) this.skip();
    const { shadow, top } = await page();
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(shadow.querySelector('[part~="groups"]')!).display).to.equal('none');
      expect(getComputedStyle(top.closest('li')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
