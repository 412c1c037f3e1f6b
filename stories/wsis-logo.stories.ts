/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/logo/wsis-logo.js';
import type { WsisOrg } from '../src/components/logo/wsis-logo.js';
import artwork from './assets/demo-artwork-itu.svg?no-inline';
import artworkFr from './assets/demo-artwork-itu-fr.svg?no-inline';

interface Args {
  org: WsisOrg;
  size: 'small' | 'medium' | 'large';
  href: string;
  decorative: boolean;
  markOnly: boolean;
}

const meta: Meta<Args> = {
  title: 'Components/Logo',
  component: 'wsis-logo',
  args: { org: 'wsis', size: 'medium', href: '', decorative: false, markOnly: false },
  argTypes: {
    org: { control: 'inline-radio', options: ['un', 'itu', 'wsis'] },
    size: { control: 'inline-radio', options: ['small', 'medium', 'large'] },
  },
  parameters: {
    docs: {
      // The height of this element's story frames on its Docs page.
      story: { height: '320px' },
      description: {
        component:
          'The mark of the UN, ITU or WSIS, as a wordmark: the official short form in a box and the full official name beside it, in the current language (switch the locale in the toolbar); its accessible name is the official name. Official emblems need their owners’ permission: a site that has it passes them with `src` or `sources`.',
      },
    },
  },
  render: ({ org, size, href, decorative, markOnly }) => html`
    <main>
      <h1 lang="en" dir="ltr">Logo</h1>
      <wsis-logo
        org=${org}
        size=${size}
        href=${href || nothing}
        ?decorative=${decorative}
        ?mark-only=${markOnly}
      ></wsis-logo>
    </main>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Short form in its box and the full name beside it, with their clear space; the accessible name is the full official name with the short form. */
export const Anatomy: Story = {
  render: () => html`
    <main>
      <h1 lang="en" dir="ltr">The three logos</h1>
      <wsis-logo org="un"></wsis-logo>
      <wsis-logo org="itu"></wsis-logo>
      <wsis-logo org="wsis"></wsis-logo>
    </main>
  `,
};

/**
 * Sizes, a mark without wordmark, a colour from the page, and official artwork a site has the
 * right to use: `src` for every language, `sources` for one file a language (French here).
 */
export const Options: Story = {
  render: () => html`
    <style>
      .demo-row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 1rem;
      }
      .demo-dark {
        background: #1b1b1b;
        color: #fff;
        --wsis-logo-color: #fff;
      }
    </style>
    <main>
      <h1 lang="en" dir="ltr">Options</h1>
      <h2 lang="en" dir="ltr">size="small | medium | large"</h2>
      <div class="demo-row">
        <wsis-logo org="wsis" size="small"></wsis-logo>
        <wsis-logo org="wsis"></wsis-logo>
        <wsis-logo org="wsis" size="large"></wsis-logo>
      </div>
      <h2 lang="en" dir="ltr">mark-only, and a dark background (currentColor)</h2>
      <div class="demo-row demo-dark">
        <wsis-logo org="un" mark-only></wsis-logo>
        <wsis-logo org="itu"></wsis-logo>
        <wsis-logo org="wsis"></wsis-logo>
      </div>
      <h2 lang="en" dir="ltr">
        src and sources (demo artwork, not the official one; French has its own file)
      </h2>
      <wsis-logo org="itu" src=${artwork} .sources=${{ fr: artworkFr }}></wsis-logo>
    </main>
  `,
};

/**
 * Linked logos are named by the official name in the current language. Beside text that already
 * names the organisation, `decorative` hides the logo (and takes its link out of the tab order).
 * The first link has focus to show the focus ring.
 */
export const Accessibility: Story = {
  render: () => html`
    <main>
      <h1 lang="en" dir="ltr">Logos as links</h1>
      <p>
        <wsis-logo org="un" href="https://www.un.org/"></wsis-logo>
        <wsis-logo org="itu" href="https://www.itu.int/"></wsis-logo>
      </p>
      <p>
        <wsis-logo org="wsis" decorative href="https://www.itu.int/net/wsis/"></wsis-logo>
        <a href="https://www.itu.int/net/wsis/" lang="en" dir="ltr"
          >World Summit on the Information Society</a
        >
      </p>
    </main>
  `,
  play: async ({ canvasElement }) => {
    const logo = canvasElement.querySelector('wsis-logo');
    await logo?.updateComplete;
    logo?.shadowRoot?.querySelector('a')?.focus();
  },
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
