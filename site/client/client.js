// The site's one module script, bundled for the browser by site/build.mjs (Rolldown).
//
// First the hydration support: it must run before LitElement is evaluated. The build puts it, Lit
// and the library's shared code into one chunk in this import order (and its site test fails when
// Lit comes first), so one module script is enough. Then the page's locale (page-locale.js awaits it
// at its top level, so the imports after it are evaluated once it is set), then what a reader acts
// on: the privacy notice, the skip link, the header (with the language switcher and logos) and the
// navigation. The build keeps these elements in this entry's own file, after the top-level await:
// defined in a chunk, they would run before the locale is set.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { pageLocale } from './page-locale.js';
import 'wsis-components/wsis-privacy-notice.js';
import 'wsis-components/wsis-skip-link.js';
import 'wsis-components/wsis-header.js';
import 'wsis-components/wsis-nav.js';

performance.mark('wsis:interactive', { detail: pageLocale });

// The rest only shows content, which the server's HTML already shows in full (the footer's "Top"
// link works as a plain link): defined when the browser is idle, off the path to the first input.
const rest = () => import('./rest.js').then(() => performance.mark('wsis:all'));
if ('requestIdleCallback' in window) requestIdleCallback(rest, { timeout: 2000 });
else setTimeout(rest, 0);
