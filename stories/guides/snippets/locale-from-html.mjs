// /assets/main.js: the page's language is the one the server wrote in <html lang>.
import { setLocale, syncDocumentLocale } from 'wsis-components/localization';

await setLocale(document.documentElement.lang); // "fr", "fr-CA" → fr, "zh-CN" → zh-Hans
syncDocumentLocale(); // from now on, <html lang dir> follows the language switcher
await import('wsis-components'); // defined after the locale is set: their first render is French
