import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/privacy-notice/wsis-privacy-notice.js';
import {
  WsisPrivacyNotice,
  cookieConsentStorage,
  memoryConsentStorage,
  type WsisConsentStorage,
  type WsisConsentChangeDetail,
} from '../../src/components/privacy-notice/wsis-privacy-notice.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { itInEveryLocale, settle, useLocale } from './helpers/locales.js';
import { captureConsole, captureConsoleSync } from './helpers/console.js';
import { deepActiveElement } from './helpers/focus.js';

/**
 * Every text of the notice in each language, as the second translation review settled them: Arabic
 * without «تم», the verbal noun and the plural address; French «Cookies sur ce site»; Russian
 * «необязательные» throughout and the reader addressed as «вы»; Chinese with one subject and no «我们的».
 */
const NOTICE_TEXT: Record<
  string,
  Record<'title' | 'updated' | 'text' | 'link' | 'accept' | 'reject' | 'accepted' | 'rejected', string>
> = {
  en: {
    title: 'Cookies on this site',
    updated: 'Our privacy notice has changed since you last chose. Please choose again.',
    text: 'We use some essential cookies to make this site work. We would also like to set optional cookies to understand how you use the site and to improve it.',
    link: 'Read our privacy notice',
    accept: 'Accept optional cookies',
    reject: 'Reject optional cookies',
    accepted: 'You have accepted optional cookies. You can change your choice at any time.',
    rejected: 'You have rejected optional cookies. You can change your choice at any time.',
  },
  ar: {
    title: 'ملفات تعريف الارتباط على هذا الموقع',
    updated: 'عُدِّل إشعار الخصوصية منذ اختياركم الأخير. يُرجى الاختيار مجدداً.',
    text: 'يستخدم هذا الموقع بعض ملفات تعريف الارتباط الضرورية لعمله. ونودّ أيضاً وضع ملفات تعريف ارتباط اختيارية لفهم كيفية استخدام الموقع وتحسينه.',
    link: 'الاطلاع على إشعار الخصوصية',
    accept: 'قبول ملفات تعريف الارتباط الاختيارية',
    reject: 'رفض ملفات تعريف الارتباط الاختيارية',
    accepted: 'لقد قبلتم ملفات تعريف الارتباط الاختيارية. ويمكنكم تغيير اختياركم في أي وقت.',
    rejected: 'لقد رفضتم ملفات تعريف الارتباط الاختيارية. ويمكنكم تغيير اختياركم في أي وقت.',
  },
  es: {
    title: 'Cookies en este sitio',
    updated:
      'Nuestro aviso de privacidad ha cambiado desde su última elección. Le rogamos que vuelva a elegir.',
    text: 'Empleamos algunas cookies esenciales para que este sitio funcione. También quisiéramos instalar cookies opcionales para saber cómo se usa el sitio y mejorarlo.',
    link: 'Leer nuestro aviso de privacidad',
    accept: 'Aceptar las cookies opcionales',
    reject: 'Rechazar las cookies opcionales',
    accepted: 'Ha aceptado las cookies opcionales. Puede cambiar su elección en cualquier momento.',
    rejected: 'Ha rechazado las cookies opcionales. Puede cambiar su elección en cualquier momento.',
  },
  fr: {
    title: 'Cookies sur ce site',
    updated:
      'Notre avis de confidentialité a été modifié depuis votre dernier choix. Veuillez refaire votre choix.',
    text: 'Nous utilisons certains cookies essentiels au fonctionnement de ce site. Nous aimerions également déposer des cookies facultatifs afin de comprendre comment vous utilisez le site et de l’améliorer.',
    link: 'Consulter notre avis de confidentialité',
    accept: 'Accepter les cookies facultatifs',
    reject: 'Refuser les cookies facultatifs',
    accepted: 'Vous avez accepté les cookies facultatifs. Vous pouvez modifier votre choix à tout moment.',
    rejected: 'Vous avez refusé les cookies facultatifs. Vous pouvez modifier votre choix à tout moment.',
  },
  ru: {
    title: 'Файлы cookie на этом сайте',
    updated:
      'После вашего последнего выбора уведомление о конфиденциальности было изменено. Просьба сделать выбор повторно.',
    text: 'Для работы этого сайта необходимы отдельные файлы cookie. Кроме того, с вашего согласия будут использоваться необязательные файлы cookie, которые позволяют понять, как используется сайт, и совершенствовать его.',
    link: 'Уведомление о конфиденциальности',
    accept: 'Принять необязательные файлы cookie',
    reject: 'Отклонить необязательные файлы cookie',
    accepted: 'Необязательные файлы cookie приняты. Свой выбор можно изменить в любое время.',
    rejected: 'Необязательные файлы cookie отклонены. Свой выбор можно изменить в любое время.',
  },
  'zh-Hans': {
    title: '本网站的Cookie',
    updated: '自您上次选择以来，隐私声明已有变更。请重新选择。',
    text: '我们使用一些必要的Cookie以确保本网站正常运行。我们还希望设置可选Cookie，以了解您如何使用本网站并加以改进。',
    link: '查阅隐私声明',
    accept: '接受可选Cookie',
    reject: '拒绝可选Cookie',
    accepted: '您已接受可选Cookie。您可以随时更改选择。',
    rejected: '您已拒绝可选Cookie。您可以随时更改选择。',
  },
};

