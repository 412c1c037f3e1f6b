// Every story: autodocs from custom-elements.json, axe as a gate, and a `locale` toolbar global that
// sets the library's locale and `lang`/`dir` on the document, as a site would. The toolbar lists
// every language of the library, then the two pseudo-locales. A `theme` toolbar global (auto, light,
// dark) sets `data-wsis-theme` on <html> as a site would, through the package's theme.css.
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/styles/theme.css';
import { publicManifest } from './public-manifest.mjs';
import { MainDocsContainer } from './docs-container.js';
import '../stories/demo.css';
import './canvas.css';
import { LOCALES, localeDir, registerLocale, setLocale } from '../src/localization.js';
import pseudoLocales from 'virtual:wsis-pseudo-locales';

// The API tables list the public API only: the one rule is in public-manifest.mjs, and
// tests/node/docs-api.test.mjs runs Storybook's own table extraction on exactly this object.
setCustomElementsManifest(publicManifest(manifest));
// The pseudo-locales (longer and accented; mirrored right to left), registered as a site registers
// its own language: before the first setLocale. They are Storybook's only, never the package's, and
// registered `listed: false`: the toolbar offers them, no language switcher in a story does.
for (const pseudo of pseudoLocales) registerLocale(pseudo);

/**
 * The locale of the Docs page a story is framed in. On a Docs page each story is its own frame, and
 * Storybook does not pass the page's globals into it: a page opened in Arabic
 * (`iframe.html?viewMode=docs&globals=locale:ar`) would otherwise show its examples in English.
 */
function docsPageLocale(): string | undefined {
  try {
    if (window.parent === window || new URLSearchParams(location.search).has('globals')) return undefined;
    const parent = new URLSearchParams(window.parent.location.search);
    if (parent.get('viewMode') !== 'docs') return undefined;
    return /(?:^|;)locale:([\w-]+)/.exec(parent.get('globals') ?? '')?.[1];
  } catch {
    return undefined; // A parent on another origin.
  }
}

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the components and the document',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: LOCALES.map((l) => ({ value: l.code, title: l.endonym, right: l.code })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme: auto follows prefers-color-scheme; light and dark set data-wsis-theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'auto', title: 'Auto (prefers-color-scheme)' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'auto' },
  // A story with `parameters.wsisTheme` ('light' | 'dark') renders inside an ancestor carrying the
  // theme attribute a site sets (data-wsis-theme): the Docs pages' theming examples.
  decorators: [
    (story, { parameters }) =>
      parameters.wsisTheme
        ? html`<div class="demo-theme" data-wsis-theme=${parameters.wsisTheme}>${story()}</div>`
        : story(),
  ],
  // A loader runs before each render and may wait: the locale module arrives before the story draws.
  loaders: [
    async ({ globals }) => {
      const code = await setLocale(String(docsPageLocale() ?? globals.locale ?? 'en'));
      document.documentElement.lang = code;
      document.documentElement.dir = localeDir(code);
      const theme = String(globals.theme ?? 'auto');
      if (theme === 'light' || theme === 'dark') document.documentElement.dataset.wsisTheme = theme;
      else delete document.documentElement.dataset.wsisTheme;
      return { locale: code };
    },
  ],
  parameters: {
    controls: { expanded: true },
    // On a Docs page each story is its own page in a frame, as on a site: one banner, one
    // contentinfo, its own ids. Inline, the stories of one element would share one document.
    // The code a site writes is on each Docs page (its HTML section); a story's own source holds
    // demo wrappers, so it is not offered there.
    docs: {
      story: { inline: false, height: '320px' },
      canvas: { sourceState: 'none' },
      container: MainDocsContainer,
    },
    a11y: {
      // 'error' makes a story with violations fail in Storybook's test run and shows it red in the panel.
      test: 'error',
      options: {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
        },
      },
    },
  },
};

export default preview;
