// Sets the page's locale (fetching only that locale's module), with a top-level await. client.js
// imports it first, so that the elements it imports after are defined, and their first render
// (which hydrates the server's HTML) runs, only once the page's language is set. client.js imports
// a name from it: a bare import of a file under package.json's "sideEffects" list may be dropped.
import { setLocale } from 'wsis-components/localization.js';

export const pageLocale = document.documentElement.lang;
await setLocale(pageLocale);