interface PageOptions {
  storage?: WsisConsentStorage;
  version?: string;
  action?: string;
  privacyHref?: string;
  settingsHref?: string;
  submitToServer?: boolean;
}

/** A page as a site writes it: the notice first, then the banner, the main content and a footer. */
async function page(options: PageOptions = {}) {
  const storage = options.storage ?? memoryConsentStorage();
  const root = await fixture<HTMLDivElement>(html`
    <div>
      <wsis-privacy-notice
        .storage=${storage}
        policy-version=${options.version ?? '1'}
        privacy-href=${options.privacyHref ?? '/privacy'}
        settings-href=${options.settingsHref ?? ''}
        action=${options.action ?? ''}
        ?submit-to-server=${options.submitToServer ?? false}
      ></wsis-privacy-notice>
      <header><a href="#home">WSIS</a></header>
      <main>
        <h1>World Summit on the Information Society</h1>
        <p>Message from the Secretary-General of ITU.</p>
      </main>
      <footer><a href="/cookies" data-wsis-privacy-reopen>Cookie settings</a></footer>
    </div>
  `);
  const notice = root.querySelector('wsis-privacy-notice') as WsisPrivacyNotice;
  await settle(root);
  const shadow = notice.shadowRoot!;
  return {
    root,
    notice,
    storage,
    shadow,
    region: shadow.querySelector<HTMLElement>('[part~="region"]')!,
    question: shadow.querySelector<HTMLElement>('[part~="question"]')!,
    confirmation: shadow.querySelector<HTMLElement>('[part~="confirmation"]')!,
    accept: shadow.querySelector<HTMLButtonElement>('[part~="accept"]')!,
    reject: shadow.querySelector<HTMLButtonElement>('[part~="reject"]')!,
  };
}

function throwingStorage(): WsisConsentStorage {
  return {
    read: () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
    write: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
  };
}

function stored(storage: WsisConsentStorage) {
  return JSON.parse(storage.read()!) as Record<string, unknown>;
}

/** A link followed by mistake would unload the test page and hang the run: keep every click here. */
function stayOnThisPage(event: MouseEvent) {
  if (event.composedPath().some((node) => node instanceof HTMLAnchorElement)) event.preventDefault();
}

