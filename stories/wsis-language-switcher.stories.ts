import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/language-switcher/wsis-language-switcher.js';
import { syncDocumentLocale } from '../src/localization.js';

interface Args {
  hrefTemplate: string;
  compact: boolean;
}

const meta: Meta<Args> = {
  title: 'Components/Language switcher',
  component: 'wsis-language-switcher',
  args: { hrefTemplate: '/{locale}/index.html', compact: false },
  parameters: {
    docs: {
      // The height of this element's story frames on its Docs page.
      story: { height: '180px' },
      description: {
        component:
          'The six UN languages by their own names, each with its own lang and dir. Links for real sites; in-page switching when no links are given. Compact below 40em or with `compact`.',
      },
    },
  },
  render: ({ hrefTemplate, compact }) => html`
    <header>
      <wsis-language-switcher
        href-template=${hrefTemplate || nothing}
        ?compact=${compact}
      ></wsis-language-switcher>
    </header>
    <main><h1 lang="en" dir="ltr">Language switcher</h1></main>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Links built from `href-template`; the current language is bold with a bar and `aria-current`. */
export const Anatomy: Story = {};

/**
 * In-page switching: with no template and no links, buttons call `setLocale` after a cancelable
 * `wsis-locale-change`. Try it: the whole story changes language.
 */
export const Options: Story = {
  args: { hrefTemplate: '' },
  // In-page switching changes the library's locale; keep <html lang dir> in step, as a site would.
  play: () => {
    syncDocumentLocale();
  },
};

/** The compact form: a disclosure button naming the current language and the word "Language". */
export const Compact: Story = {
  args: { compact: true },
};

/** The site's own links as children: the element marks the current one and fills in lang and dir. */
export const SiteLinks: Story = {
  render: () => html`
    <header>
      <wsis-language-switcher>
        <a href="/ar/" hreflang="ar">العربية</a>
        <a href="/zh/" hreflang="zh-Hans">中文</a>
        <a href="/en/" hreflang="en">English</a>
        <a href="/fr/" hreflang="fr">Français</a>
        <a href="/ru/" hreflang="ru">Русский</a>
        <a href="/es/" hreflang="es">Español</a>
      </wsis-language-switcher>
    </header>
    <main><h1 lang="en" dir="ltr">Language switcher</h1></main>
  `,
};

/**
 * The compact form opened, focus on the first language: the button says "Language" and the current
 * language; Escape closes and returns focus to it; Tab leaves freely.
 */
export const Accessibility: Story = {
  args: { compact: true },
  play: async ({ canvasElement }) => {
    const switcher = canvasElement.querySelector('wsis-language-switcher');
    await switcher?.updateComplete;
    const toggle = switcher?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="toggle"]');
    toggle?.click();
    await switcher?.updateComplete;
    switcher?.shadowRoot?.querySelector<HTMLElement>('[part~="panel"] a')?.focus();
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
