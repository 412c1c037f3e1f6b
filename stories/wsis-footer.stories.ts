import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/footer/wsis-footer.js';
import { bar, footerNav } from './demo-site.js';

interface Args {
  org: string;
  year: number;
  lastUpdated: string;
  logoPolicyHref: string;
  privacyHref: string;
  topTarget: string;
}

const meta: Meta<Args> = {
  title: 'Components/Footer',
  component: 'wsis-footer',
  args: {
    org: 'wsis',
    year: 2004,
    lastUpdated: '2004-01-22',
    logoPolicyHref: 'https://www.itu.int/net/wsis/logo-policy.html',
    privacyHref: 'https://www.itu.int/en/privacy-notice/',
    topTarget: 'top',
  },
  parameters: {
    docs: {
      // The height of this element's story frames on its Docs page.
      story: { height: '320px' },
      description: {
        component:
          'The foot of every page and its one contentinfo landmark. "Top" moves focus back to the element with ' +
          'id="top" (here the banner), or to the page itself when there is none.',
      },
    },
  },
  render: (a, { loaded }) => html`
    <header id="top" class="demo-banner"><a href="#top-of-site">${bar(loaded.locale).home}</a></header>
    <main class="demo-main">
      <h1>${bar(loaded.locale).pageTitle}</h1>
    </main>
    <wsis-footer
      org=${a.org}
      year=${a.year}
      last-updated=${a.lastUpdated}
      logo-policy-href=${a.logoPolicyHref}
      privacy-href=${a.privacyHref}
      top-target=${a.topTarget}
    >
      ${footerNav(loaded.locale)}
    </wsis-footer>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * The footer of the 2004 page: the site's link groups (slotted), then Top · © WSIS, 2004. All Rights
 * Reserved · Logo Policy · Privacy Notices · Updated: 2004-01-22.
 */
export const Anatomy: Story = {};

/**
 * The organisation named by the site and a later year; no link groups; no Logo Policy link (the
 * label renders as text and the console says which attribute is missing).
 */
export const Options: Story = {
  args: { org: 'itu', year: 2025, lastUpdated: '2025-06-30', logoPolicyHref: '' },
  render: (a, { loaded }) => html`
    <main class="demo-main">
      <h1>${bar(loaded.locale).pageTitle}</h1>
    </main>
    <wsis-footer
      org=${a.org}
      year=${a.year}
      last-updated=${a.lastUpdated}
      logo-policy-href=${a.logoPolicyHref}
      privacy-href=${a.privacyHref}
    ></wsis-footer>
  `,
};

/**
 * "Top" focused, as a keyboard user reaches it: press Enter and focus goes back to the banner at
 * the top. The element is the page's contentinfo landmark; its shadow root holds no `<footer>`.
 */
export const Accessibility: Story = {
  play: async ({ canvasElement }) => {
    const footer = canvasElement.querySelector('wsis-footer');
    await footer?.updateComplete;
    footer?.shadowRoot?.querySelector<HTMLAnchorElement>('[part~="top-link"]')?.focus();
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
