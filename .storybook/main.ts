// Storybook for the web components, built with Vite; telemetry off (it stalls on a closed network).
import type { StorybookConfig } from '@storybook/web-components-vite';
import { pseudoLocalesPlugin } from '../scripts/i18n/pseudo-locales.mjs';
import { storybookDataPlugin } from '../scripts/docs/storybook-data.mjs';

const config: StorybookConfig = {
  // WSIS_SWEEP_FIXTURE=1 builds the deliberately broken fixture alone, for the sweep's own test
  // (tests/storybook/sweep.test.mjs); it is never part of the Storybook a site team sees.
  stories:
    process.env.WSIS_SWEEP_FIXTURE === '1'
      ? ['../tests/storybook/fixtures/sweep-broken.stories.ts']
      : ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  // Storybook's own manager and docs chunks are large by nature; the library's weight is measured
  // on its own build, so Vite's chunk-size warning here is only noise.
  // The pseudo-locales (en-XA, ar-XB) are made from the XLIFF as a virtual module: built fresh with
  // Storybook, never written into src/, so never in the package. The Docs pages' data is made the
  // same way (scripts/docs/storybook-data.mjs).
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []), pseudoLocalesPlugin(), storybookDataPlugin()],
    build: { ...viteConfig.build, chunkSizeWarningLimit: 2048 },
  }),
};

export default config;
