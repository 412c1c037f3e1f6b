import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/privacy-notice/wsis-privacy-notice.js';
import {
  memoryConsentStorage,
  type WsisPrivacyNotice,
} from '../src/components/privacy-notice/wsis-privacy-notice.js';
import { bar } from './demo-site.js';

interface Args {
  policyVersion: string;
  privacyHref: string;
  settingsHref: string;
  action: string;
  /** What the in-memory storage holds when the story opens (a JSON record, or empty). */
  stored: string;
}

const recordV1 = JSON.stringify({ version: '1', decision: 'accepted', date: '2026-01-15T09:30:00.000Z' });

/**
 * The notice at the top of a page, as a site places it: before the banner, with a footer holding
 * the "Cookie settings" link that reopens it. Each render gets a fresh in-memory storage, so no
 * story depends on what the reviewer's own localStorage holds.
 */
function pageWith(notice: TemplateResult, locale: unknown): TemplateResult {
  const b = bar(locale);
  return html`
    ${notice}
    <header class="demo-banner"><a href="#top">${b.home}</a></header>
    <main class="demo-main">
      <h1>${b.pageTitle}</h1>
      <p lang="en" dir="ltr">
        As we look back to the Geneva phase of the World Summit on the Information Society, we can be proud of
        our collective accomplishments.
      </p>
    </main>
    <footer class="demo-banner">
      <a href="#cookie-settings" data-wsis-privacy-reopen>${b.cookieSettings}</a>
    </footer>
  `;
}

const meta: Meta<Args> = {
  title: 'Components/Privacy notice',
  component: 'wsis-privacy-notice',
  args: { policyVersion: '1', privacyHref: '#privacy', settingsHref: '', action: '', stored: '' },
  argTypes: {
    stored: { control: 'text', description: 'Initial content of the in-memory storage used by the story.' },
  },
  parameters: {
    docs: {
      // The height of this element's story frames on its Docs page.
      story: { height: '340px' },
      description: {
        component:
          'Asks before a site sets optional cookies. Stories use an in-memory `storage`, so your own localStorage plays no part. "Cookie settings" in the footer reopens the notice (`data-wsis-privacy-reopen`).',
      },
    },
  },
  render: ({ policyVersion, privacyHref, settingsHref, action, stored }, { loaded }) =>
    pageWith(
      html`
        <wsis-privacy-notice
          .storage=${memoryConsentStorage(stored || null)}
          policy-version=${policyVersion}
          privacy-href=${ifDefined(privacyHref || undefined)}
          settings-href=${ifDefined(settingsHref || undefined)}
          action=${ifDefined(action || undefined)}
        ></wsis-privacy-notice>
      `,
      loaded.locale,
    ),
};
export default meta;

type Story = StoryObj<Args>;

async function choose(canvasElement: HTMLElement, decision: 'accepted' | 'rejected') {
  const notice = canvasElement.querySelector<WsisPrivacyNotice>('wsis-privacy-notice');
  await notice?.updateComplete;
  await notice?.choose(decision);
}

/** First visit: the heading names the region, then the text, the privacy link and two equal buttons. */
export const Anatomy: Story = {};

/**
 * The site's own text in the default slot, a cookie settings page (`settings-href`) linked from the
 * confirmation, and a policy version.
 */
export const Options: Story = {
  args: { settingsHref: '#cookie-settings', policyVersion: '2026-11' },
  render: ({ policyVersion, privacyHref, settingsHref }, { loaded }) =>
    pageWith(
      html`
        <wsis-privacy-notice
          .storage=${memoryConsentStorage()}
          policy-version=${policyVersion}
          privacy-href=${privacyHref}
          settings-href=${settingsHref}
        >
          <p lang="en" dir="ltr">
            The WSIS website uses essential cookies. With your consent it also uses analytics cookies to learn
            which pages readers find useful.
          </p>
        </wsis-privacy-notice>
      `,
      loaded.locale,
    ),
};

/**
 * After pressing a button with the keyboard: the question is hidden, the confirmation has focus (a
 * screen reader reads it), and Tab reaches "Change your cookie settings" and "Hide this message".
 */
export const Accessibility: Story = {
  play: async ({ canvasElement }) => choose(canvasElement, 'rejected'),
};

/** Right after "Accept optional cookies": the confirmation, focused. */
export const AfterAccept: Story = {
  args: { settingsHref: '#cookie-settings' },
  play: async ({ canvasElement }) => choose(canvasElement, 'accepted'),
};

/** Right after "Reject optional cookies": the confirmation, focused. */
export const AfterReject: Story = {
  args: { settingsHref: '#cookie-settings' },
  play: async ({ canvasElement }) => choose(canvasElement, 'rejected'),
};

/**
 * The reader accepted version 1; the site now publishes version 2: the notice asks again and says
 * why. (A stored choice for the current version hides the notice: see "Cookie settings" to reopen.)
 */
export const NewPolicyVersion: Story = {
  args: { policyVersion: '2', stored: recordV1 },
};

/**
 * With `action`, the buttons are `<button type="submit" name="cookies" value="accept|reject">` in a
 * `<form method="post">`: server-rendered (declarative shadow DOM), they post the choice without
 * JavaScript. With JavaScript the submission is intercepted unless `submit-to-server` is set.
 */
export const NoJavaScript: Story = {
  args: { action: '/cookies/consent' },
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
