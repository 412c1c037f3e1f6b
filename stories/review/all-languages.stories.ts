/**
 * A reviser's view: each element shown in every language the library speaks, and in the two
 * pseudo-locales, side by side, so a language is checked without switching the toolbar story by
 * story. `@lit/localize` has one locale a page, so each language is the element's own story in its
 * own frame (`&globals=locale:<code>`), exactly as a reader of that language sees it, Arabic right to
 * left. The frames are wide enough for the elements' wide layout (above 40em), take the height of
 * their story (.storybook/fit-frames.ts), and stack one under the other on a narrow screen.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LOCALES } from '../../src/localization.js';
import { fitFramesToContent } from '../../.storybook/fit-frames.js';

interface Args {
  /** The story id shown in every language. */
  story: string;
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
          'Every element in the six languages and the two pseudo-locales at once, for a reviser. Each frame is the element’s story.',
      },
    },
  },
  // Every language the Storybook speaks: the six, then the pseudo-locales it registers (which no
  // language switcher lists, but which a reviewer looks at here).
  render: ({ story }, { globals }) => html`
    <div class="review-grid" lang="en" dir="ltr">
      ${LOCALES.map(
        ({ code, endonym, dir, listed }) => html`
          <section class="review-cell" aria-labelledby="review-${code}">
            <h2 class="review-heading" id="review-${code}">
              <span lang=${code} dir=${dir}>${endonym}</span>
              <code>${code}</code>${listed ? '' : ' (pseudo-locale)'}
            </h2>
            <iframe
              class="review-frame"
              title="${story} — ${code}"
              src=${frameUrl(story, code, globals.theme)}
            ></iframe>
          </section>
        `,
      )}
    </div>
  `,
  play: ({ canvasElement }) => {
    fitFramesToContent(canvasElement, 'iframe.review-frame');
  },
};
export default meta;

type Story = StoryObj<Args>;
const view = (story: string): Story => ({ args: { story } });

export const SkipLink = view('components-skip-link--anatomy');
export const Logo = view('components-logo--anatomy');
export const LanguageSwitcher = view('components-language-switcher--anatomy');
export const Header = view('components-header--anatomy');
export const Nav = view('components-nav--anatomy');
export const Breadcrumb = view('components-breadcrumb--anatomy');
export const Message = view('components-message--anatomy');
export const PrivacyNotice = view('components-privacy-notice--anatomy');
export const PrivacyNoticeConfirmation = view('components-privacy-notice--after-accept');
export const Footer = view('components-footer--anatomy');
