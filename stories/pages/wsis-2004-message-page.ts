/**
 * The 2004 WSIS message page as one template, shared by its story (rendered in the browser) and by
 * the server-rendered site (`npm run build:site`), so the page's content is written once.
 *
 * Imports nothing from the library but types: the story registers the elements from the sources,
 * the site build from the package.
 */
import { html, nothing } from 'lit';
import type { WsisConsentStorage } from '../../src/index.js';
import { AUTHOR, AUTHOR_ROLE, BODY, DATE } from '../wsis-2004-message-text.js';
import { bar, barItems, lightBar } from '../demo-site.js';

export interface MessagePageOptions {
  /** The page's locale: picks the site's own labels (the bar); the elements follow `setLocale`. */
  locale: string;
  printPreview?: boolean;
  cookieNotice?: boolean;
  /** Where the privacy notice keeps the choice; default `localStorage`. */
  storage?: WsisConsentStorage;
  /** Where the privacy notice's form posts without JavaScript. */
  consentAction?: string;
  /**
   * The reader has answered the notice (the server read their cookie): rendered `hidden`, so a
   * reader without JavaScript is not asked again.
   */
  consentAnswered?: boolean;
  /** The language links: `{locale}` becomes each code. */
  languageHrefTemplate?: string;
  /** Pass the navigation links as `items` too, as a server render needs (see `lightBar`). */
  serverItems?: boolean;
}

/** The `policy-version` of the page's privacy notice (site/serve.mjs reads the cookie for it). */
export const POLICY_VERSION = '2004-01';

/** The page's body: cookie notice, header with skip link, languages and bar, message, footer. */
export function messagePage({
  locale,
  printPreview = false,
  cookieNotice = true,
  storage,
  consentAction,
  consentAnswered = false,
  languageHrefTemplate = 'https://www.itu.int/net/wsis/{locale}/index.html',
  serverItems = false,
}: MessagePageOptions) {
  const b = bar(locale);
  const print = printPreview ? 'wsis-print-preview' : '';
  const footerItems = barItems(locale).map(({ label, href }) => ({ label, href }));
  return html`
    ${
      cookieNotice
        ? html`<wsis-privacy-notice
            .storage=${storage}
            ?hidden=${consentAnswered}
            policy-version=${POLICY_VERSION}
            privacy-href="https://www.itu.int/en/privacy-notice/"
            action=${consentAction ?? nothing}
          ></wsis-privacy-notice>`
        : nothing
    }
    <wsis-header
      id="top"
      home-href="https://www.itu.int/net/wsis/"
      un-href="https://www.un.org/"
      itu-href="https://www.itu.int/"
      language-href-template=${languageHrefTemplate}
    >
      <wsis-skip-link slot="skip-link"></wsis-skip-link>
      <div slot="navigation">${lightBar(locale, '', false, serverItems)}</div>
    </wsis-header>
    <main id="main" class="demo-page-main">
      <wsis-message
        class=${print}
        heading-level="1"
        author=${AUTHOR}
        author-role=${AUTHOR_ROLE}
        author-lang="en"
        date=${DATE}
        body-lang="en"
      >
        ${BODY}
      </wsis-message>
    </main>
    <wsis-footer
      class=${print}
      year="2004"
      last-updated="2004-01-22"
      logo-policy-href="https://www.itu.int/net/wsis/logo-policy.html"
      privacy-href="https://www.itu.int/en/privacy-notice/"
    >
      <wsis-nav label=${b.footer} .items=${serverItems ? footerItems : undefined}>
        <a href="/basic">${b.basic}</a>
        <a href="/geneva">${b.geneva}</a>
        <a href="/tunis">${b.tunis}</a>
        <a href="/stocktaking">${b.stocktaking}</a>
        <a href="/newsroom">${b.newsroom}</a>
        <a href="/links">${b.links}</a>
      </wsis-nav>
    </wsis-footer>
  `;
}
