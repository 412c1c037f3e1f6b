import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import '../src/components/nav/wsis-nav.js';
import type { WsisNav, WsisNavItem } from '../src/components/nav/wsis-nav.js';
import { bar, barItems, lightBar } from './demo-site.js';

interface Args {
  label: string;
  currentFromLocation: boolean;
}

/** A banner as a site writes it around the navigation, so the story reads as a page. */
function page(locale: unknown, nav: TemplateResult, note: TemplateResult | string = '') {
  const b = bar(locale);
  return html`
    <header>
      <p class="demo-banner"><a href="#top">${b.home}</a></p>
      ${nav}
    </header>
    <main class="demo-main">
      <h1>${b.pageTitle}</h1>
      ${note ? html`<p lang="en" dir="ltr">${note}</p>` : ''}
    </main>
  `;
}

const meta: Meta<Args> = {
  title: 'Components/Nav',
  component: 'wsis-nav',
  args: { label: '', currentFromLocation: false },
  parameters: {
    docs: {
      // The height of this element's story frames on its Docs page.
      story: { height: '340px' },
      description: {
        component:
          'The site’s primary navigation. The site writes plain links (a list, with nested lists for groups); ' +
          'without JavaScript they read as a list of links. The element turns groups into disclosures ' +
          '(Enter or Space opens, Escape closes and returns focus) and folds the bar behind a "Menu" button ' +
          'below 40rem.',
      },
    },
  },
  render: ({ label, currentFromLocation }, { loaded }) =>
    page(loaded.locale, lightBar(loaded.locale, label, currentFromLocation)),
};
export default meta;

type Story = StoryObj<Args>;

/**
 * The original 2004 page's bar — basic information, the Geneva and Tunis phases (groups with their
 * pages), stocktaking, newsroom, links — written as plain links in the light DOM.
 */
export const Anatomy: Story = {};

/**
 * The same bar from data (`items`), with its own landmark name (`label`) next to a second
 * navigation: every navigation landmark on a page needs a distinct name.
 */
export const Options: Story = {
  render: ({ label, currentFromLocation }, { loaded }) => html`
    ${page(
      loaded.locale,
      html`<wsis-nav
        label=${label || bar(loaded.locale).phases}
        ?current-from-location=${currentFromLocation}
        .items=${barItems(loaded.locale, '/geneva/plan')}
      ></wsis-nav>`,
      'The current page (Plan of Action) sits under the Geneva group, which shows a lighter bar.',
    )}
    <footer>
      <wsis-nav label=${bar(loaded.locale).footer}>
        <a href="/basic">${bar(loaded.locale).basic}</a>
        <a href="/newsroom">${bar(loaded.locale).newsroom}</a>
        <a href="/links">${bar(loaded.locale).links}</a>
      </wsis-nav>
    </footer>
  `,
};

/**
 * A group open, as a keyboard user sees it after Tab, Tab, Tab, Enter: the button says
 * `aria-expanded="true"` and the focus ring is on it. Escape closes it and leaves focus there.
 */
export const Accessibility: Story = {
  play: async ({ canvasElement }) => {
    const nav = canvasElement.querySelector<WsisNav>('wsis-nav');
    await nav?.updateComplete;
    // On a narrow screen the group sits behind the "Menu" button: open that first.
    const menuButton = nav?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="menu-button"]');
    if (menuButton?.getClientRects().length) menuButton.click();
    await nav?.updateComplete;
    const toggle = nav?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="toggle"]');
    toggle?.click();
    toggle?.focus();
  },
};

/** Labels as long as Russian and French run: they wrap inside the bar and never scroll sideways. */
export const LongLabels: Story = {
  render: (_args, { loaded }) => {
    const items: WsisNavItem[] = [
      ...barItems(loaded.locale),
      {
        label: 'Всемирная встреча на высшем уровне по вопросам информационного общества',
        href: '/ru',
        lang: 'ru',
      },
      {
        label: 'Sommet mondial sur la société de l’information\u00a0: documents finals de Genève et de Tunis',
        href: '/fr',
        lang: 'fr',
      },
    ];
    return page(loaded.locale, html`<wsis-nav .items=${items}></wsis-nav>`);
  },
};

/** At 320 px: the "Menu" button shows and hides the list; groups open in place. */
export const Mobile: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: async ({ canvasElement }) => {
    const nav = canvasElement.querySelector<WsisNav>('wsis-nav');
    await nav?.updateComplete;
    nav?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="menu-button"]')?.click();
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
