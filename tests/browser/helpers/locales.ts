/** Test helpers for running a check in each of the six locales, as a site would set them. */
import { waitUntil } from '@open-wc/testing';
import { LOCALE_STATUS_EVENT } from '@lit/localize';
import { LOCALES, localeDir, setLocale, type WsisLocaleCode } from '../../../src/localization.js';

export const LOCALE_CODES: WsisLocaleCode[] = LOCALES.map((l) => l.code);

/** Sets the library's locale and `lang`/`dir` on `<html>`, as a site does. */
export async function useLocale(code: WsisLocaleCode): Promise<void> {
  await setLocale(code);
  document.documentElement.lang = code;
  document.documentElement.dir = localeDir(code);
}

/** Waits until every Lit element under `root`, shadow roots included, has finished rendering. */
export async function settle(root: ParentNode = document): Promise<void> {
  for (let pass = 0; pass < 3; pass++) {
    const pending: Promise<unknown>[] = [];
    const visit = (node: ParentNode) => {
      for (const el of Array.from(node.querySelectorAll('*'))) {
        const update = (el as { updateComplete?: Promise<unknown> }).updateComplete;
        if (update) pending.push(update);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(root);
    await Promise.all(pending);
  }
}

/** Declares one mocha test a locale, each run with that locale set on the library and `<html>`. */
export function itInEveryLocale(title: string, fn: (code: WsisLocaleCode) => Promise<void>): void {
  for (const code of LOCALE_CODES) {
    it(`${title} [${code}]`, async () => {
      try {
        await useLocale(code);
        await fn(code);
      } finally {
        await useLocale('en');
      }
    });
  }
}

/**
 * Resolves when lit-localize reports `code` ready (its `lit-localize-status` event on window), so a
 * test waits for the change itself rather than for a guess of how long it takes. Call it before the
 * action that changes the locale. Fails, naming the locale, when the change never comes.
 */
export function localeReady(code: WsisLocaleCode, timeout = 5000): Promise<void> {
  let ready = false;
  const onStatus = (event: WindowEventMap[typeof LOCALE_STATUS_EVENT]) => {
    if (event.detail.status === 'ready' && event.detail.readyLocale === code) ready = true;
  };
  window.addEventListener(LOCALE_STATUS_EVENT, onStatus);
  return waitUntil(() => ready, `the locale "${code}" never became ready`, { timeout }).finally(() =>
    window.removeEventListener(LOCALE_STATUS_EVENT, onStatus),
  );
}
