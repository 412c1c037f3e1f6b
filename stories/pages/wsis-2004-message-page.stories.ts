/** The whole 2004 WSIS message page rebuilt from the library's elements, in every locale. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/index.js';
import { memoryConsentStorage } from '../../src/index.js';
import { AUTHOR, AUTHOR_ROLE, BODY, DATE } from '../wsis-2004-message-text.js';
import { bar, lightBar } from '../demo-site.js';

interface Args {
  printPreview: boolean;
  cookieNotice: boolean;
}

const meta: Meta<Args> = {
  title: 'Pages/Message 2004',
  args: { printPreview: false, cookieNotice: true },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'The 2004 WSIS page with the message from the Secretary-General of ITU, rebuilt from the components: ' +
          'cookie notice, skip link, header (UN · ITU, WSIS, languages), navigation, message, footer. ' +
          "The message stays in English (marked as such); everything around it follows the reader's language.",
      },
    },
  },
  render: ({ printPreview, cookieNotice }, { loaded }) => {
    const b = bar(loaded.locale);
    const print = printPreview ? 'wsis-print-preview' : '';
    return html`
      ${
        cookieNotice
          ? html`<wsis-privacy-notice
              .storage=${memoryConsentStorage()}
              policy-version="2004-01"
              privacy-href="https://www.itu.int/en/privacy-notice/"
            ></wsis-privacy-notice>`
          : ''
      }
      <wsis-header
        id="top"
        home-href="https://www.itu.int/net/wsis/"
        un-href="https://www.un.org/"
        itu-href="https://www.itu.int/"
        language-href-template="https://www.itu.int/net/wsis/{locale}/index.html"
      >
        <wsis-skip-link slot="skip-link"></wsis-skip-link>
        <div slot="navigation">${lightBar(loaded.locale)}</div>
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
        <wsis-nav label=${b.footer}>
          <a href="/basic">${b.basic}</a>
          <a href="/geneva">${b.geneva}</a>
          <a href="/tunis">${b.tunis}</a>
          <a href="/stocktaking">${b.stocktaking}</a>
          <a href="/newsroom">${b.newsroom}</a>
          <a href="/links">${b.links}</a>
        </wsis-nav>
      </wsis-footer>
    `;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The page on screen, as a first-time visitor sees it: the cookie notice asks first. */
export const Original: Story = {};

/** The page once the cookie question is answered. */
export const Answered: Story = { args: { cookieNotice: false } };

/**
 * The page as it prints: the elements' `@media print` rules applied on screen through the class
 * `wsis-print-preview` (no inline styles). Navigation chrome is gone; the message runs full width.
 */
export const PrintPreview: Story = { args: { printPreview: true, cookieNotice: false } };
