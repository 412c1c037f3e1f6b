import { fixture, html, expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/breadcrumb/wsis-breadcrumb.js';
import type { WsisBreadcrumb, WsisBreadcrumbItem } from '../../src/components/breadcrumb/wsis-breadcrumb.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { itInEveryLocale, settle, useLocale } from './helpers/locales.js';
import { captureConsole } from './helpers/console.js';

const NAME: Record<string, string> = {
  en: 'Breadcrumb',
  ar: 'مسار التنقل',
  es: 'Ruta de navegación',
  fr: 'Fil d’Ariane',
  ru: 'Навигационная цепочка',
  'zh-Hans': '面包屑导航',
};

/** A page as a site writes it: the trail in the light DOM, above the page's heading. */
async function page() {
  const root = await fixture<HTMLDivElement>(html`
    <div>
      <header><p>World Summit on the Information Society</p></header>
      <main>
        <wsis-breadcrumb>
          <ol lang="en">
            <li><a href="/">Home</a></li>
            <li><a href="/geneva">First phase: Geneva</a></li>
            <li><a href="/geneva/declaration">Declaration of Principles</a></li>
          </ol>
        </wsis-breadcrumb>
        <h1>Declaration of Principles</h1>
      </main>
    </div>
  `);
  const crumb = root.querySelector('wsis-breadcrumb') as WsisBreadcrumb;
  await settle(root);
  return { root, crumb, ...parts(crumb) };
}

function parts(crumb: WsisBreadcrumb) {
  const sr = crumb.shadowRoot!;
  return {
    sr,
    landmark: sr.querySelector('nav')!,
    items: () => Array.from(sr.querySelectorAll('li')),
    links: () => Array.from(sr.querySelectorAll('a')),
    separators: () => Array.from(sr.querySelectorAll<SVGElement>('[part~="separator"]')),
  };
}

describe('wsis-breadcrumb', () => {
  beforeEach(async () => {
    await setViewport({ width: 1024, height: 768 });
  });

  itInEveryLocale('has no axe violations and a localized landmark name', async (code) => {
    const { landmark } = await page();
    expect(landmark.getAttribute('aria-label')).to.equal(NAME[code]);
    await expectNoAxeViolations();
  });

  it('is an ordered list ending in the current page, with decorative separators', async () => {
    const { sr, items, links, separators, crumb } = await page();
    expect(sr.querySelector('nav > ol')).to.not.equal(null);
    expect(items().length).to.equal(3);
    expect(links().map((a) => a.getAttribute('aria-current'))).to.deep.equal([null, null, 'page']);
    expect(separators().length).to.equal(2);
    for (const s of separators()) expect(s.getAttribute('aria-hidden')).to.equal('true');
    // Nothing but the labels reaches the accessibility tree's text.
    expect(items().map((li) => li.textContent!.trim())).to.deep.equal([
      'Home',
      'First phase: Geneva',
      'Declaration of Principles',
    ]);
    // The site's links stay in the light DOM, hidden behind the enhanced copy.
    expect(crumb.querySelectorAll('a').length).to.equal(3);
    expect(crumb.querySelector('a')!.getClientRects().length).to.equal(0);
    expect(links()[0].lang).to.equal('en');
  });

  it('accepts a current page written as text, and a label override', async () => {
    const crumb = await fixture<WsisBreadcrumb>(html`
      <wsis-breadcrumb label="You are here">
        <ol>
          <li><a href="/">Home</a></li>
          <li>Newsroom</li>
        </ol>
      </wsis-breadcrumb>
    `);
    await settle(crumb);
    const { sr, landmark } = parts(crumb);
    expect(landmark.getAttribute('aria-label')).to.equal('You are here');
    const current = sr.querySelector('[aria-current="page"]')!;
    expect(current.localName).to.equal('span');
    expect(current.textContent).to.equal('Newsroom');
  });

  it('shows its content as it is, with a warning, when it finds no links in it', async () => {
    const { result: crumb, messages } = await captureConsole(async () => {
      const el = await fixture<WsisBreadcrumb>(html`<wsis-breadcrumb><p>Home</p></wsis-breadcrumb>`);
      await settle(el);
      return el;
    });
    const { landmark, sr } = parts(crumb);
    expect(landmark.hidden).to.be.true;
    expect(sr.querySelector('slot')!.hidden).to.be.false;
    expect(crumb.querySelector('p')!.getClientRects().length).to.be.greaterThan(0);
    expect(messages.length).to.equal(1);
    expect(messages[0].level).to.equal('warn');
    expect(messages[0].text).to.match(/^<wsis-breadcrumb>: found no links in its content/);
  });

  it('runs right to left in Arabic, with the separators pointing the other way', async () => {
    const { links: ltrLinks, separators: ltrSeparators } = await page();
    expect(ltrLinks()[0].getBoundingClientRect().left).to.be.lessThan(
      ltrLinks()[1].getBoundingClientRect().left,
    );
    expect(getComputedStyle(ltrSeparators()[0]).transform).to.equal('none');
    await useLocale('ar');
    try {
      const { links, separators } = await page();
      const [home, geneva] = links();
      expect(home.getBoundingClientRect().left).to.be.greaterThan(geneva.getBoundingClientRect().left);
      // The separator sits between them and is mirrored.
      const sep = separators()[0].getBoundingClientRect();
      expect(sep.left).to.be.at.least(geneva.getBoundingClientRect().right - 1);
      expect(sep.right).to.be.at.most(home.getBoundingClientRect().left + 1);
      expect(getComputedStyle(separators()[0]).transform).to.not.equal('none');
    } finally {
      await useLocale('en');
    }
  });

  it('wraps a long trail at 320 px without horizontal scroll', async () => {
    await setViewport({ width: 320, height: 640 });
    const items: WsisBreadcrumbItem[] = [
      { label: 'Главная', href: '/' },
      { label: 'Второй этап: Тунис', href: '/tunis' },
      { label: 'Тунисская программа для информационного общества', href: '/tunis/agenda' },
    ];
    const crumb = await fixture<WsisBreadcrumb>(html`<wsis-breadcrumb .items=${items}></wsis-breadcrumb>`);
    await settle(crumb);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const a of parts(crumb).links()) expect(a.getBoundingClientRect().right).to.be.at.most(320);
  });

  it('reports bad data naming the element and the item, refuses unsafe URLs, renders the rest', async () => {
    const { result: crumb, messages } = await captureConsole(async () => {
      const items = [
        { label: 'Home', href: '/' },
        { label: 'No href' },
        { label: 'Script', href: 'javascript:alert(1)' },
        { href: '/x' },
        { label: 'Data', href: 'data:text/html,hi' },
        { label: 'Here' },
      ] as WsisBreadcrumbItem[];
      const el = await fixture<WsisBreadcrumb>(html`<wsis-breadcrumb .items=${items}></wsis-breadcrumb>`);
      await settle(el);
      return el;
    });
    const { links, items } = parts(crumb);
    expect(items().map((li) => li.textContent!.trim())).to.deep.equal(['Home', 'Script', 'Data', 'Here']);
    expect(links().map((a) => a.getAttribute('href'))).to.deep.equal(['/']);
    expect(items().at(-1)!.querySelector('[aria-current="page"]')).to.not.equal(null);
    // Data that cannot be used is an error; a URL refused for safety is a warning.
    expect(messages.map((m) => m.level)).to.deep.equal(['error', 'warn', 'error', 'warn']);
    const [noHref, script, noLabel, data] = messages.map((m) => m.text);
    expect(noHref).to.match(/^<wsis-breadcrumb> items\[1\]: missing "href"/);
    expect(script).to.match(
      /^<wsis-breadcrumb> items\[2\]\.href: refused unsafe URL "javascript:alert\(1\)"/,
    );
    expect(noLabel).to.match(/^<wsis-breadcrumb> items\[3\]: missing "label"/);
    expect(data).to.match(/^<wsis-breadcrumb> items\[4\]\.href: refused unsafe URL "data:text\/html,hi"/);

    const notArray = await captureConsole(async () => {
      crumb.items = 'Home > Geneva' as unknown as WsisBreadcrumbItem[];
      await settle(crumb);
    });
    expect(notArray.messages.length).to.equal(1);
    expect(notArray.errors.length).to.equal(1);
    expect(notArray.errors[0]).to.match(/^<wsis-breadcrumb> items: expected an array/);
  });
});
