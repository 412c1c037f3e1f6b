import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/skip-link/wsis-skip-link.js';
import { bar } from './demo-site.js';

interface Args {
  target: string;
}

const meta: Meta<Args> = {
  title: 'Components/Skip link',
  component: 'wsis-skip-link',
  args: { target: 'main' },
  parameters: {
    docs: {
      // The height of this element's story frames on its Docs page.
      story: { height: '160px' },
      description: {
        component:
          'The first link on every page. Press Tab once in the canvas to reveal it; Enter moves focus to the main content.',
      },
    },
  },
  render: ({ target }, { loaded }) => html`
    <wsis-skip-link target=${target}></wsis-skip-link>
    <header class="demo-banner">
      <p><a href="#top">${bar(loaded.locale).home}</a></p>
    </header>
    <main id=${target} class="demo-main">
      <h1>${bar(loaded.locale).pageTitle}</h1>
      <!-- The reviewer's instructions are English: marked so, whatever the toolbar's locale. -->
      <p lang="en" dir="ltr">Press Tab: the skip link appears. Press Enter: focus lands here.</p>
    </main>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The link as it renders: hidden until focused. Tab into the canvas to see it. */
export const Anatomy: Story = {};

/** `target` names the id of the element to skip to; the default slot replaces the text. */
export const Options: Story = {
  args: { target: 'message' },
  render: ({ target }, { loaded }) => html`
    <wsis-skip-link target=${target}>${bar(loaded.locale).skipToMessage}</wsis-skip-link>
    <main class="demo-main">
      <h1>${bar(loaded.locale).home}</h1>
      <article id=${target}>
        <h2>${bar(loaded.locale).pageTitle}</h2>
        <p lang="en" dir="ltr">The skip link jumps here.</p>
      </article>
    </main>
  `,
};

/**
 * Focused, as a keyboard user first sees it: a bold bar with a thick outline. The play function
 * gives it focus so the revealed state can be reviewed in every locale.
 */
export const Accessibility: Story = {
  play: async ({ canvasElement }) => {
    const skip = canvasElement.querySelector('wsis-skip-link');
    await skip?.updateComplete;
    skip?.shadowRoot?.querySelector('a')?.focus();
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
