/** The whole 2004 WSIS message page rebuilt from the library's elements, in every locale. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/index.js';
import { memoryConsentStorage } from '../../src/index.js';
import { messagePage } from './wsis-2004-message-page.js';

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
  render: ({ printPreview, cookieNotice }, { loaded }) =>
    messagePage({
      locale: String(loaded.locale),
      printPreview,
      cookieNotice,
      storage: memoryConsentStorage(),
    }),
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
 * Black ink is for paper: the preview sits on the light theme whatever the toolbar's theme.
 */
export const PrintPreview: Story = {
  args: { printPreview: true, cookieNotice: false },
  decorators: [(story) => html`<div data-wsis-theme="light">${story()}</div>`],
};
