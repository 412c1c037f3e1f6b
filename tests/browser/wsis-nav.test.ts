import { fixture, html, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/nav/wsis-nav.js';
import type { WsisNav, WsisNavItem } from '../../src/components/nav/wsis-nav.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { itInEveryLocale, settle, useLocale } from './helpers/locales.js';
import { captureConsole } from './helpers/console.js';
import { deepActiveElement } from './helpers/focus.js';
import { ariaMatches } from './helpers/aria.js';

const NAME: Record<string, string> = {
  en: 'Main',
  ar: 'القائمة الرئيسية',
  es: 'Principal',
  fr: 'Principale',
  ru: 'Основная',
  'zh-Hans': '主导航',
};
const MENU: Record<string, string> = {
  en: 'Menu',
  ar: 'القائمة',
  es: 'Menú',
  fr: 'Menu',
  ru: 'Меню',
  'zh-Hans': '菜单',
};

/** The group button's name: the section name quoted as each language quotes a title, never declined. */
const SUBPAGES: Record<string, (label: string) => string> = {
  en: (l) => `Sub-pages of ${l}`,
  ar: (l) => `الصفحات الفرعية لقسم "${l}"`,
  es: (l) => `Subpáginas de la sección “${l}”`,
  fr: (l) => `Sous-pages de la rubrique «\u00a0${l}\u00a0»`,
  ru: (l) => `Подстраницы раздела «${l}»`,
  'zh-Hans': (l) => `“${l}”的子页面`,
};

/** The original page's bar, as a site writes it: plain links, two phases with their sub-pages. */
async function page() {
  const root = await fixture<HTMLDivElement>(html`
    <div>
      <header>
        <p><a href="#top" id="logo">WSIS</a>, World Summit on the Information Society</p>
        <wsis-nav>
          <ul lang="en">
            <li><a href="/basic">Basic information</a></li>
            <li>
              <a href="/geneva">First phase: Geneva</a>
              <ul>
                <li><a href="/geneva/declaration">Declaration of Principles</a></li>
                <li><a href="/geneva/plan">Plan of Action</a></li>
              </ul>
            </li>
            <li>
              <a href="/tunis">Second phase: Tunis</a>
              <ul>
                <li><a href="/tunis/commitment">Tunis Commitment</a></li>
                <li><a href="/tunis/agenda">Tunis Agenda for the Information Society</a></li>
              </ul>
            </li>
            <li><a href="/stocktaking">Stocktaking</a></li>
            <li><a href="/newsroom" aria-current="page">Newsroom</a></li>
            <li><a href="/links">Links</a></li>
          </ul>
        </wsis-nav>
      </header>
      <main>
        <h1>Message from the Secretary-General of ITU</h1>
        <p><a href="#more">Read more</a></p>
      </main>
    </div>
  `);
  const nav = root.querySelector('wsis-nav') as WsisNav;
  await settle(root);
  return { root, nav, ...parts(nav) };
}

function parts(nav: WsisNav) {
  const sr = nav.shadowRoot!;
  return {
    sr,
    landmark: sr.querySelector('nav')!,
    menuButton: sr.querySelector<HTMLButtonElement>('[part~="menu-button"]')!,
    list: sr.querySelector<HTMLUListElement>('[part~="list"]')!,
    links: () => Array.from(sr.querySelectorAll<HTMLAnchorElement>('a')),
    toggles: () => Array.from(sr.querySelectorAll<HTMLButtonElement>('[part~="toggle"]')),
    /** The element a button says it controls (`aria-controls`), in the same shadow root. */
    controlled: (button: Element) => sr.getElementById(button.getAttribute('aria-controls') ?? '')!,
  };
}

function texts(root: ParentNode, selector = 'a'): (string | null)[] {
  return Array.from(root.querySelectorAll(selector)).map((el) => el.textContent);
}

function visible(el: Element): boolean {
  return el.getClientRects().length > 0;
}

describe('wsis-nav', () => {
  beforeEach(async () => {
    await setViewport({ width: 1024, height: 768 });
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`attaches each group's chevron to its own link, well apart from the next one (${dir})`, async () => {
      document.documentElement.dir = dir;
      try {
        const { toggles } = await page();
        for (const toggle of toggles()) {
          const link = toggle.previousElementSibling!.getBoundingClientRect();
          const chevron = toggle.querySelector('svg')!.getBoundingClientRect();
          const next = toggle.closest('li')!.nextElementSibling!.querySelector('a')!.getBoundingClientRect();
          // The distances along the line, from the link to its chevron and from the chevron on.
          const toLink = dir === 'ltr' ? chevron.left - link.right : link.left - chevron.right;
          const toNext = dir === 'ltr' ? next.left - chevron.right : chevron.left - next.right;
          expect(toLink, 'chevron beside its link').to.be.within(0, 8);
          // Within half a pixel: Firefox lays out in sixtieths of a pixel, so 24 can come out as 23.99998.
          expect(toNext, 'then a clear gap before the next link').to.be.at.least(3 * toLink + 12 - 0.5);
          // The button is still a 24 px target at least (WCAG 2.5.8).
          const target = toggle.getBoundingClientRect();
          expect(Math.min(target.width, target.height)).to.be.at.least(24);
        }
      } finally {
        document.documentElement.dir = 'ltr';
      }
    });
  }

  itInEveryLocale('has no axe violations, closed and open, with a localized landmark name', async (code) => {
    const { landmark, toggles, menuButton } = await page();
    expect(landmark.getAttribute('aria-label')).to.equal(NAME[code]);
    expect(menuButton.textContent!.trim()).to.equal(MENU[code]);
    await expectNoAxeViolations();
    toggles()[0].click();
    await settle();
    await expectNoAxeViolations();
  });

  itInEveryLocale('has no axe violations at 320 px with the menu open', async (code) => {
    await setViewport({ width: 320, height: 640 });
    const { menuButton } = await page();
    menuButton.click();
    await settle();
    await expectNoAxeViolations();
    expect(document.documentElement.scrollWidth, code).to.be.at.most(320);
  });

  it('renders the site’s links, keeps them in the light DOM, and hides them without removing the slot', async () => {
    const { nav, links, sr } = await page();
    expect(links().map((a) => a.getAttribute('href'))).to.deep.equal([
      '/basic',
      '/geneva',
      '/geneva/declaration',
      '/geneva/plan',
      '/tunis',
      '/tunis/commitment',
      '/tunis/agenda',
      '/stocktaking',
      '/newsroom',
      '/links',
    ]);
    expect(nav.querySelectorAll('a').length).to.equal(10);
    const slot = sr.querySelector('slot')!;
    expect(slot.assignedElements().length).to.equal(1);
    expect(visible(nav.querySelector('a')!)).to.be.false;
    // The site's lang on its list reaches the rendered links.
    expect(links()[0].lang).to.equal('en');
  });

  it('follows changes the site makes to its links', async () => {
    const { nav, links } = await page();
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = '/contact';
    a.textContent = 'Contact';
    li.append(a);
    nav.querySelector('ul')!.append(li);
    await waitUntil(() => links().length === 11, 'the added link is never rendered');
    expect(links().at(-1)!.textContent).to.equal('Contact');
    expect(links().at(-1)!.getAttribute('href')).to.equal('/contact');
  });

  it('marks the current page with aria-current and a cue that is not colour alone', async () => {
    const { links } = await page();
    const current = links().filter((a) => a.getAttribute('aria-current') === 'page');
    expect(current.map((a) => a.textContent)).to.deep.equal(['Newsroom']);
    const other = links()[0];
    const cs = getComputedStyle(current[0]);
    expect(Number(cs.fontWeight)).to.be.at.least(700);
    expect(cs.borderBottomWidth).to.equal('4px');
    expect(cs.borderBottomColor).to.not.equal(getComputedStyle(other).borderBottomColor);
    expect(Number(getComputedStyle(other).fontWeight)).to.be.below(700);
  });

  it('walks by keyboard: Tab, Enter and Space on a group, Escape returns focus', async () => {
    const { toggles, controlled, links } = await page();
    document.getElementById('logo')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent).to.equal('Basic information');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent).to.equal('First phase: Geneva');
    await sendKeys({ press: 'Tab' });
    const geneva = toggles()[0];
    expect(deepActiveElement()).to.equal(geneva);
    expect(geneva.getAttribute('aria-expanded')).to.equal('false');
    // The button controls the group's list of sub-pages.
    const panel = controlled(geneva);
    expect(panel.matches('[part~="submenu"]')).to.be.true;
    expect(texts(panel)).to.deep.equal(['Declaration of Principles', 'Plan of Action']);
    expect(visible(panel)).to.be.false;

    await sendKeys({ press: 'Enter' });
    await settle();
    expect(geneva.getAttribute('aria-expanded')).to.equal('true');
    expect(visible(panel)).to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent).to.equal('Declaration of Principles');
    await sendKeys({ press: 'Escape' });
    await settle();
    expect(deepActiveElement()).to.equal(geneva);
    expect(geneva.getAttribute('aria-expanded')).to.equal('false');
    expect(visible(panel)).to.be.false;

    await sendKeys({ press: ' ' });
    await settle();
    expect(geneva.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: ' ' });
    await settle();
    expect(geneva.getAttribute('aria-expanded')).to.equal('false');

    // Closed panels are out of the tab order: the next stop is the next top-level link.
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent).to.equal('Second phase: Tunis');
    expect(links().length).to.equal(10);
  });

  it('closes a group when focus or a click leaves it, and keeps one group open at a time', async () => {
    const { toggles, links } = await page();
    const [geneva, tunis] = toggles();
    geneva.click();
    await settle();
    tunis.click();
    await settle();
    expect(geneva.getAttribute('aria-expanded')).to.equal('false');
    expect(tunis.getAttribute('aria-expanded')).to.equal('true');
    tunis.focus();
    links()
      .find((a) => a.textContent === 'Stocktaking')!
      .focus();
    await settle();
    expect(tunis.getAttribute('aria-expanded')).to.equal('false');
    tunis.click();
    await settle();
    document.querySelector('h1')!.click();
    await settle();
    expect(tunis.getAttribute('aria-expanded')).to.equal('false');
  });

  itInEveryLocale(
    'names the group buttons after their link, quoted, in the link’s own language',
    async (code) => {
      const { toggles } = await page();
      const name = toggles()[0]
        .textContent!.replace(/[ \t\n]+/g, ' ')
        .trim();
      expect(name).to.equal(SUBPAGES[code]('First phase: Geneva'));
      // The site marked its list lang="en": the link text keeps that language inside the name.
      const label = toggles()[0].querySelector('.visually-hidden [lang]')!;
      expect(label.getAttribute('lang')).to.equal('en');
      expect(label.textContent).to.equal('First phase: Geneva');
      await expectNoAxeViolations();
    },
  );

  it('names the group buttons after their link, in the current language', async () => {
    const { toggles } = await page();
    expect(toggles()[0].textContent!.trim()).to.equal('Sub-pages of First phase: Geneva');
    await useLocale('fr');
    try {
      await settle();
      expect(toggles()[1].textContent!.trim()).to.equal(
        'Sous-pages de la rubrique «\u00a0Second phase: Tunis\u00a0»',
      );
    } finally {
      await useLocale('en');
    }
  });

  describe('at 320 px', () => {
    beforeEach(async () => {
      await setViewport({ width: 320, height: 640 });
    });

    it('folds the list behind a Menu button that Escape closes, returning focus, without a trap', async () => {
      const { menuButton, list, controlled } = await page();
      expect(visible(menuButton)).to.be.true;
      expect(visible(list)).to.be.false;
      expect(controlled(menuButton)).to.equal(list);
      expect(menuButton.getAttribute('aria-expanded')).to.equal('false');

      document.getElementById('logo')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(menuButton);
      await sendKeys({ press: 'Enter' });
      await settle();
      expect(menuButton.getAttribute('aria-expanded')).to.equal('true');
      expect(visible(list)).to.be.true;
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.textContent).to.equal('Basic information');
      await sendKeys({ press: 'Escape' });
      await settle();
      expect(deepActiveElement()).to.equal(menuButton);
      expect(menuButton.getAttribute('aria-expanded')).to.equal('false');
      expect(visible(list)).to.be.false;

      // Open again and Tab through everything: focus leaves the nav for the page's next link.
      await sendKeys({ press: ' ' });
      await settle();
      for (let i = 0; i < 9; i++) await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.textContent).to.equal('Read more');
    });

    it('opens groups in place inside the menu', async () => {
      const { menuButton, toggles, controlled } = await page();
      menuButton.click();
      await settle();
      toggles()[0].click();
      await settle();
      const panel = controlled(toggles()[0]);
      expect(getComputedStyle(panel).position).to.equal('static');
      expect(visible(panel)).to.be.true;
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('keeps the menu open across a change of locale', async () => {
      const { menuButton, list } = await page();
      menuButton.click();
      await settle();
      await useLocale('ru');
      try {
        await settle();
        expect(menuButton.textContent!.trim()).to.equal('Меню');
        expect(menuButton.getAttribute('aria-expanded')).to.equal('true');
        expect(visible(list)).to.be.true;
      } finally {
        await useLocale('en');
      }
    });

    it('wraps long Russian and French labels without horizontal scroll', async () => {
      const long: WsisNavItem[] = [
        { label: 'Всемирная встреча на высшем уровне по вопросам информационного общества', href: '/ru' },
        { label: 'Sommet mondial sur la société de l’information : deuxième phase, Tunis', href: '/fr' },
        { label: 'Межучрежденческаягруппапоинформационномуобществу', href: '/x' },
      ];
      const root = await fixture<HTMLElement>(html`<header><wsis-nav .items=${long}></wsis-nav></header>`);
      await settle(root);
      const nav = root.querySelector('wsis-nav')!;
      const { menuButton, links } = parts(nav);
      menuButton.click();
      await settle();
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const a of links()) expect(a.getBoundingClientRect().right).to.be.at.most(320);
      expect(links()[0].getBoundingClientRect().height).to.be.greaterThan(30);
    });
  });

  it('mirrors the bar in Arabic', async () => {
    await useLocale('ar');
    try {
      const { links, toggles, controlled } = await page();
      const [basic, geneva] = links();
      expect(basic.getBoundingClientRect().left).to.be.greaterThan(geneva.getBoundingClientRect().left);
      // The toggle sits after its link in reading order, so to its left; the panel hangs from the right.
      const toggle = toggles()[0];
      expect(toggle.getBoundingClientRect().right).to.be.at.most(geneva.getBoundingClientRect().left + 1);
      toggle.click();
      await settle();
      const item = toggle.closest('li')!.getBoundingClientRect();
      const panel = controlled(toggle).getBoundingClientRect();
      expect(Math.abs(panel.right - item.right)).to.be.below(2);
    } finally {
      await useLocale('en');
    }
  });

  it('renders items given as data, and marks the current one', async () => {
    const items: WsisNavItem[] = [
      { label: 'Basic information', href: '/basic' },
      { label: 'Geneva', children: [{ label: 'Declaration', href: '/geneva/declaration', current: true }] },
    ];
    const nav = await fixture<WsisNav>(html`<wsis-nav .items=${items}></wsis-nav>`);
    await settle(nav);
    const { links, toggles } = parts(nav);
    expect(links().map((a) => a.textContent)).to.deep.equal(['Basic information', 'Declaration']);
    // A group without a link of its own is a button that carries its label.
    expect(toggles()[0].textContent!.trim()).to.equal('Geneva');
    expect(links()[1].getAttribute('aria-current')).to.equal('page');
  });

  it('reports malformed data naming the element and the item, and renders the valid items', async () => {
    const {
      result: nav,
      warnings,
      errors,
    } = await captureConsole(async () => {
      const items = [
        { label: 'Good', href: '/good' },
        { href: '/no-label' },
        { label: 'No href' },
        'oops',
        { label: 'Group', href: '/g', children: [{ label: 'Child', href: '/g/c' }, { label: '' }] },
      ] as unknown as WsisNavItem[];
      const el = await fixture<WsisNav>(html`<wsis-nav .items=${items}></wsis-nav>`);
      await settle(el);
      return el;
    });
    expect(
      parts(nav)
        .links()
        .map((a) => a.textContent),
    ).to.deep.equal(['Good', 'Group', 'Child']);
    expect(warnings).to.deep.equal([]);
    expect(errors.length).to.equal(4);
    expect(errors[0])
      .to.match(/^<wsis-nav> items\[1\]: missing "label"/)
      .and.contain('/no-label');
    expect(errors[1])
      .to.match(/^<wsis-nav> items\[2\]: missing "href"/)
      .and.contain('No href');
    expect(errors[2])
      .to.match(/^<wsis-nav> items\[3\]: expected an object/)
      .and.contain('oops');
    expect(errors[3]).to.match(/^<wsis-nav> items\[4\]\.children\[1\]: missing "label"/);

    const notArray = await captureConsole(async () => {
      nav.items = { label: 'x' } as unknown as WsisNavItem[];
      await settle(nav);
    });
    expect(notArray.warnings).to.deep.equal([]);
    expect(notArray.errors.length).to.equal(1);
    expect(notArray.errors[0]).to.match(/^<wsis-nav> items: expected an array/);
    expect(parts(nav).links().length).to.equal(0);
  });

  it('never lets an unsafe URL reach an href, from data or from the light DOM', async () => {
    let nav!: WsisNav;
    let fromLight!: WsisNav;
    const { warnings, errors } = await captureConsole(async () => {
      const items: WsisNavItem[] = [
        { label: 'Script', href: 'javascript:alert(1)' },
        { label: 'Data', href: 'data:text/html,<script>alert(1)</script>' },
        { label: 'VB', href: ' VBScript:msgbox(1)' },
        { label: 'Tab', href: 'java\tscript:alert(1)' },
        { label: 'Fine', href: 'https://www.itu.int/net/wsis/' },
      ];
      nav = await fixture<WsisNav>(html`<wsis-nav .items=${items}></wsis-nav>`);
      // A site's own markup can carry a bad link too (bound here only to get it past the linter).
      const bad = 'javascript:alert(1)';
      fromLight = await fixture<WsisNav>(
        html`<wsis-nav label="Footer"><a href=${bad}>Bad</a><a href="/ok">OK</a></wsis-nav>`,
      );
      await settle();
    });
    for (const el of [nav, fromLight]) {
      for (const a of el.shadowRoot!.querySelectorAll('a')) {
        expect(a.getAttribute('href')).to.match(/^(https:|\/)/);
      }
    }
    expect(parts(nav).links().length).to.equal(1);
    // The label stays as text so the reader still sees the item.
    expect(nav.shadowRoot!.textContent).to.contain('Script');
    expect(errors).to.deep.equal([]);
    expect(warnings.length).to.equal(5);
    const refused = [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      ' VBScript:msgbox(1)',
      'java\tscript:alert(1)',
    ];
    refused.forEach((url, i) => {
      expect(warnings[i]).to.match(/^<wsis-nav> items\[\d\]\.href: refused unsafe URL/);
      // The value is shown as JSON, so an invisible character in it can be seen.
      expect(warnings[i]).to.contain(JSON.stringify(url));
    });
    expect(warnings[4]).to.match(
      /^<wsis-nav> light DOM\[0\]\.href: refused unsafe URL "javascript:alert\(1\)"/,
    );
  });

  it('renders 200 items that stay usable', async () => {
    const items: WsisNavItem[] = Array.from({ length: 200 }, (_, i) => ({
      label: `Page ${i + 1}`,
      href: `/p/${i + 1}`,
      children: i % 10 === 0 ? [{ label: `Sub ${i + 1}`, href: `/p/${i + 1}/sub` }] : undefined,
    }));
    // How fast is a benchmark's business, not a test's: here, that every item renders right.
    const nav = await fixture<WsisNav>(html`<wsis-nav .items=${items}></wsis-nav>`);
    await settle(nav);
    const { links, toggles, controlled } = parts(nav);
    expect(links().map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal(
      items.flatMap((item) => [item, ...(item.children ?? [])].map((i) => [i.label, i.href])),
    );
    expect(toggles().length).to.equal(20);
    const last = toggles().at(-1)!;
    expect(texts(controlled(last))).to.deep.equal(['Sub 191']);
    last.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(last.getAttribute('aria-expanded')).to.equal('true');
    expect(visible(controlled(last))).to.be.true;
    await sendKeys({ press: 'Escape' });
    await settle();
    expect(deepActiveElement()).to.equal(last);
    expect(document.documentElement.scrollWidth).to.be.at.most(1024);
  });

  it('finds the current page from location when asked to', async () => {
    const original = location.href;
    history.replaceState(null, '', '/tunis/agenda/');
    try {
      const items: WsisNavItem[] = [
        { label: 'Geneva', href: '/geneva' },
        { label: 'Tunis', href: '/tunis', children: [{ label: 'Agenda', href: '/tunis/agenda' }] },
      ];
      const plain = await fixture<WsisNav>(html`<wsis-nav .items=${items}></wsis-nav>`);
      const asked = await fixture<WsisNav>(
        html`<wsis-nav current-from-location label="Phases" .items=${items}></wsis-nav>`,
      );
      await settle();
      expect(plain.shadowRoot!.querySelector('[aria-current]')).to.equal(null);
      const current = Array.from(asked.shadowRoot!.querySelectorAll('[aria-current="page"]'));
      expect(current.map((a) => a.textContent)).to.deep.equal(['Agenda']);
      // The group that holds the current page shows a bar under its link; without the attribute, no bar.
      const bar = (nav: WsisNav, label: string) =>
        getComputedStyle(
          parts(nav)
            .links()
            .find((a) => a.textContent === label)!,
        ).borderBottomColor;
      expect(bar(asked, 'Tunis')).to.not.equal(bar(asked, 'Geneva'));
      expect(bar(plain, 'Tunis')).to.equal(bar(plain, 'Geneva'));
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('moves no link when it marks the current page it found from location', async () => {
    const original = location.href;
    history.replaceState(null, '', '/declaration/');
    try {
      const items: WsisNavItem[] = [
        { label: 'Declaration of Principles', href: '/declaration' },
        { label: 'Plan of Action', href: '/plan' },
        { label: 'Tunis Agenda for the Information Society', href: '/agenda' },
      ];
      await setViewport({ width: 1280, height: 800 });
      const nav = document.createElement('wsis-nav') as WsisNav;
      nav.setAttribute('current-from-location', '');
      nav.items = items;
      document.body.append(nav);
      try {
        // The first render is the server's: no current page yet. The address is read after it.
        await nav.updateComplete;
        const boxes = () =>
          parts(nav)
            .links()
            .map((a) => JSON.stringify(a.getBoundingClientRect()));
        const first = boxes();
        expect(nav.shadowRoot!.querySelector('[aria-current]')).to.equal(null);
        await waitUntil(() => nav.shadowRoot!.querySelector('[aria-current="page"]'), 'no current page');
        await settle(nav);
        expect(nav.shadowRoot!.querySelector('[aria-current="page"]')!.textContent).to.equal(items[0]!.label);
        expect(getComputedStyle(nav.shadowRoot!.querySelector('[aria-current="page"]')!).fontWeight).to.equal(
          '700',
        );
        expect(boxes()).to.deep.equal(first);
        // The reserved copy of the label is not read: each link's name is its label, once.
        for (const { label } of items)
          expect(await ariaMatches('link', label, 'wsis-nav'), label).to.have.length(1);
      } finally {
        nav.remove();
      }
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('follows a single-page site: history changes move aria-current', async () => {
    const original = location.href;
    history.replaceState(null, '', '/geneva/');
    try {
      const items: WsisNavItem[] = [
        { label: 'Geneva', href: '/geneva' },
        { label: 'Tunis', href: '/tunis' },
      ];
      const nav = await fixture<WsisNav>(html`<wsis-nav current-from-location .items=${items}></wsis-nav>`);
      const current = () =>
        Array.from(nav.shadowRoot!.querySelectorAll('[aria-current="page"]')).map((a) => a.textContent);
      expect(current()).to.deep.equal(['Geneva']);
      history.pushState(null, '', '/tunis/');
      if ('navigation' in window) {
        // The Navigation API reports pushState itself.
        await waitUntil(() => current()[0] === 'Tunis', 'pushState was not followed');
      }
      // Back and forward: popstate, in every browser.
      const back = oneEvent(window, 'popstate');
      history.back();
      await back;
      await waitUntil(() => current()[0] === 'Geneva', 'history.back() was not followed');
      const forward = oneEvent(window, 'popstate');
      history.forward();
      await forward;
      await waitUntil(() => current()[0] === 'Tunis', 'history.forward() was not followed');
      // Disconnected, it stops listening.
      nav.remove();
      const backAgain = oneEvent(window, 'popstate');
      history.back();
      await backAgain;
      await nav.updateComplete;
      expect(current()).to.deep.equal(['Tunis']);
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('gives two navigations distinct names, and warns when they share one', async () => {
    const { warnings, errors } = await captureConsole(async (seen) => {
      const root = await fixture<HTMLDivElement>(html`
        <div>
          <header>
            <wsis-nav><a href="/a">A</a></wsis-nav>
          </header>
          <main><h1>Page</h1></main>
          <footer>
            <wsis-nav label="Footer"><a href="/b">B</a></wsis-nav>
          </footer>
        </div>
      `);
      await settle(root);
      await expectNoAxeViolations();
      root.querySelectorAll('wsis-nav')[1].remove();
      const second = document.createElement('wsis-nav');
      const link = document.createElement('a');
      link.href = '/b';
      link.textContent = 'B';
      second.append(link);
      root.querySelector('footer')!.append(second);
      await waitUntil(() => seen.warnings.length > 0, 'the shared name is never reported');
      // axe sees the clash too: the check above would have caught it.
      let failure = '';
      await expectNoAxeViolations().catch((e: Error) => (failure = e.message));
      expect(failure).to.contain('landmark-unique');
    });
    expect(errors).to.deep.equal([]);
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.match(
      /^<wsis-nav> label="": another <wsis-nav> on this page is also named "Main"/,
    );
  });

  it('looks through a wrapper the site put around its links', async () => {
    const nav = await fixture<WsisNav>(html`
      <wsis-nav>
        <div class="cms-menu">
          <ul>
            <li><a href="/basic">Basic information</a></li>
            <li><a href="/links">Links</a></li>
          </ul>
        </div>
      </wsis-nav>
    `);
    await settle(nav);
    expect(
      parts(nav)
        .links()
        .map((a) => a.textContent),
    ).to.deep.equal(['Basic information', 'Links']);
  });

  it('shows its content as it is, with a warning, when it finds no links in it', async () => {
    const { result: nav, messages } = await captureConsole(async () => {
      const el = await fixture<WsisNav>(html`<wsis-nav><p>Menu coming soon</p></wsis-nav>`);
      await settle(el);
      return el;
    });
    const { landmark, sr } = parts(nav);
    expect(landmark.hidden).to.be.true;
    expect(sr.querySelector('slot')!.hidden).to.be.false;
    expect(visible(nav.querySelector('p')!)).to.be.true;
    expect(messages.length).to.equal(1);
    expect(messages[0].level).to.equal('warn');
    expect(messages[0].text).to.match(/^<wsis-nav>: found no links in its content/);
  });

  it('turns the chevron only when the reader has not asked for reduced motion', async function () {
    // puppeteer drives Firefox over WebDriver BiDi, which cannot emulate media features yet.
    if (navigator.userAgent.includes('Firefox')) this.skip();
    const { toggles } = await page();
    const chevron = toggles()[0].querySelector('svg')!;
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(chevron).transitionDuration).to.equal('0s');
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(getComputedStyle(chevron).transitionDuration).to.equal('0.15s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
