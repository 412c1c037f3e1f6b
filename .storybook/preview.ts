// Every story: autodocs from custom-elements.json, axe as a gate, and a `locale` toolbar global that
// sets the library's locale and `lang`/`dir` on the document, as a site would. The toolbar lists
// every language of the library, then the two pseudo-locales. A `theme` toolbar global (auto, light,
// dark) sets `data-wsis-theme` on <html> as a site would, through the package's theme.css.
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/styles/theme.css';
import '../stories/demo.css';
import './canvas.css';
import { LOCALES, localeDir, registerLocale, setLocale } from '../src/localization.js';
import pseudoLocales from 'virtual:wsis-pseudo-locales';

setCustomElementsManifest(manifest);
// The pseudo-locales (longer and accented; mirrored right to left), registered as a site registers
// its own language: before the first setLocale. They are Storybook's only, never the package's.
for (const pseudo of pseudoLocales) registerLocale(pseudo);

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
  // A loader runs before each render and may wait: the locale module arrives before the story draws.
  loaders: [
    async ({ globals }) => {
      const code = await setLocale(String(globals.locale ?? 'en'));
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
