/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/message/wsis-message.js';
// A file URL, not a data: URI (which Vite inlines for small files and safeUrl refuses).
import portraitUrl from './assets/portrait.svg?no-inline';
import { AUTHOR, AUTHOR_ROLE, BODY, DATE } from './wsis-2004-message-text.js';

interface Args {
  headingLevel: number;
  author: string;
  authorRole: string;
  date: string;
  bodyLang: string;
  translations: string;
}

const TRANSLATIONS = JSON.stringify({
  ar: '#ar',
  'zh-Hans': '#zh-Hans',
  en: '#en',
  fr: '#fr',
  ru: '#ru',
  es: '#es',
});

const meta: Meta<Args> = {
  title: 'Components/Message',
  component: 'wsis-message',
  args: {
    headingLevel: 1,
    author: AUTHOR,
    authorRole: AUTHOR_ROLE,
    date: DATE,
    bodyLang: 'en',
    translations: TRANSLATIONS,
  },
  argTypes: {
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  parameters: {
    docs: {
      // The height of this element's story frames on its Docs page.
      story: { height: '640px' },
      description: {
        component:
          'An official statement. The chrome (heading, date, "Also available in") follows the reader\'s language; ' +
          "the text of the message is the site's light DOM and may stay in English, marked with `body-lang`. " +
          'The 2004 message carries no date of its own; the stories use 2004-01-22, the date the page was last updated.',
      },
    },
  },
  render: (a) => html`
    <main>
      <wsis-message
        heading-level=${a.headingLevel}
        author=${a.author}
        author-role=${a.authorRole}
        author-lang="en"
        date=${a.date}
        body-lang=${a.bodyLang}
        translations=${a.translations}
      >
        ${BODY}
      </wsis-message>
    </main>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * Every part: heading ("Message from …" in the reader's language), byline, date formatted by Intl,
 * "Also available in" links named in their own languages, the English text, the signature.
 */
export const Anatomy: Story = {};

/** The 2004 message from the Secretary-General of ITU as the WSIS page published it, in full. */
export const Original: Story = {
  args: { translations: '' },
};

/**
 * A portrait with its own alt text, a heading at level 1 (a page of its own), and a text that is
 * already in the reader's language (no `body-lang`).
 */
export const Options: Story = {
  args: { headingLevel: 1, bodyLang: '' },
  render: (a) => html`
    <main>
      <wsis-message
        heading-level=${a.headingLevel}
        author=${a.author}
        author-role=${a.authorRole}
        author-lang="en"
        date=${a.date}
        portrait-src=${portraitUrl}
        portrait-alt=${a.author}
        translations=${a.translations}
      >
        <span slot="signature" lang="en" dir="ltr">Yoshio Utsumi</span>
        <p lang="en" dir="ltr">
          I look forward to working with the many stakeholders involved in this exciting and important
          undertaking.
        </p>
      </wsis-message>
    </main>
  `,
};

/**
 * The structure assistive technology sees: an article named by its heading (level 2 under the
 * page's h1), a date in a `<time>`, language links with `lang`, `hreflang` and `dir`, and an English
 * text marked as English inside a page in another language. Tab moves through the language links.
 */
export const Accessibility: Story = {
  render: (a) => html`
    <main>
      <h1 lang="en" dir="ltr">World Summit on the Information Society</h1>
      <wsis-message
        heading-level="2"
        author=${a.author}
        author-role=${a.authorRole}
        author-lang="en"
        date=${a.date}
        body-lang="en"
        translations=${a.translations}
      >
        <p lang="en" dir="ltr">
          I look forward to working with the many stakeholders involved in this exciting and important
          undertaking.
        </p>
      </wsis-message>
    </main>
  `,
};

/** The Anatomy story inside an ancestor with `data-wsis-theme="light"`: the Docs page's theming example. */
export const LightTheme: Story = {
  ...Anatomy,
  name: 'Light theme',
  tags: ['!dev', '!autodocs'],
  parameters: { ...Anatomy.parameters, wsisTheme: 'light' },
};

/** The Anatomy story inside an ancestor with `data-wsis-theme="dark"`: the Docs page's theming example. */
export const DarkTheme: Story = {
  ...Anatomy,
  name: 'Dark theme',
  tags: ['!dev', '!autodocs'],
  parameters: { ...Anatomy.parameters, wsisTheme: 'dark' },
};
