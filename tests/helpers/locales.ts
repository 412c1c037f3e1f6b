/** Test helpers for running a check in each of the six locales, as a site would set them. */
import { LOCALES, localeDir, setLocale, type WsisLocaleCode } from '../../src/localization.js';

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
