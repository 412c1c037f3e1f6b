import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/header/wsis-header.js';
import '../src/components/skip-link/wsis-skip-link.js';
import '../src/components/nav/wsis-nav.js';
import { bar, lightBar, plainNav } from './demo-site.js';

interface Args {
  homeHref: string;
  unHref: string;
  ituHref: string;
  languageHrefTemplate: string;
}

const meta: Meta<Args> = {
  title: 'Components/Header',
  component: 'wsis-header',
  args: {
    homeHref: '/',
    unHref: 'https://www.un.org/',
    ituHref: 'https://www.itu.int/',
    languageHrefTemplate: '/{locale}/index.html',
  },
  parameters: {
    layout: 'fullscreen',
    // The skip link is checked in its own stories: axe's skip-link detection compares document
    // positions, which are "disconnected" across shadow roots, so it would report the skip link as
    // content outside any landmark (rule region) once the header's shadow root holds links.
    a11y: { context: { exclude: ['wsis-skip-link'] } },
    docs: {
      // The height of this element's story frames on its Docs page.
      story: { height: '380px' },
      description: {
        component:
          'The banner of a WSIS page: UN · ITU, the WSIS logo and title, the languages and the navigation. The host is the one banner landmark. Put the skip link before it.',
      },
    },
  },
  // The site's navigation (demo content in the story's language, as a site publishes it).
  render: ({ homeHref, unHref, ituHref, languageHrefTemplate }, { loaded }) => html`
    <wsis-skip-link></wsis-skip-link>
    <wsis-header
      home-href=${homeHref || nothing}
      un-href=${unHref || nothing}
      itu-href=${ituHref || nothing}
      language-href-template=${languageHrefTemplate || nothing}
    >
      ${lightBar(loaded.locale, '', false, false, 'navigation')}
    </wsis-header>
    <main id="main" class="demo-main">
      <h1>${bar(loaded.locale).pageTitle}</h1>
    </main>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The institutional line (UN · ITU and the languages), the WSIS logo with the title, the navigation. */
export const Anatomy: Story = {};

/**
 * A site's own title in the `title` slot, no home link, in-page language switching (no template),
 * and the site's own plain `<nav>` in the `navigation` slot, which the header puts on the page grid;
 * the UN and ITU logos link to their organisations.
 */
export const Options: Story = {
  render: (_args, { loaded }) => html`
    <wsis-header un-href="https://www.un.org/" itu-href="https://www.itu.int/">
      <span slot="title" lang="en" dir="ltr">WSIS Forum 2025</span>
      ${plainNav(loaded.locale, 'navigation')}
    </wsis-header>
    <main id="main" class="demo-main"><h1>${bar(loaded.locale).pageTitle}</h1></main>
  `,
};

/**
 * The skip link first, then the header: press Tab to walk through skip link, UN, ITU, the
 * languages, the home link and the navigation. The skip link has focus here.
 */
export const Accessibility: Story = {
  play: async ({ canvasElement }) => {
    const skip = canvasElement.querySelector('wsis-skip-link');
    await skip?.updateComplete;
    skip?.shadowRoot?.querySelector('a')?.focus();
  },
};

/** The banner of the 2004 message page of the Secretary-General of ITU, rebuilt with the library. */
export const AsOnTheOriginalPage: Story = {
  name: 'As on the original page',
  render: (_args, { loaded }) => html`
    <wsis-skip-link></wsis-skip-link>
    <wsis-header
      home-href="https://www.itu.int/net/wsis/"
      un-href="https://www.un.org/"
      itu-href="https://www.itu.int/"
      language-href-template="https://www.itu.int/net/wsis/{locale}/index.html"
    >
      ${lightBar(loaded.locale, '', false, false, 'navigation')}
    </wsis-header>
    <main id="main" class="demo-main" lang="en" dir="ltr">
      <h1>
        Message from Mr. Yoshio Utsumi, Secretary General of ITU and Secretary General of the World Summit on
        the Information Society
      </h1>
      <p>
        As we look back to the Geneva phase of the World Summit on the Information Society attended by 11,000
        participants including 44 Heads of state or government and vice-presidents, we can be proud of our
        collective accomplishments.
      </p>
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
