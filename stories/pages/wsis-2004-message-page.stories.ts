/** The whole 2004 WSIS message page rebuilt from the library's elements, in every locale. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/index.js';
import { memoryConsentStorage } from '../../src/index.js';
import { messagePage } from './wsis-2004-message-page.js';
import unPlaceholder from '../assets/placeholder-un-emblem.svg?no-inline';
import ituPlaceholder from '../assets/placeholder-itu-logo.svg?no-inline';
import ituPlaceholderFr from '../assets/placeholder-itu-logo-fr.svg?no-inline';
import wsisPlaceholder from '../assets/placeholder-wsis-logo.svg?no-inline';

interface Args {
  printPreview: boolean;
  cookieNotice: boolean;
  officialArtwork: boolean;
}

const meta: Meta<Args> = {
  title: 'Pages/Message 2004',
  args: { printPreview: false, cookieNotice: true, officialArtwork: false },
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
  render: ({ printPreview, cookieNotice, officialArtwork }, { loaded }) =>
    messagePage({
      locale: String(loaded.locale),
      printPreview,
      cookieNotice,
      storage: memoryConsentStorage(),
      artwork: officialArtwork
        ? {
            un: unPlaceholder,
            itu: ituPlaceholder,
            ituSources: { fr: ituPlaceholderFr },
            wsis: wsisPlaceholder,
          }
        : undefined,
    }),
};
export default meta;

type Story = StoryObj<Args>;

/** The page on screen, as a first-time visitor sees it: the cookie notice asks first. */
export const Original: Story = {};

/** The page once the cookie question is answered. */
export const Answered: Story = { args: { cookieNotice: false } };

/**
 * How a site that has the owners' permission shows the official emblems: `<wsis-logo>` elements with
 * `src`, and `sources` for one file a language (the French ITU file here), in the header's
 * `institutions` and `logo` slots. **The pictures are labelled placeholders**: the UN emblem and the
 * ITU and WSIS logos belong to their organisations, need their permission, and are not part of the
 * library. Each image is still named by the organisation's official name in the reader's language.
 */
export const WithOfficialArtwork: Story = {
  name: 'With official artwork (placeholders)',
  args: { cookieNotice: false, officialArtwork: true },
};

/**
 * The page as it prints: the elements' `@media print` rules applied on screen through the class
 * `wsis-print-preview` (no inline styles). Navigation chrome is gone (the languages, the navigation,
 * the cookie notice, the footer's links and "Top"); who speaks (UN, ITU, the WSIS title) and the
 * message stay, the message full width. tests/browser/message-page.test.ts prints the page with print
 * media emulated and finds the same. Black ink is for paper: the preview sits on the light theme
 * whatever the toolbar's theme.
 */
export const PrintPreview: Story = {
  args: { printPreview: true, cookieNotice: false },
  decorators: [(story) => html`<div data-wsis-theme="light">${story()}</div>`],
};