describe('wsis-privacy-notice', () => {
  // On window, so it runs after the notice's own listener on document has seen the click.
  before(() => window.addEventListener('click', stayOnThisPage));
  after(() => window.removeEventListener('click', stayOnThisPage));
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  itInEveryLocale(
    'has no axe violations before and after the choice, with a localized name',
    async (code) => {
      const { region, shadow, accept, confirmation } = await page({ settingsHref: '/cookies' });
      const labelId = region.getAttribute('aria-labelledby')!;
      expect(shadow.getElementById(labelId)!.textContent!.trim()).to.equal(NOTICE_TEXT[code].title);
      await expectNoAxeViolations();
      accept.click();
      await settle();
      expect(confirmation.hidden).to.be.false;
      await expectNoAxeViolations();
    },
  );

  itInEveryLocale('reads every text in the language, as the translation review settled it', async (code) => {
    const expected = NOTICE_TEXT[code];
    // A reader who chose under an earlier policy: the question says why it asks again.
    const storage = memoryConsentStorage(
      JSON.stringify({ version: '1', decision: 'accepted', date: '2026-01-02T03:04:05.000Z' }),
    );
    const first = await page({ storage, version: '2' });
    const read = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();
    expect(read(first.shadow.querySelector('#title')!)).to.equal(expected.title);
    expect([...first.question.querySelectorAll('p')].map(read)).to.deep.equal([
      expected.updated,
      expected.text,
      expected.link,
    ]);
    expect([read(first.accept), read(first.reject)]).to.deep.equal([expected.accept, expected.reject]);
    first.accept.click();
    await settle();
    expect(read(first.confirmation)).to.contain(expected.accepted);
    const second = await page();
    second.reject.click();
    await settle();
    expect(read(second.confirmation)).to.contain(expected.rejected);
  });

  it('is a named region, not a dialog or a second banner, and does not hide the page', async () => {
    const { region, notice, root } = await page();
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.hasAttribute('aria-modal')).to.be.false;
    expect(notice.shadowRoot!.querySelector('[role="dialog"], [role="banner"], header, dialog')).to.equal(
      null,
    );
    expect(root.querySelector('main')!.hasAttribute('inert')).to.be.false;
    expect(root.querySelector('main')!.getAttribute('aria-hidden')).to.equal(null);
  });

  it('offers two buttons of equal weight and a link to the privacy notice', async () => {
    const { accept, reject, shadow } = await page();
    expect(accept.textContent!.trim()).to.equal('Accept optional cookies');
    expect(reject.textContent!.trim()).to.equal('Reject optional cookies');
    const a = getComputedStyle(accept);
    const r = getComputedStyle(reject);
    for (const prop of ['background-color', 'color', 'font-weight', 'font-size', 'border-style'] as const) {
      expect(r.getPropertyValue(prop), prop).to.equal(a.getPropertyValue(prop));
    }
    const link = shadow.querySelector<HTMLAnchorElement>('[part~="question"] a')!;
    expect(link.getAttribute('href')).to.equal('/privacy');
  });

  it('works with the keyboard only: Tab to accept, Enter, focus on the confirmation, Tab to hide', async () => {
    const { notice, question, confirmation, storage, accept } = await page();
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()!.textContent!.trim()).to.equal('Read our privacy notice');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(accept);
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(question.hidden).to.be.true;
    expect(confirmation.hidden).to.be.false;
    expect(deepActiveElement()).to.equal(confirmation);
    expect(confirmation.getAttribute('tabindex')).to.equal('-1');
    expect(confirmation.textContent).to.contain(
      'You have accepted optional cookies. You can change your choice at any time.',
    );
    expect(notice.decision).to.equal('accepted');
    expect(stored(storage).decision).to.equal('accepted');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()!.textContent!.trim()).to.equal('Change your cookie settings');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(confirmation.querySelector('[part~="hide"]'));
    expect(deepActiveElement()!.textContent!.trim()).to.equal('Hide this message');
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(notice.hidden).to.be.true;
    expect(notice.getBoundingClientRect().height).to.equal(0);
  });

  it('after "Hide this message", moves focus to what follows the notice, and Tab goes on from there', async () => {
    const { root, notice, confirmation } = await page();
    await notice.choose('accepted');
    const hide = confirmation.querySelector<HTMLButtonElement>('[part~="hide"]')!;
    hide.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(notice.hidden).to.be.true;
    // Not <body>: the banner that follows the notice, for as long as it holds focus.
    const banner = root.querySelector('header')!;
    // (Compared by name: chai's message for a wrong element would walk the whole DOM object.)
    expect(document.activeElement?.localName).to.equal('header');
    expect(document.activeElement === banner).to.be.true;
    expect(banner.getAttribute('tabindex')).to.equal('-1');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(root.querySelector('header a'));
    expect(banner.hasAttribute('tabindex')).to.be.false;
  });

  it('after "Hide this message" with nothing after it, moves focus to the main content', async () => {
    const root = await fixture<HTMLDivElement>(html`
      <div>
        <main><h1>WSIS</h1></main>
        <div>
          <wsis-privacy-notice .storage=${memoryConsentStorage()} privacy-href="/p"></wsis-privacy-notice>
        </div>
      </div>
    `);
    await settle(root);
    const notice = root.querySelector('wsis-privacy-notice') as WsisPrivacyNotice;
    await notice.choose('rejected');
    notice.shadowRoot!.querySelector<HTMLButtonElement>('[part~="hide"]')!.click();
    await settle(root);
    expect(document.activeElement?.localName).to.equal('main');
    expect(document.activeElement === root.querySelector('main')).to.be.true;
  });

  it('is left out of print (preview class, and @media print)', async function () {
    const { notice } = await page();
    notice.classList.add('wsis-print-preview');
    expect(getComputedStyle(notice).display).to.equal('none');
    notice.classList.remove('wsis-print-preview');
    expect(getComputedStyle(notice).display).to.not.equal('none');
    // Emulating print media needs CDP, which Firefox does not speak.
    if (navigator.userAgent.includes('Firefox')) return;
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(notice).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('never traps focus: Tab leaves the notice for the page, Shift+Tab comes back', async () => {
    const { reject, root } = await page();
    reject.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(root.querySelector('header a'));
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(deepActiveElement()).to.equal(reject);
  });

  it('ignores Escape: the notice is not a dialog, and no choice is made for the reader', async () => {
    const { accept, notice, question, storage } = await page();
    accept.focus();
    await sendKeys({ press: 'Escape' });
    await settle();
    expect(notice.hidden).to.be.false;
    expect(question.hidden).to.be.false;
    expect(notice.decision).to.equal(null);
    expect(storage.read()).to.equal(null);
    expect(deepActiveElement()).to.equal(accept);
  });

  it('rejects with Space and says so', async () => {
    const { notice, reject, confirmation } = await page();
    reject.focus();
    // ' ' is Space in both browsers; Firefox over WebDriver BiDi knows no key named "Space".
    await sendKeys({ press: ' ' });
    await settle();
    expect(deepActiveElement()).to.equal(confirmation);
    expect(confirmation.textContent).to.contain(
      'You have rejected optional cookies. You can change your choice at any time.',
    );
    expect(notice.decision).to.equal('rejected');
  });

  it('stores {version, decision, date} and remembers it on the next page', async () => {
    const storage = memoryConsentStorage();
    const first = await page({ storage, version: '2026-11' });
    const before = Date.now();
    first.reject.click();
    const record = stored(storage);
    expect(Object.keys(record).sort()).to.deep.equal(['date', 'decision', 'version']);
    expect(record.version).to.equal('2026-11');
    expect(record.decision).to.equal('rejected');
    expect(Date.parse(record.date as string)).to.be.within(before - 1000, Date.now() + 1000);
    expect(record.date).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

    const next = await page({ storage, version: '2026-11' });
    expect(next.notice.hidden).to.be.true;
    expect(next.notice.decision).to.equal('rejected');
  });

  it('asks again, saying why, when the policy version changed', async () => {
    const storage = memoryConsentStorage(
      JSON.stringify({ version: '1', decision: 'accepted', date: '2026-01-02T03:04:05.000Z' }),
    );
    const { notice, question } = await page({ storage, version: '2' });
    expect(notice.hidden).to.be.false;
    expect(question.hidden).to.be.false;
    expect(notice.decision).to.equal(null);
    const why = Array.from(question.querySelectorAll('p')).filter((p) =>
      p.textContent!.includes('Our privacy notice has changed'),
    );
    expect(why.length).to.equal(1);
    expect(WsisPrivacyNotice.readConsent(storage, '2')).to.equal(null);
    expect(WsisPrivacyNotice.readConsent(storage, '1')!.decision).to.equal('accepted');

    notice.policyVersion = '1';
    await settle();
    expect(notice.decision).to.equal('accepted');
    notice.policyVersion = '3';
    await settle();
    expect(notice.decision).to.equal(null);
    expect(notice.hidden).to.be.false;
  });

  it('fires wsis-consent-change, bubbling and composed, with decision, version and date', async () => {
    const { root, accept } = await page({ version: '7' });
    const heard = oneEvent(root, 'wsis-consent-change');
    accept.click();
    const event = (await heard) as CustomEvent<WsisConsentChangeDetail>;
    expect(event.bubbles).to.be.true;
    expect(event.composed).to.be.true;
    expect(event.detail.decision).to.equal('accepted');
    expect(event.detail.version).to.equal('7');
    expect(Number.isNaN(Date.parse(event.detail.date))).to.be.false;
  });

  it('lets a site read the choice before any event, with the element or without it', async () => {
    const storage = memoryConsentStorage(
      JSON.stringify({ version: '1', decision: 'accepted', date: '2026-01-02T03:04:05.000Z' }),
    );
    expect(WsisPrivacyNotice.readConsent(storage)).to.deep.equal({
      version: '1',
      decision: 'accepted',
      date: '2026-01-02T03:04:05.000Z',
    });
    expect(WsisPrivacyNotice.readConsent(memoryConsentStorage())).to.equal(null);
    const notice = document.createElement('wsis-privacy-notice');
    notice.storage = storage;
    expect(notice.decision).to.equal('accepted');
  });

  it('reads the default storage, localStorage, under storage-key', async () => {
    const key = 'wsis-consent-test';
    localStorage.removeItem(key);
    try {
      const root = await fixture<HTMLElement>(
        html`<wsis-privacy-notice storage-key=${key} privacy-href="/privacy"></wsis-privacy-notice>`,
      );
      await settle(root);
      root.shadowRoot!.querySelector<HTMLButtonElement>('[part~="accept"]')!.click();
      expect(JSON.parse(localStorage.getItem(key)!).decision).to.equal('accepted');
      expect(WsisPrivacyNotice.readConsent(undefined, '1')).to.equal(null); // the default key is untouched
    } finally {
      localStorage.removeItem(key);
    }
  });

  it('keeps the choice in a cookie with cookieConsentStorage, the record the server reads and writes', async () => {
    const name = 'wsis-consent-cookie-test';
    const expire = () => (document.cookie = `${name}=; Path=/; Max-Age=0`);
    expire();
    try {
      const storage = cookieConsentStorage(name);
      const ctx = await page({ storage });
      ctx.reject.click();
      await settle();
      const sent = document.cookie.split('; ').find((c) => c.startsWith(`${name}=`))!;
      const record = JSON.parse(decodeURIComponent(sent.slice(name.length + 1))) as WsisConsentChangeDetail;
      expect([record.version, record.decision]).to.deep.equal(['1', 'rejected']);
      // Another page reads it, with the element or before it: one record for server and browser.
      expect(WsisPrivacyNotice.readConsent(cookieConsentStorage(name))).to.deep.equal(record);
      // As the server writes it (answerConsentForm's Set-Cookie, percent-encoded JSON).
      const server = { version: '1', decision: 'accepted', date: '2026-01-01T00:00:00.000Z' };
      document.cookie = `${name}=${encodeURIComponent(JSON.stringify(server))}; Path=/; Max-Age=60; SameSite=Lax`;
      const next = await page({ storage: cookieConsentStorage(name) });
      expect(next.notice.decision).to.equal('accepted');
      expect(next.notice.hidden, 'a returning reader is not asked').to.be.true;
    } finally {
      expire();
    }
  });

  it('a cookie storage with a name that cannot be a cookie: one warning, the choice holds for the page', async () => {
    const { result: ctx, warnings } = await captureConsole(() =>
      page({ storage: cookieConsentStorage('a;b') }),
    );
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      /^<wsis-privacy-notice> storage: could not read .*"a;b" cannot be a cookie name/,
    );
    ctx.accept.click();
    expect(ctx.notice.decision).to.equal('accepted');
    expect(document.cookie).to.not.contain('a;b');
  });

  it('survives a storage that throws: one warning, the choice holds for the page', async () => {
    const events: string[] = [];
    const {
      result: ctx,
      warnings,
      errors,
    } = await captureConsole(async () => {
      const c = await page({ storage: throwingStorage() });
      c.root.addEventListener('wsis-consent-change', (e) => events.push(e.detail.decision));
      c.accept.click();
      await settle();
      return c;
    });
    expect(ctx.question.hidden).to.be.true;
    expect(ctx.confirmation.hidden).to.be.false;
    expect(ctx.notice.decision).to.equal('accepted');
    expect(events).to.deep.equal(['accepted']);
    expect(errors).to.deep.equal([]);
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.match(/^<wsis-privacy-notice> storage:/);
    expect(warnings[0]).to.contain('SecurityError');
    const staticRead = captureConsoleSync(() => WsisPrivacyNotice.readConsent(throwingStorage()));
    expect(staticRead.result).to.equal(null);
    expect(staticRead.errors).to.deep.equal([]);
    expect(staticRead.warnings.length).to.equal(1);
    expect(staticRead.warnings[0]).to.match(/^<wsis-privacy-notice> readConsent\(\):/);
    expect(staticRead.warnings[0]).to.contain('SecurityError');
  });

  it('survives a window.localStorage that throws on access (private mode)', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    let notice!: WsisPrivacyNotice;
    let read: unknown;
    try {
      const { messages } = await captureConsole(async () => {
        const root = await fixture<HTMLElement>(
          html`<main><wsis-privacy-notice privacy-href="/privacy"></wsis-privacy-notice></main>`,
        );
        await settle(root);
        notice = root.querySelector('wsis-privacy-notice')!;
        notice.shadowRoot!.querySelector<HTMLButtonElement>('[part~="reject"]')!.click();
        await settle(root);
        read = WsisPrivacyNotice.readConsent();
      });
      // One warning from the element (however often it touches storage), one from the static read.
      expect(messages.map((m) => m.level)).to.deep.equal(['warn', 'warn']);
      expect(messages[0].text)
        .to.match(/^<wsis-privacy-notice> storage:/)
        .and.contain('SecurityError');
      expect(messages[1].text)
        .to.match(/^<wsis-privacy-notice> readConsent\(\):/)
        .and.contain('SecurityError');
    } finally {
      if (own) Object.defineProperty(window, 'localStorage', own);
      else delete (window as { localStorage?: Storage }).localStorage;
    }
    expect(read).to.equal(null);
    expect(notice.decision).to.equal('rejected');
    expect(notice.shadowRoot!.querySelector<HTMLElement>('[part~="confirmation"]')!.hidden).to.be.false;
    expect(typeof window.localStorage.getItem).to.equal('function');
  });

  for (const garbage of [
    '{not json',
    '[]',
    'null',
    '"accepted"',
    '{"version":"1","decision":"maybe","date":"2026-01-01T00:00:00Z"}',
    '{"version":"1","decision":"accepted","date":"yesterday"}',
    '{"version":1,"decision":"accepted","date":"2026-01-01T00:00:00Z"}',
    '{"decision":"accepted","date":"2026-01-01T00:00:00Z"}',
  ]) {
    it(`treats corrupt data as no decision, with a warning: ${garbage}`, async () => {
      const {
        result: ctx,
        warnings,
        errors,
      } = await captureConsole(() => page({ storage: memoryConsentStorage(garbage) }));
      expect(ctx.notice.hidden).to.be.false;
      expect(ctx.question.hidden).to.be.false;
      expect(ctx.notice.decision).to.equal(null);
      expect(errors).to.deep.equal([]);
      expect(warnings.length).to.equal(1);
      expect(warnings[0]).to.match(/^<wsis-privacy-notice> storage: ignored a stored value/);
      ctx.accept.click();
      expect(stored(ctx.storage).decision).to.equal('accepted');
    });
  }

  it('without JavaScript: a plain form posts name="cookies" value="accept|reject" to action', async () => {
    const { shadow, accept, reject } = await page({ action: '/cookies/consent' });
    const form = shadow.querySelector('form')!;
    expect(form.getAttribute('method')).to.equal('post');
    expect(form.getAttribute('action')).to.equal('/cookies/consent');
    for (const [button, value] of [
      [accept, 'accept'],
      [reject, 'reject'],
    ] as const) {
      expect(button.getAttribute('type')).to.equal('submit');
      expect(button.getAttribute('name')).to.equal('cookies');
      expect(button.getAttribute('value')).to.equal(value);
      expect(button.form).to.equal(form);
    }
  });

  it('with JavaScript, intercepts the submission unless submit-to-server is set', async () => {
    const plain = await page({ action: '/cookies/consent' });
    let submitted = 0;
    plain.shadow.querySelector('form')!.addEventListener('submit', (e) => {
      submitted++;
      e.preventDefault(); // keep the test page
    });
    plain.accept.click();
    expect(submitted).to.equal(0);
    expect(plain.notice.decision).to.equal('accepted');

    const posting = await page({ action: '/cookies/consent', submitToServer: true });
    let submitter: string | undefined;
    posting.shadow.querySelector('form')!.addEventListener('submit', (e) => {
      submitter = (e.submitter as HTMLButtonElement).value;
      e.preventDefault();
    });
    posting.reject.click();
    expect(submitter).to.equal('reject');
    expect(posting.notice.decision).to.equal('rejected');
  });

  it('without action, renders plain buttons that submit nothing', async () => {
    const { shadow, accept } = await page();
    const form = shadow.querySelector('form')!;
    expect(form.hasAttribute('action')).to.be.false;
    expect(form.hasAttribute('method')).to.be.false;
    expect(accept.getAttribute('type')).to.equal('button');
  });

  it('refuses an unsafe action and privacy-href, with warnings naming the attribute', async () => {
    const {
      result: ctx,
      warnings,
      errors,
    } = await captureConsole(() =>
      page({ action: 'javascript:alert(1)', privacyHref: 'javascript:alert(2)' }),
    );
    expect(ctx.shadow.querySelector('form')!.hasAttribute('action')).to.be.false;
    expect(ctx.accept.getAttribute('type')).to.equal('button');
    expect(ctx.shadow.querySelector('[part~="question"] a')).to.equal(null);
    expect(errors).to.deep.equal([]);
    // Each bad value warns once, naming its attribute and the value refused.
    expect(warnings.length, warnings.join('\n')).to.equal(2);
    expect(warnings[0]).to.match(/^<wsis-privacy-notice> action: refused unsafe URL "javascript:alert\(1\)"/);
    expect(warnings[1]).to.match(
      /^<wsis-privacy-notice> privacy-href: refused unsafe URL "javascript:alert\(2\)"/,
    );
    expect(ctx.accept.textContent!.trim()).to.equal('Accept optional cookies');
  });

  it('warns when privacy-href is missing and still asks', async () => {
    const {
      result: root,
      warnings,
      errors,
    } = await captureConsole(async () => {
      const el = await fixture<HTMLElement>(
        html`<wsis-privacy-notice .storage=${memoryConsentStorage()}></wsis-privacy-notice>`,
      );
      await settle(el);
      return el;
    });
    expect(errors).to.deep.equal([]);
    expect(warnings.length, warnings.join('\n')).to.equal(1);
    expect(warnings[0]).to.match(/^<wsis-privacy-notice> privacy-href: missing/);
    expect(root.shadowRoot!.querySelector('[part~="accept"]')).to.not.equal(null);
  });

  it('warns once for each bad value, not again on a change of locale or a choice', async () => {
    const { result: notice, messages } = await captureConsole(async () => {
      const root = await fixture<HTMLElement>(html`
        <div>
          <wsis-privacy-notice
            action="javascript:alert(1)"
            .storage=${memoryConsentStorage()}
          ></wsis-privacy-notice>
          <main><h1>WSIS</h1></main>
        </div>
      `);
      await settle(root);
      const el = root.querySelector('wsis-privacy-notice')!;
      const accept = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="accept"]')!;
      try {
        await useLocale('fr');
        await settle(root);
        expect(accept().textContent!.trim()).to.not.equal('Accept optional cookies');
        await useLocale('en');
        await settle(root);
      } finally {
        await useLocale('en');
      }
      expect(accept().textContent!.trim()).to.equal('Accept optional cookies');
      accept().click();
      await settle(root);
      return el;
    });
    expect(notice.decision).to.equal('accepted');
    expect(messages.map((m) => m.level)).to.deep.equal(
      ['warn', 'warn'],
      messages.map((m) => m.text).join('\n'),
    );
    const texts = messages.map((m) => m.text).sort();
    expect(texts[0]).to.match(/^<wsis-privacy-notice> action: refused unsafe URL "javascript:alert\(1\)"/);
    expect(texts[1]).to.match(/^<wsis-privacy-notice> privacy-href: missing/);
  });

  it('reopens from reopen() and from any [data-wsis-privacy-reopen] link, moving focus to the question', async () => {
    const storage = memoryConsentStorage(
      JSON.stringify({ version: '1', decision: 'accepted', date: '2026-01-02T03:04:05.000Z' }),
    );
    const { notice, root, question } = await page({ storage });
    expect(notice.hidden).to.be.true;
    const link = root.querySelector<HTMLAnchorElement>('[data-wsis-privacy-reopen]')!;
    link.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(notice.hidden).to.be.false;
    expect(question.hidden).to.be.false;
    expect(deepActiveElement()).to.equal(question);
    expect(location.pathname).to.not.equal('/cookies');
    expect(notice.decision).to.equal('accepted'); // the earlier choice holds until a new one

    notice.hidden = true;
    await notice.reopen();
    expect(notice.hidden).to.be.false;
    expect(deepActiveElement()).to.equal(question);
  });

  it('offers a button to change the choice when there is no settings page, and a link when there is', async () => {
    const withoutPage = await page();
    withoutPage.accept.click();
    await settle();
    const change = withoutPage.confirmation.querySelector('button:not([part~="hide"])') as HTMLButtonElement;
    expect(change.textContent!.trim()).to.equal('Change your cookie settings');
    change.click();
    await settle();
    expect(withoutPage.question.hidden).to.be.false;
    expect(deepActiveElement()).to.equal(withoutPage.question);

    const withPage = await page({ settingsHref: '/cookies' });
    withPage.reject.click();
    await settle();
    expect(withPage.confirmation.querySelector('a')!.getAttribute('href')).to.equal('/cookies');
  });

  it('lets the site replace the text through the default slot', async () => {
    const root = await fixture<HTMLElement>(html`
      <wsis-privacy-notice privacy-href="/privacy" .storage=${memoryConsentStorage()}>
        <p>WSIS uses analytics cookies only if you agree.</p>
      </wsis-privacy-notice>
    `);
    await settle(root);
    const slot = root.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0].textContent).to.equal('WSIS uses analytics cookies only if you agree.');
  });

  it('lays out right to left in Arabic: accept starts at the right', async () => {
    await useLocale('ar');
    try {
      const { accept, reject, region } = await page();
      const a = accept.getBoundingClientRect();
      const r = reject.getBoundingClientRect();
      expect(a.right).to.be.greaterThan(r.right);
      expect(Math.abs(a.top - r.top)).to.be.lessThan(2);
      expect(getComputedStyle(region).direction).to.equal('rtl');
    } finally {
      await useLocale('en');
    }
  });

  for (const code of ['ru', 'ar', 'zh-Hans'] as const) {
    it(`fits 320 px without horizontal scroll, before and after the choice [${code}]`, async () => {
      await useLocale(code);
      try {
        await setViewport({ width: 320, height: 640 });
        const { accept, notice } = await page({ settingsHref: '/cookies' });
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        expect(notice.getBoundingClientRect().width).to.be.at.most(320);
        accept.click();
        await settle();
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      } finally {
        await useLocale('en');
      }
    });
  }
});
