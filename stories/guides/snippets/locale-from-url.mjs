// The language from the address instead: /ar/news/ → ar, /zh/… → zh-Hans; <html lang> otherwise.
import { resolveLocale, setLocale, syncDocumentLocale } from 'wsis-components/localization';

const [first = ''] = location.pathname.split('/').filter(Boolean);
await setLocale(resolveLocale(first) ?? document.documentElement.lang);
syncDocumentLocale(); // writes the language's lang and dir on <html>, now and on every change
await import('wsis-components');
