import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/breadcrumb/wsis-breadcrumb.js';
import type { WsisBreadcrumbItem } from '../src/components/breadcrumb/wsis-breadcrumb.js';
import { bar } from './demo-site.js';

interface Args {
  label: string;
}

const meta: Meta<Args> = {
  title: 'Components/Breadcrumb',
  component: 'wsis-breadcrumb',
  args: { label: '' },
  parameters: {
    docs: {
      // The height of this element's story frames on its Docs page.
      story: { height: '160px' },
      description: {
        component:
          'The trail from the home page to the current page: an ordered list of links in a navigation ' +
          'landmark named "Breadcrumb". The chevrons are decoration and point the other way in Arabic.',
      },
    },
  },
  render: ({ label }, { loaded }) => {
    const b = bar(loaded.locale);
    return html`
      <main class="demo-main">
        <wsis-breadcrumb label=${label}>
          <ol>
            <li><a href="/">${b.home}</a></li>
            <li><a href="/geneva">${b.geneva}</a></li>
            <li><a href="/geneva/declaration">${b.genevaPages[0]}</a></li>
          </ol>
        </wsis-breadcrumb>
        <h1>${b.genevaPages[0]}</h1>
      </main>
    `;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Written as plain links in the light DOM; the last is the current page. */
export const Anatomy: Story = {};

/** From data (`items`), the current page as text, a deeper trail that wraps, and its own name (`label`). */
export const Options: Story = {
  render: ({ label }, { loaded }) => {
    const b = bar(loaded.locale);
    const items: WsisBreadcrumbItem[] = [
      { label: b.home, href: '/' },
      { label: b.tunis, href: '/tunis' },
      { label: b.tunisPages[2], href: '/tunis/prepcom' },
      { label: b.tunisPages[1] },
    ];
    return html`<main class="demo-main">
      <wsis-breadcrumb label=${label || b.trail} .items=${items}></wsis-breadcrumb>
      <h1>${b.tunisPages[1]}</h1>
    </main>`;
  },
};

/** At 320 px the trail wraps; the separators stay hidden from screen readers. */
export const Accessibility: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
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
