/**
 * Foundations/Tokens: every colour token in both themes, side by side — swatch, name, value, what it
 * is for. Read from src/styles/shared.ts (tests/browser/helpers/tokens.ts, the reader the contrast test uses),
 * so the page cannot drift from the values the elements ship.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { colourTokens } from '../tests/browser/helpers/tokens.js';
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
