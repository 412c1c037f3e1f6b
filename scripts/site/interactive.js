// What a reader acts on, as one module (one chunk in the site's bundle, not one per element): the
// privacy notice, the skip link, the header (with the language switcher and logos) and the
// navigation. Imported by client.js once the page's locale is set.
import 'wsis-components/wsis-privacy-notice.js';
import 'wsis-components/wsis-skip-link.js';
import 'wsis-components/wsis-header.js';
import 'wsis-components/wsis-nav.js';
