/**
 * Foundations/Tokens: the shared tokens, listed once (each element's Docs page lists only its own
 * custom properties and links here). "Every shared token": name, what it is for (the base element's
 * JSDoc, custom-elements.json) and its default (src/styles/shared.ts). "Colours": every colour token
 * in both themes, side by side. Both read their values from src/styles/shared.ts
 * (tests/browser/helpers/tokens.ts, the reader the contrast test uses), so the page cannot drift from
 * the values the elements ship.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { colourTokens, sharedTokens } from '../tests/browser/helpers/tokens.js';
import manifest from '../custom-elements.json';
import { BASE_ELEMENT } from '../.storybook/public-manifest.mjs';
import './tokens.css';

const THEMES = ['light', 'dark'] as const;

const meta: Meta = {
  title: 'Foundations/Tokens',
  tags: ['!autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The colour tokens (`--wsis-color-*`) with their light and dark defaults. Each panel sets `data-wsis-theme` on its wrapper, as a site can.',
      },
    },
  },
  render: () => {
    const tokens = colourTokens();
    return html`
      <main class="tokens" lang="en" dir="ltr">
        <h1>Colour tokens</h1>
        ${THEMES.map(
          // Each panel is focusable: at 320 px its table scrolls sideways, and a keyboard reader
          // must be able to scroll it (axe scrollable-region-focusable).
          (theme) => html`
            <section
              class="tokens-panel"
              data-wsis-theme=${theme}
              aria-labelledby="tokens-${theme}"
              tabindex="0"
            >
              <h2 id="tokens-${theme}">${theme === 'light' ? 'Light theme' : 'Dark theme'}</h2>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Swatch</th>
                    <th scope="col">Token</th>
                    <th scope="col">Value</th>
                    <th scope="col">Used for</th>
                  </tr>
                </thead>
                <tbody>
                  ${tokens.map(
                    (t) => html`
                      <tr>
                        <td>
                          <span class="tokens-swatch" style=${styleMap({ background: t[theme] })}></span>
                        </td>
                        <td><code>${t.name}</code></td>
                        <td><code>${t[theme]}</code></td>
                        <td>${t.use}</td>
                      </tr>
                    `,
                  )}
                </tbody>
              </table>
            </section>
          `,
        )}
      </main>
    `;
  },
};
export default meta;

export const Colours: StoryObj = {};

/** What the base element's JSDoc says each token is for, by name. */
function tokenUses(): Map<string, string> {
  const base = (
    manifest as {
      modules: {
        declarations?: { name: string; cssProperties?: { name: string; description?: string }[] }[];
      }[];
    }
  ).modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.name === BASE_ELEMENT);
  return new Map((base?.cssProperties ?? []).map((p) => [p.name, p.description ?? '']));
}

/** Every shared token once: what it is for and its default, the colours' as light-dark() pairs. */
export const Shared: StoryObj = {
  name: 'Every shared token',
  render: () => {
    const uses = tokenUses();
    return html`
      <main class="tokens" lang="en" dir="ltr">
        <h1>Shared tokens</h1>
        <section class="tokens-panel tokens-wide" aria-labelledby="tokens-shared" tabindex="0">
          <h2 id="tokens-shared">Read by every element; set them on :root or on any ancestor</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">Token</th>
                <th scope="col">Used for</th>
                <th scope="col">Default</th>
              </tr>
            </thead>
            <tbody>
              ${sharedTokens().map(
                (t) => html`
                  <tr>
                    <td><code>${t.name}</code></td>
                    <td>${uses.get(t.name)}</td>
                    <td><code>${t.value}</code></td>
                  </tr>
                `,
              )}
            </tbody>
          </table>
        </section>
      </main>
    `;
  },
};
