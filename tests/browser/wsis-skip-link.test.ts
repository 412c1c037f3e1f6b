import { fixture, html, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/skip-link/wsis-skip-link.js';
import type { WsisSkipLink } from '../../src/components/skip-link/wsis-skip-link.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { itInEveryLocale, settle } from './helpers/locales.js';
import { captureConsole } from './helpers/console.js';
import { deepActiveElement } from './helpers/focus.js';

const EXPECTED_LABEL: Record<string, string> = {
  en: 'Skip to main content',
  ar: 'الانتقال إلى المحتوى الرئيسي',
  es: 'Saltar al contenido principal',
  fr: 'Aller au contenu principal',
  ru: 'Перейти к основному содержанию',
  'zh-Hans': '跳至主要内容',
};

/** A page as a site would write it: the skip link first, then a banner, then the main content. */
async function page(target = 'main') {
  const root = await fixture<HTMLDivElement>(html`
    <div>
      <wsis-skip-link target=${target}></wsis-skip-link>
      <header><a href="#home">WSIS</a></header>
      <main id="main">
        <h1>World Summit on the Information Society</h1>
        <p>Content</p>
      </main>
    </div>
  `);
  const skip = root.querySelector('wsis-skip-link') as WsisSkipLink;
  await settle(root);
  return { root, skip, link: skip.shadowRoot!.querySelector('a')!, main: root.querySelector('main')! };
}

describe('wsis-skip-link', () => {
  itInEveryLocale('has no axe violations and the localized label', async (code) => {
    const { link } = await page();
    expect(link.textContent!.trim()).to.equal(EXPECTED_LABEL[code]);
    await expectNoAxeViolations();
  });

  it('is visually hidden until it has focus, then shown', async () => {
    const { link } = await page();
    expect(link.getBoundingClientRect().width).to.be.at.most(1);
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(link);
    const box = link.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(50);
    expect(box.height).to.be.greaterThan(20);
    expect(getComputedStyle(link).outlineStyle).to.equal('solid');
  });

  it('moves focus to a target that is not focusable with Enter, and cleans up on blur', async () => {
    const { main, link } = await page();
    expect(main.hasAttribute('tabindex')).to.be.false;
    link.focus();
    await sendKeys({ press: 'Enter' });
    expect(deepActiveElement()).to.equal(main);
    expect(main.getAttribute('tabindex')).to.equal('-1');
    const blurred = oneEvent(main, 'blur');
    main.blur();
    await blurred;
    expect(main.hasAttribute('tabindex')).to.be.false;
  });

  it('keeps a tabindex the site set', async () => {
    const { main, link } = await page();
    main.setAttribute('tabindex', '0');
    link.click();
    expect(deepActiveElement()).to.equal(main);
    main.blur();
    expect(main.getAttribute('tabindex')).to.equal('0');
  });

  it('follows the target attribute', async () => {
    const root = await fixture<HTMLDivElement>(html`
      <div>
        <wsis-skip-link target="content"></wsis-skip-link>
        <main><div id="content">Here</div></main>
      </div>
    `);
    await settle(root);
    const link = root.querySelector('wsis-skip-link')!.shadowRoot!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('#content');
    link.click();
    expect(deepActiveElement()).to.equal(root.querySelector('#content'));
  });

  it('warns, naming the id, when the target is missing, and still renders the link', async () => {
    const {
      result: { link },
      messages,
    } = await captureConsole(async (seen) => {
      const ctx = await page('nowhere');
      await waitUntil(() => seen.messages.length > 0, 'no warning about the missing target');
      return ctx;
    });
    expect(link.textContent!.trim()).to.equal('Skip to main content');
    expect(messages.length).to.equal(1);
    expect(messages[0].level).to.equal('warn');
    expect(messages[0].text).to.match(/^<wsis-skip-link> target="nowhere": no element with this id/);
  });

  it('lets the site replace the text through the default slot', async () => {
    const root = await fixture<HTMLElement>(html`<wsis-skip-link>Aller au message</wsis-skip-link>`);
    expect(root.textContent!.trim()).to.equal('Aller au message');
    const slot = root.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedNodes().length).to.equal(1);
  });
});
