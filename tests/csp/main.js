// The page's one script, from the built package (dist/), as a bundler sees it.
import '../../dist/index.js';
import { syncDocumentLocale } from '../../dist/localization.js';

syncDocumentLocale();
