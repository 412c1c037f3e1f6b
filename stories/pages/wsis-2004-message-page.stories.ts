import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/skip-link/wsis-skip-link.js';
import '../../src/components/message/wsis-message.js';
import '../../src/components/footer/wsis-footer.js';
import { AUTHOR, AUTHOR_ROLE, BODY, DATE, SITE_LINKS } from '../wsis-2004-message-text.js';

interface Args {
  printPreview: boolean;
}

const meta: Meta<Args> = {
  title: 'Pages/Message 2004',
  args: { printPreview: false },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'The 2004 WSIS page with the message from the Secretary-General of ITU, rebuilt from the components. ' +
          "The text stays in English (marked as such); everything around it follows the reader's language.",
      },
    },
  },
  render: ({ printPreview }) => html`
    <header id="top" class="demo-banner">
      <wsis-skip-link target="main"></wsis-skip-link>
      <a href="#home" lang="en" dir="ltr">WSIS</a>
    </header>
    <main id="main">
      <wsis-message
        class=${printPreview ? 'wsis-print-preview' : ''}
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
      class=${printPreview ? 'wsis-print-preview' : ''}
      year="2004"
      updated="2004-01-22"
      logo-policy-href="https://www.itu.int/net/wsis/logo-policy.html"
      privacy-href="https://www.itu.int/en/privacy-notice/"
    >
      ${SITE_LINKS}
    </wsis-footer>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The page on screen. */
export const Original: Story = {};

/**
 * The page as it prints: the elements' `@media print` rules applied on screen through the class
 * `wsis-print-preview` (no inline styles). The language links, the footer's site links and "Top"
 * are gone; the message runs full width.
 */
export const PrintPreview: Story = { args: { printPreview: true } };
