// The site's library module, bundled for the browser by scripts/build-site.mjs. It runs after the
// hydration support (its own module script, first in the page). The page's locale is set before any
// element is defined, so that each element's first render in the browser, which hydrates the
// server's HTML, is in the same language; only that locale's module is fetched.
//
// Nothing here waits on the network in sequence: the page's <link rel="modulepreload"> tags (written
// by build-site.mjs from esbuild's metafile) fetch this module's chunks, the page's locale module and
// the interactive elements' chunk in parallel, while the HTML is parsed. A preloaded module is
// fetched and parsed but not evaluated, so the order below (locale first, then the elements) holds.
import { setLocale } from 'wsis-components/localization.js';

await setLocale(document.documentElement.lang);

// What a reader acts on hydrates first. Their updates are all that runs before they work.
await import('./interactive.js');
performance.mark('wsis:interactive');

// The rest only shows content, which the server's HTML already shows in full (the footer's "Top"
// link works as a plain link): defined when the browser is idle, off the path to the first input.
const rest = () => import('wsis-components').then(() => performance.mark('wsis:all'));
if ('requestIdleCallback' in window) requestIdleCallback(rest, { timeout: 2000 });
else setTimeout(rest, 0);
