// The site's library module, bundled for the browser by scripts/build-site.mjs. It runs after the
// hydration support (its own module script, first in the page).
//
// First the page's locale (page-locale.js awaits it at its top level, so the imports after it are
// evaluated once it is set), then what a reader acts on: the privacy notice, the skip link, the
// header (with the language switcher and logos) and the navigation. They are static imports, so
// they are in this entry's own file, not in a chunk of their own: every file the page needs at
// start is one request, and on HTTP/1.1 six connections serve the page's stylesheet and five
// modules in one round trip (a seventh waited a whole round trip more). The page's
// <link rel="modulepreload"> tags (from esbuild's metafile) fetch the chunks in parallel.
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
