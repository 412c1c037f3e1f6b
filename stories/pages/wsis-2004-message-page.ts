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
import { footerNav, lightBar } from '../demo-site.js';

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
  /**
   * Official artwork in the header, as a site with the owners' permission gives it: image URLs for
   * the UN, ITU (with `sources`, one file a language) and WSIS logos.
   */
  artwork?: { un: string; itu: string; ituSources?: Record<string, string>; wsis: string };
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
  artwork,
}: MessagePageOptions) {
  const print = printPreview ? 'wsis-print-preview' : '';
  return html`
    ${
      cookieNotice
        ? html`<wsis-privacy-notice
            class=${print}
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
      class=${print}
      home-href="https://www.itu.int/net/wsis/"
      un-href="https://www.un.org/"
      itu-href="https://www.itu.int/"
      language-href-template=${languageHrefTemplate}
    >
      <wsis-skip-link slot="skip-link"></wsis-skip-link>
      ${
        artwork
          ? html`<wsis-logo
                slot="institutions"
                org="un"
                size="medium"
                href="https://www.un.org/"
                src=${artwork.un}
              ></wsis-logo>
              <wsis-logo
                slot="institutions"
                org="itu"
                size="medium"
                href="https://www.itu.int/"
                src=${artwork.itu}
                .sources=${artwork.ituSources}
              ></wsis-logo>
              <wsis-logo slot="logo" org="wsis" size="large" decorative src=${artwork.wsis}></wsis-logo>`
          : nothing
      }
      ${lightBar(locale, '', false, serverItems, 'navigation')}
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
      ${footerNav(locale)}
    </wsis-footer>
  `;
}
