/**
 * A reviser's view: each element shown in every language the library ships, side by side, so a
 * language is checked without switching the toolbar story by story. `@lit/localize` has one locale
 * a page, so each language is the element's own story in its own frame (`&globals=locale:<code>`),
 * exactly as a reader of that language sees it, Arabic right to left.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SHIPPED } from '../../src/localization.js';

interface Args {
  /** The story id shown in every language. */
  story: string;
  /** Height of each frame, in pixels (the frames do not size themselves). */
  height: number;
}

// The frames take the toolbar's theme too (auto leaves it to each frame's prefers-color-scheme).
const frameUrl = (story: string, code: string, theme: unknown) =>
  `iframe.html?${new URLSearchParams({ id: story, viewMode: 'story' })}&globals=locale:${code}` +
  (theme === 'light' || theme === 'dark' ? `;theme:${theme}` : '');

const meta: Meta<Args> = {
  title: 'Review/All languages',
  // The frames are the element stories, which the sweep checks one by one in every locale.
  tags: ['!autodocs', 'review'],
  parameters: {
    layout: 'fullscreen',
    // Each frame's own page is checked by axe on its own story.
    a11y: { test: 'off' },
    docs: {
      description: {
        component:
          'Every element in the six languages at once, for a reviser. Each frame is the element’s story.',
      },
    },
  },
  render: ({ story, height }, { globals }) => html`
    <div class="review-grid" lang="en" dir="ltr">
      ${Object.entries(SHIPPED).map(
        ([code, { endonym, dir }]) => html`
          <section class="review-cell" aria-labelledby="review-${code}">
            <h2 class="review-heading" id="review-${code}">
              <span lang=${code} dir=${dir}>${endonym}</span> <code>${code}</code>
            </h2>
            <iframe
              class="review-frame review-height-${height}"
              title="${story} — ${code}"
              src=${frameUrl(story, code, globals.theme)}
            ></iframe>
          </section>
        `,
      )}
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;
const view = (story: string, height = 300): Story => ({ args: { story, height } });

export const SkipLink = view('components-skip-link--anatomy', 200);
export const Logo = view('components-logo--anatomy', 300);
export const LanguageSwitcher = view('components-language-switcher--anatomy', 300);
export const Header = view('components-header--anatomy', 400);
export const Nav = view('components-nav--anatomy', 400);
export const Breadcrumb = view('components-breadcrumb--anatomy', 200);
export const Message = view('components-message--anatomy', 600);
export const PrivacyNotice = view('components-privacy-notice--anatomy', 400);
export const PrivacyNoticeConfirmation = view('components-privacy-notice--after-accept', 400);
export const Footer = view('components-footer--anatomy', 500);
