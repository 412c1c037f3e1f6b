import type { DefineComponent } from 'vue';
import type {
  WsisConsentChangeDetail,
  WsisLocaleChangeDetail,
  WsisBreadcrumb,
  WsisFooter,
  WsisHeader,
  WsisLanguageSwitcher,
  WsisLogo,
  WsisMessage,
  WsisNav,
  WsisPrivacyNotice,
  WsisSkipLink,
} from 'wsis-components';

type WsisBreadcrumbProps = {
  /** The name of the navigation landmark. Defaults to "Breadcrumb" in the current language. */
  label?: WsisBreadcrumb['label'];
  /** The trail as data: an array of `{label, href, lang}`, from the home page to the current page.
When set, it replaces the light-DOM links. Bad steps are reported with `console.error` and
skipped; unsafe URLs never reach an `href`. */
  items?: WsisBreadcrumb['items'];
};

type WsisFooterProps = {
  /** The copyright holder: `wsis` (the default), `itu` or `un`, written as that organisation's short
name in the current language (WSIS, SMSI, CMSI, ВВУИО, 信息社会世界峰会, القمة العالمية لمجتمع
المعلومات), or any other name, written as given. */
  org?: WsisFooter['org'];
  /** The year in the copyright line; defaults to the current year. Written in the locale's digits. */
  year?: WsisFooter['year'];
  /** URL of the Logo Policy page. Without it the label renders as text and a warning is given. */
  'logo-policy-href'?: WsisFooter['logoPolicyHref'];
  /** URL of the Privacy Notices page. Without it the label renders as text and a warning is given. */
  'privacy-href'?: WsisFooter['privacyHref'];
  /** Date of the last update of the page, as `YYYY-MM-DD`. An invalid date warns and is left out. */
  'last-updated'?: WsisFooter['lastUpdated'];
  /** Id of the element that "Top" moves focus to (without `#`); `<body>` when no element has it. */
  'top-target'?: WsisFooter['topTarget'];
};

type WsisHeaderProps = {
  /** The site's home page: the WSIS logo and title link to it. */
  'home-href'?: WsisHeader['homeHref'];
  /** Link of the United Nations logo, e.g. `https://www.un.org/`. */
  'un-href'?: WsisHeader['unHref'];
  /** Link of the ITU logo, e.g. `https://www.itu.int/`. */
  'itu-href'?: WsisHeader['ituHref'];
  /** `href-template` of the built-in language switcher, e.g. `/{locale}/index.html`. Without it the
switcher changes language in the page. */
  'language-href-template'?: WsisHeader['languageHrefTemplate'];
};

type WsisLanguageSwitcherProps = {
  /** Builds one link a language: `{locale}` is replaced by the locale code (`ar`, `zh-Hans`, `en`,
`fr`, `ru`, `es`). Without `{locale}` a warning is given; an unsafe URL (`javascript:`…) is
refused, with a warning, and the language is shown as plain text. */
  'href-template'?: WsisLanguageSwitcher['hrefTemplate'];
  /** Always uses the compact disclosure form. Without it, the form is compact only below 40em. */
  compact?: WsisLanguageSwitcher['compact'];

  /** In-page mode, before switching: cancelable, `detail.locale` is the chosen code. Bubbles and crosses shadow roots. */
  'onwsis-locale-change'?: (e: CustomEvent<WsisLocaleChangeDetail>) => void;
};

type WsisLogoProps = {
  /** Which organisation: `un`, `itu` or `wsis`. Any other value renders nothing, with a console error. */
  org?: WsisLogo['org'];
  /** Makes the logo a link, usually to the organisation's home page. */
  href?: WsisLogo['href'];
  /** Hides the logo from assistive technology, for when text beside it already names the
organisation. With `href`, the link also leaves the tab order (the text beside it is the link). */
  decorative?: WsisLogo['decorative'];
  /** Shows the mark (the short form) without the full name beside it, for when the name is written beside it. */
  'mark-only'?: WsisLogo['markOnly'];
  /** `small`, `medium` (default) or `large`. */
  size?: WsisLogo['size'];
  /** Language-neutral official artwork, shown when `sources` has no file for the current locale. */
  src?: WsisLogo['src'];
  /** Official artwork a language: locale code → URL, e.g. `{ fr: '/img/uit.svg', ar: '/img/itu-ar.svg' }`.
As an attribute, the same as JSON. Keys may be any tag (`zh`, `fr-CH`); they are matched to the
library's locales. */
  sources?: WsisLogo['sources'];
};

type WsisMessageProps = {
  /** Level of the heading, 1–6, so that it fits the page outline. Other values warn and give 2. */
  'heading-level'?: WsisMessage['headingLevel'];
  /** The author's name, for example "Mr. Yoshio Utsumi". Also the default signature. */
  author?: WsisMessage['author'];
  /** The author's role, for example "Secretary-General of ITU". */
  'author-role'?: WsisMessage['authorRole'];
  /** Language of `author` and `author-role` when it differs from the page's (for example `en` for an
English name and title on an Arabic page): their lines and the signature then carry `lang` and
`dir`, and take that language's face, line height and direction. */
  'author-lang'?: WsisMessage['authorLang'];
  /** Date of the message as `YYYY-MM-DD`; shown in the reader's language. An invalid date warns and is left out. */
  date?: WsisMessage['date'];
  /** URL of the author's portrait. Unsafe URLs are refused with a warning. */
  'portrait-src'?: WsisMessage['portraitSrc'];
  /** Text alternative of the portrait. Without it the portrait is treated as decorative (`alt=""`),
since the author's name is next to it, and a warning asks for one. */
  'portrait-alt'?: WsisMessage['portraitAlt'];
  /** Language of the text of the message when it differs from the page's, as a BCP 47 tag (`en`,
`fr`, `zh-Hans`). The wrapper around the text then carries `lang` and the matching `dir`. */
  'body-lang'?: WsisMessage['bodyLang'];
  /** Other languages the message is published in, as a JSON object of locale codes and URLs:
`{"fr": "/fr/message.html", "ar": "/ar/message.html"}`. Rendered as "Also available in" links
named in their own language, in the UN order; the current locale is left out. */
  translations?: WsisMessage['translations'];
};

type WsisNavProps = {
  /** The name of the navigation landmark. Defaults to "Main" in the current language; give every
other navigation on the page its own (e.g. "Footer") so that landmarks have distinct names. */
  label?: WsisNav['label'];
  /** When present, the element marks as current the item whose link points to the page's own
address (origin and path), in addition to any item marked `current`, and follows the page's
address as a single-page site changes it. */
  'current-from-location'?: WsisNav['currentFromLocation'];
  /** Items as data, for sites that build menus from a CMS: an array of `{label, href, current,
lang, children}`. When set, it replaces the light-DOM links. Bad items are reported with
`console.error` and skipped; unsafe URLs (`javascript:`, `data:`…) never reach an `href`. */
  items?: WsisNav['items'];
};

type WsisPrivacyNoticeProps = {
  /** The version of the site's privacy policy. A stored choice for another version does not count:
the notice asks again. Change it when the policy changes. */
  'policy-version'?: WsisPrivacyNotice['policyVersion'];
  /** URL of the full privacy notice. Passed through the URL safety check. */
  'privacy-href'?: WsisPrivacyNotice['privacyHref'];
  /** URL of the site's cookie settings page, linked from the confirmation. Without it, a button reopens the question. */
  'settings-href'?: WsisPrivacyNotice['settingsHref'];
  /** Where the form posts without JavaScript (`name="cookies"`, `value="accept"` or `"reject"`).
Without it the buttons are plain buttons and the notice needs JavaScript. */
  action?: WsisPrivacyNotice['action'];
  /** With JavaScript, also let the form post to `action` after the choice is stored (a page load). */
  'submit-to-server'?: WsisPrivacyNotice['submitToServer'];
  /** The `localStorage` key of the default storage. Ignored when `storage` is set. */
  'storage-key'?: WsisPrivacyNotice['storageKey'];
  /** Where the choice is kept (a JavaScript property). Default: `localStorage` under `storage-key`,
created when the element connects. Any `{read(): string | null; write(value: string): void}`
works, for example one that sets a cookie the server reads. */
  storage?: WsisPrivacyNotice['storage'];
  /** The reader's current choice for `policy-version`: `'accepted'`, `'rejected'` or `null` (not asked yet). */
  decision?: WsisPrivacyNotice['decision'];
  /** After the reader accepts or rejects: `detail` is `{decision: 'accepted'|'rejected', version, date}`. Bubbles and crosses shadow roots. */
  'onwsis-consent-change'?: (e: CustomEvent<WsisConsentChangeDetail>) => void;
};

type WsisSkipLinkProps = {
  /** The id of the element to skip to, in the page's light DOM (without `#`). */
  target?: WsisSkipLink['target'];
};

export type CustomElements = {
  /**
   * Breadcrumb trail in a named navigation landmark, ending in the current page.
   * ---
   *
   *
   * ### **Methods:**
   *
   *
   *
   *
   *
   * ### **Slots:**
   *  - _default_ - The site's trail: an `<ol>` (or `<ul>`) of links, or `<a>` elements. Read, not shown, once the element has upgraded.
   *
   * ### **CSS Properties:**
   *  - **--wsis-breadcrumb-color** - Colour of the links (default: the link colour). _(default: undefined)_
   * - **--wsis-breadcrumb-separator-color** - Colour of the separators. _(default: undefined)_
   * - **--wsis-color-text** - Text. _(default: undefined)_
   * - **--wsis-color-text-muted** - Secondary text (dates) and drawn separators. _(default: undefined)_
   * - **--wsis-color-surface** - Background of bars and panels; the page behind the elements should match. _(default: undefined)_
   * - **--wsis-color-surface-subtle** - Background of the footer and the privacy notice. _(default: undefined)_
   * - **--wsis-color-border** - Rules and borders (3:1 on both surfaces). _(default: undefined)_
   * - **--wsis-color-brand** - The WSIS blue: marks, headings, accents, current-page bars. _(default: undefined)_
   * - **--wsis-color-brand-strong** - Hovered and pressed buttons. _(default: undefined)_
   * - **--wsis-color-on-brand** - Text on the brand colour. _(default: undefined)_
   * - **--wsis-color-link** - Links. _(default: undefined)_
   * - **--wsis-color-focus** - The focus ring. _(default: undefined)_
   * - **--wsis-color-focus-text** - The dark ring around the focus ring, and text on the focus colour. _(default: undefined)_
   * - **--wsis-color-shadow** - Shadow under drop-down panels. _(default: undefined)_
   * - **--wsis-color-print-ink** - Ink of the printed form. _(default: undefined)_
   * - **--wsis-font-family** - Font stack for Latin and Cyrillic text. _(default: undefined)_
   * - **--wsis-font-family-arabic** - Font stack for Arabic text. _(default: undefined)_
   * - **--wsis-font-family-chinese** - Font stack for Chinese text. _(default: undefined)_
   * - **--wsis-space** - The base spacing unit. _(default: undefined)_
   * - **--wsis-radius** - Corner radius of buttons and panels. _(default: undefined)_
   * - **--wsis-page-max-width** - Greatest width of the content of the header, navigation, privacy notice, message and footer: the page grid. _(default: undefined)_
   * - **--wsis-page-padding-inline** - Space at the inline start and end of that content (16 px on a phone, growing to 32 px). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **nav** - The `<nav>` landmark.
   * - **list** - The `<ol>`.
   * - **link** - Each link, the current page's included when it has one.
   * - **current** - The current page when it is text, not a link.
   * - **separator** - The decorative chevron between steps.
   */
  'wsis-breadcrumb': DefineComponent<WsisBreadcrumbProps>;

  /**
   * Page footer: site links, Top, copyright, Logo Policy, Privacy Notices, Updated date.
   * ---
   *
   *
   * ### **Methods:**
   *
   *
   *
   *
   *
   * ### **Slots:**
   *  - _default_ - The site's link groups (for example a `<nav aria-label="…">` repeating the main sections), in light DOM.
   *
   * ### **CSS Properties:**
   *  - **--wsis-footer-background** - Background of the footer (default: a light grey). _(default: undefined)_
   * - **--wsis-footer-color** - Text colour. _(default: undefined)_
   * - **--wsis-footer-link-color** - Link colour. _(default: undefined)_
   * - **--wsis-color-text** - Text. _(default: undefined)_
   * - **--wsis-color-text-muted** - Secondary text (dates) and drawn separators. _(default: undefined)_
   * - **--wsis-color-surface** - Background of bars and panels; the page behind the elements should match. _(default: undefined)_
   * - **--wsis-color-surface-subtle** - Background of the footer and the privacy notice. _(default: undefined)_
   * - **--wsis-color-border** - Rules and borders (3:1 on both surfaces). _(default: undefined)_
   * - **--wsis-color-brand** - The WSIS blue: marks, headings, accents, current-page bars. _(default: undefined)_
   * - **--wsis-color-brand-strong** - Hovered and pressed buttons. _(default: undefined)_
   * - **--wsis-color-on-brand** - Text on the brand colour. _(default: undefined)_
   * - **--wsis-color-link** - Links. _(default: undefined)_
   * - **--wsis-color-focus** - The focus ring. _(default: undefined)_
   * - **--wsis-color-focus-text** - The dark ring around the focus ring, and text on the focus colour. _(default: undefined)_
   * - **--wsis-color-shadow** - Shadow under drop-down panels. _(default: undefined)_
   * - **--wsis-color-print-ink** - Ink of the printed form. _(default: undefined)_
   * - **--wsis-font-family** - Font stack for Latin and Cyrillic text. _(default: undefined)_
   * - **--wsis-font-family-arabic** - Font stack for Arabic text. _(default: undefined)_
   * - **--wsis-font-family-chinese** - Font stack for Chinese text. _(default: undefined)_
   * - **--wsis-space** - The base spacing unit. _(default: undefined)_
   * - **--wsis-radius** - Corner radius of buttons and panels. _(default: undefined)_
   * - **--wsis-page-max-width** - Greatest width of the content of the header, navigation, privacy notice, message and footer: the page grid. _(default: undefined)_
   * - **--wsis-page-padding-inline** - Space at the inline start and end of that content (16 px on a phone, growing to 32 px). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **groups** - The wrapper around the slotted link groups.
   * - **legal** - The list of legal and practical items.
   * - **top-link** - The "Top" link.
   * - **copyright** - The copyright line.
   * - **logo-policy** - The Logo Policy link (or text, without `logo-policy-href`).
   * - **privacy** - The Privacy Notices link (or text, without `privacy-href`).
   * - **updated** - The `<time>` of the last update.
   */
  'wsis-footer': DefineComponent<WsisFooterProps>;

  /**
   * Page banner: UN · ITU, the WSIS logo and title, languages and navigation.
   * ---
   *
   *
   * ### **Methods:**
   *
   *
   *
   *
   *
   * ### **Slots:**
   *  - **skip-link** - The page's `<wsis-skip-link>`, rendered first.
   * - **title** - Replaces the site title (default: "World Summit on the Information Society" in the current language).
   * - **navigation** - The site's main navigation, e.g. `<nav aria-label="Main">`.
   * - **languages** - Replaces the built-in `<wsis-language-switcher>`, e.g. with one that holds the site's own links.
   * - **institutions** - Replaces the UN and ITU logos, e.g. with `<wsis-logo>` elements showing official artwork the site has the right to use.
   * - **logo** - Replaces the WSIS mark beside the title, e.g. with official artwork.
   *
   * ### **CSS Properties:**
   *  - **--wsis-header-background** - Background of the banner. _(default: undefined)_
   * - **--wsis-header-accent** - Colour of the rule under the banner. _(default: undefined)_
   * - **--wsis-header-rule** - Colour of the thin rule under the institutional line. _(default: undefined)_
   * - **--wsis-header-title-color** - Colour of the site title. _(default: undefined)_
   * - **--wsis-header-padding-inline** - Space at the inline start and end (default: the page grid's, `--wsis-page-padding-inline`). _(default: undefined)_
   * - **--wsis-color-text** - Text. _(default: undefined)_
   * - **--wsis-color-text-muted** - Secondary text (dates) and drawn separators. _(default: undefined)_
   * - **--wsis-color-surface** - Background of bars and panels; the page behind the elements should match. _(default: undefined)_
   * - **--wsis-color-surface-subtle** - Background of the footer and the privacy notice. _(default: undefined)_
   * - **--wsis-color-border** - Rules and borders (3:1 on both surfaces). _(default: undefined)_
   * - **--wsis-color-brand** - The WSIS blue: marks, headings, accents, current-page bars. _(default: undefined)_
   * - **--wsis-color-brand-strong** - Hovered and pressed buttons. _(default: undefined)_
   * - **--wsis-color-on-brand** - Text on the brand colour. _(default: undefined)_
   * - **--wsis-color-link** - Links. _(default: undefined)_
   * - **--wsis-color-focus** - The focus ring. _(default: undefined)_
   * - **--wsis-color-focus-text** - The dark ring around the focus ring, and text on the focus colour. _(default: undefined)_
   * - **--wsis-color-shadow** - Shadow under drop-down panels. _(default: undefined)_
   * - **--wsis-color-print-ink** - Ink of the printed form. _(default: undefined)_
   * - **--wsis-font-family** - Font stack for Latin and Cyrillic text. _(default: undefined)_
   * - **--wsis-font-family-arabic** - Font stack for Arabic text. _(default: undefined)_
   * - **--wsis-font-family-chinese** - Font stack for Chinese text. _(default: undefined)_
   * - **--wsis-space** - The base spacing unit. _(default: undefined)_
   * - **--wsis-radius** - Corner radius of buttons and panels. _(default: undefined)_
   * - **--wsis-page-max-width** - Greatest width of the content of the header, navigation, privacy notice, message and footer: the page grid. _(default: undefined)_
   * - **--wsis-page-padding-inline** - Space at the inline start and end of that content (16 px on a phone, growing to 32 px). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **institutions** - The line with the UN and ITU logos and the languages.
   * - **brand** - The WSIS logo and title (a link when `home-href` is set).
   * - **title** - The site title.
   * - **navigation** - The box around the navigation slot.
   */
  'wsis-header': DefineComponent<WsisHeaderProps>;

  /**
   * Language switcher with endonyms: links or in-page, compact on narrow screens.
   * ---
   *
   *
   * ### **Events:**
   *  - **wsis-locale-change** - In-page mode, before switching: cancelable, `detail.locale` is the chosen code. Bubbles and crosses shadow roots.
   *
   * ### **Methods:**
   *
   *
   *
   *
   *
   * ### **Slots:**
   *  - _default_ - The site's own language links: `<a href hreflang>` elements, or a `<ul>` of them.
   *
   * ### **CSS Properties:**
   *  - **--wsis-language-switcher-color** - Text colour. _(default: undefined)_
   * - **--wsis-color-text** - Text. _(default: undefined)_
   * - **--wsis-color-text-muted** - Secondary text (dates) and drawn separators. _(default: undefined)_
   * - **--wsis-color-surface** - Background of bars and panels; the page behind the elements should match. _(default: undefined)_
   * - **--wsis-color-surface-subtle** - Background of the footer and the privacy notice. _(default: undefined)_
   * - **--wsis-color-border** - Rules and borders (3:1 on both surfaces). _(default: undefined)_
   * - **--wsis-color-brand** - The WSIS blue: marks, headings, accents, current-page bars. _(default: undefined)_
   * - **--wsis-color-brand-strong** - Hovered and pressed buttons. _(default: undefined)_
   * - **--wsis-color-on-brand** - Text on the brand colour. _(default: undefined)_
   * - **--wsis-color-link** - Links. _(default: undefined)_
   * - **--wsis-color-focus** - The focus ring. _(default: undefined)_
   * - **--wsis-color-focus-text** - The dark ring around the focus ring, and text on the focus colour. _(default: undefined)_
   * - **--wsis-color-shadow** - Shadow under drop-down panels. _(default: undefined)_
   * - **--wsis-color-print-ink** - Ink of the printed form. _(default: undefined)_
   * - **--wsis-font-family** - Font stack for Latin and Cyrillic text. _(default: undefined)_
   * - **--wsis-font-family-arabic** - Font stack for Arabic text. _(default: undefined)_
   * - **--wsis-font-family-chinese** - Font stack for Chinese text. _(default: undefined)_
   * - **--wsis-space** - The base spacing unit. _(default: undefined)_
   * - **--wsis-radius** - Corner radius of buttons and panels. _(default: undefined)_
   * - **--wsis-page-max-width** - Greatest width of the content of the header, navigation, privacy notice, message and footer: the page grid. _(default: undefined)_
   * - **--wsis-page-padding-inline** - Space at the inline start and end of that content (16 px on a phone, growing to 32 px). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **toggle** - The disclosure button of the compact form.
   * - **panel** - The box holding the list (a drop-down in the compact form).
   * - **list** - The `<ul>` of languages the element renders itself.
   */
  'wsis-language-switcher': DefineComponent<WsisLanguageSwitcherProps>;

  /**
   * Logo of the UN, ITU or WSIS: a wordmark in the current language, or official artwork.
   * ---
   *
   *
   * ### **Methods:**
   *
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--wsis-logo-height** - Height of the mark (default 2.5rem; 1.75rem small, 3.5rem large). _(default: undefined)_
   * - **--wsis-logo-color** - Colour of mark and wordmark (default: the brand colour). _(default: undefined)_
   * - **--wsis-logo-clear-space** - Space kept free around the logo (default: a quarter of its height). _(default: undefined)_
   * - **--wsis-color-text** - Text. _(default: undefined)_
   * - **--wsis-color-text-muted** - Secondary text (dates) and drawn separators. _(default: undefined)_
   * - **--wsis-color-surface** - Background of bars and panels; the page behind the elements should match. _(default: undefined)_
   * - **--wsis-color-surface-subtle** - Background of the footer and the privacy notice. _(default: undefined)_
   * - **--wsis-color-border** - Rules and borders (3:1 on both surfaces). _(default: undefined)_
   * - **--wsis-color-brand** - The WSIS blue: marks, headings, accents, current-page bars. _(default: undefined)_
   * - **--wsis-color-brand-strong** - Hovered and pressed buttons. _(default: undefined)_
   * - **--wsis-color-on-brand** - Text on the brand colour. _(default: undefined)_
   * - **--wsis-color-link** - Links. _(default: undefined)_
   * - **--wsis-color-focus** - The focus ring. _(default: undefined)_
   * - **--wsis-color-focus-text** - The dark ring around the focus ring, and text on the focus colour. _(default: undefined)_
   * - **--wsis-color-shadow** - Shadow under drop-down panels. _(default: undefined)_
   * - **--wsis-color-print-ink** - Ink of the printed form. _(default: undefined)_
   * - **--wsis-font-family** - Font stack for Latin and Cyrillic text. _(default: undefined)_
   * - **--wsis-font-family-arabic** - Font stack for Arabic text. _(default: undefined)_
   * - **--wsis-font-family-chinese** - Font stack for Chinese text. _(default: undefined)_
   * - **--wsis-space** - The base spacing unit. _(default: undefined)_
   * - **--wsis-radius** - Corner radius of buttons and panels. _(default: undefined)_
   * - **--wsis-page-max-width** - Greatest width of the content of the header, navigation, privacy notice, message and footer: the page grid. _(default: undefined)_
   * - **--wsis-page-padding-inline** - Space at the inline start and end of that content (16 px on a phone, growing to 32 px). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **link** - The `<a>` when `href` is set.
   * - **logo** - The box around mark and wordmark (with the clear space).
   * - **mark** - The official short form in its box.
   * - **wordmark** - The full official name beside the mark.
   * - **image** - The `<img>` of site artwork from `src` or `sources`.
   */
  'wsis-logo': DefineComponent<WsisLogoProps>;

  /**
   * An official message: heading, author, date, text, signature, other languages.
   * ---
   *
   *
   * ### **Methods:**
   *
   *
   *
   *
   *
   * ### **Slots:**
   *  - _default_ - The text of the message (paragraphs, lists, links), in light DOM.
   * - **heading** - Replaces the heading text ("Message from {author}").
   * - **author** - Replaces the author's name given in `author`.
   * - **author-role** - Replaces the author's role given in `author-role`.
   * - **signature** - Replaces the signature line (the author's name by default).
   * - **translations** - The site's own links to other languages: shown after the ones from `translations`, or, when it gives none, on their own (give them their own label then). Shown without JavaScript too.
   *
   * ### **CSS Properties:**
   *  - **--wsis-message-measure** - Greatest line length of the text (default: 70ch). _(default: undefined)_
   * - **--wsis-message-heading-size** - Font size of the heading (default: 1.25rem on a phone, growing with the viewport to 1.75rem). _(default: undefined)_
   * - **--wsis-message-portrait-size** - Width of the portrait (default: 6rem). _(default: undefined)_
   * - **--wsis-color-text** - Text. _(default: undefined)_
   * - **--wsis-color-text-muted** - Secondary text (dates) and drawn separators. _(default: undefined)_
   * - **--wsis-color-surface** - Background of bars and panels; the page behind the elements should match. _(default: undefined)_
   * - **--wsis-color-surface-subtle** - Background of the footer and the privacy notice. _(default: undefined)_
   * - **--wsis-color-border** - Rules and borders (3:1 on both surfaces). _(default: undefined)_
   * - **--wsis-color-brand** - The WSIS blue: marks, headings, accents, current-page bars. _(default: undefined)_
   * - **--wsis-color-brand-strong** - Hovered and pressed buttons. _(default: undefined)_
   * - **--wsis-color-on-brand** - Text on the brand colour. _(default: undefined)_
   * - **--wsis-color-link** - Links. _(default: undefined)_
   * - **--wsis-color-focus** - The focus ring. _(default: undefined)_
   * - **--wsis-color-focus-text** - The dark ring around the focus ring, and text on the focus colour. _(default: undefined)_
   * - **--wsis-color-shadow** - Shadow under drop-down panels. _(default: undefined)_
   * - **--wsis-color-print-ink** - Ink of the printed form. _(default: undefined)_
   * - **--wsis-font-family** - Font stack for Latin and Cyrillic text. _(default: undefined)_
   * - **--wsis-font-family-arabic** - Font stack for Arabic text. _(default: undefined)_
   * - **--wsis-font-family-chinese** - Font stack for Chinese text. _(default: undefined)_
   * - **--wsis-space** - The base spacing unit. _(default: undefined)_
   * - **--wsis-radius** - Corner radius of buttons and panels. _(default: undefined)_
   * - **--wsis-page-max-width** - Greatest width of the content of the header, navigation, privacy notice, message and footer: the page grid. _(default: undefined)_
   * - **--wsis-page-padding-inline** - Space at the inline start and end of that content (16 px on a phone, growing to 32 px). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **article** - The `<article>` that holds everything.
   * - **header** - The heading, byline, date and portrait.
   * - **portrait** - The portrait `<img>`.
   * - **heading** - The heading (`<h1>`–`<h6>`).
   * - **byline** - The author's name and role.
   * - **date** - The `<time>` element.
   * - **translations** - The "Also available in" block.
   * - **body** - The wrapper around the slotted text; carries `lang` and `dir` from `body-lang`.
   * - **signature** - The signature line.
   */
  'wsis-message': DefineComponent<WsisMessageProps>;

  /**
   * Primary navigation with sub-page disclosures and a mobile menu, built from plain links.
   * ---
   *
   *
   * ### **Methods:**
   *
   *
   *
   *
   *
   * ### **Slots:**
   *  - _default_ - The site's links: `<a>` elements or a `<ul>`/`<ol>` of them (see above). Read, not shown, once the element has upgraded.
   *
   * ### **CSS Properties:**
   *  - **--wsis-nav-background** - Background of the bar (default: the surface colour). _(default: undefined)_
   * - **--wsis-nav-color** - Colour of the links (default: the link colour). _(default: undefined)_
   * - **--wsis-nav-current-color** - Colour of the bar under the current page's link (default: the brand colour). _(default: undefined)_
   * - **--wsis-nav-border-color** - Colour of the rule under the bar. _(default: undefined)_
   * - **--wsis-color-text** - Text. _(default: undefined)_
   * - **--wsis-color-text-muted** - Secondary text (dates) and drawn separators. _(default: undefined)_
   * - **--wsis-color-surface** - Background of bars and panels; the page behind the elements should match. _(default: undefined)_
   * - **--wsis-color-surface-subtle** - Background of the footer and the privacy notice. _(default: undefined)_
   * - **--wsis-color-border** - Rules and borders (3:1 on both surfaces). _(default: undefined)_
   * - **--wsis-color-brand** - The WSIS blue: marks, headings, accents, current-page bars. _(default: undefined)_
   * - **--wsis-color-brand-strong** - Hovered and pressed buttons. _(default: undefined)_
   * - **--wsis-color-on-brand** - Text on the brand colour. _(default: undefined)_
   * - **--wsis-color-link** - Links. _(default: undefined)_
   * - **--wsis-color-focus** - The focus ring. _(default: undefined)_
   * - **--wsis-color-focus-text** - The dark ring around the focus ring, and text on the focus colour. _(default: undefined)_
   * - **--wsis-color-shadow** - Shadow under drop-down panels. _(default: undefined)_
   * - **--wsis-color-print-ink** - Ink of the printed form. _(default: undefined)_
   * - **--wsis-font-family** - Font stack for Latin and Cyrillic text. _(default: undefined)_
   * - **--wsis-font-family-arabic** - Font stack for Arabic text. _(default: undefined)_
   * - **--wsis-font-family-chinese** - Font stack for Chinese text. _(default: undefined)_
   * - **--wsis-space** - The base spacing unit. _(default: undefined)_
   * - **--wsis-radius** - Corner radius of buttons and panels. _(default: undefined)_
   * - **--wsis-page-max-width** - Greatest width of the content of the header, navigation, privacy notice, message and footer: the page grid. _(default: undefined)_
   * - **--wsis-page-padding-inline** - Space at the inline start and end of that content (16 px on a phone, growing to 32 px). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **nav** - The `<nav>` landmark.
   * - **menu-button** - The "Menu" button shown on narrow screens.
   * - **list** - The top-level list.
   * - **link** - Every link.
   * - **toggle** - The button that opens a group's sub-pages.
   * - **submenu** - A group's list of sub-pages.
   */
  'wsis-nav': DefineComponent<WsisNavProps>;

  /**
   * Cookie consent notice: named region, plain form without JavaScript, versioned choice.
   * ---
   *
   *
   * ### **Events:**
   *  - **wsis-consent-change** - After the reader accepts or rejects: `detail` is `{decision: 'accepted'|'rejected', version, date}`. Bubbles and crosses shadow roots.
   *
   * ### **Methods:**
   *  - **readConsent(storage: _WsisConsentStorage_, version: _string_): _WsisConsentRecord | null_** - The stored choice for `version`, or `null` when there is none, it answers another version, or
   * storage cannot be read (a console warning then says why). For a site that decides whether to
   * load analytics before the element is defined. Never throws.
   * - **reopen(): _Promise<void>_** - Shows the question again, whatever was chosen, and moves focus to it: for a "cookie settings"
   * link. The earlier choice stays in force until a new one is made.
   * - **choose(decision: _WsisConsentDecision_): _Promise<void>_** - Records a choice as if the reader had pressed the button: stores it, fires the event, confirms.
   *
   *
   *
   *
   *
   * ### **Slots:**
   *  - _default_ - The site's short explanation (one or two `<p>`). Defaults to a localized sentence about essential and optional cookies.
   *
   * ### **CSS Properties:**
   *  - **--wsis-privacy-notice-background** - Background of the notice (default a light grey). _(default: undefined)_
   * - **--wsis-privacy-notice-accent** - Colour of the rule under the notice (default the brand colour). _(default: undefined)_
   * - **--wsis-privacy-notice-max-width** - Maximum width of the content (default: the page grid's, `--wsis-page-max-width`). _(default: undefined)_
   * - **--wsis-privacy-notice-button-background** - Background of both choice buttons. _(default: undefined)_
   * - **--wsis-privacy-notice-button-color** - Text colour of both choice buttons. _(default: undefined)_
   * - **--wsis-privacy-notice-button-hover-background** - Background of a choice button under the pointer. _(default: undefined)_
   * - **--wsis-color-text** - Text. _(default: undefined)_
   * - **--wsis-color-text-muted** - Secondary text (dates) and drawn separators. _(default: undefined)_
   * - **--wsis-color-surface** - Background of bars and panels; the page behind the elements should match. _(default: undefined)_
   * - **--wsis-color-surface-subtle** - Background of the footer and the privacy notice. _(default: undefined)_
   * - **--wsis-color-border** - Rules and borders (3:1 on both surfaces). _(default: undefined)_
   * - **--wsis-color-brand** - The WSIS blue: marks, headings, accents, current-page bars. _(default: undefined)_
   * - **--wsis-color-brand-strong** - Hovered and pressed buttons. _(default: undefined)_
   * - **--wsis-color-on-brand** - Text on the brand colour. _(default: undefined)_
   * - **--wsis-color-link** - Links. _(default: undefined)_
   * - **--wsis-color-focus** - The focus ring. _(default: undefined)_
   * - **--wsis-color-focus-text** - The dark ring around the focus ring, and text on the focus colour. _(default: undefined)_
   * - **--wsis-color-shadow** - Shadow under drop-down panels. _(default: undefined)_
   * - **--wsis-color-print-ink** - Ink of the printed form. _(default: undefined)_
   * - **--wsis-font-family** - Font stack for Latin and Cyrillic text. _(default: undefined)_
   * - **--wsis-font-family-arabic** - Font stack for Arabic text. _(default: undefined)_
   * - **--wsis-font-family-chinese** - Font stack for Chinese text. _(default: undefined)_
   * - **--wsis-space** - The base spacing unit. _(default: undefined)_
   * - **--wsis-radius** - Corner radius of buttons and panels. _(default: undefined)_
   * - **--wsis-page-max-width** - Greatest width of the content of the header, navigation, privacy notice, message and footer: the page grid. _(default: undefined)_
   * - **--wsis-page-padding-inline** - Space at the inline start and end of that content (16 px on a phone, growing to 32 px). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **region** - The named region that holds the question and the confirmation.
   * - **question** - The question: text, privacy link and the two buttons.
   * - **confirmation** - What was chosen and how to change it; receives focus after a choice.
   * - **accept** - The "Accept optional cookies" button.
   * - **reject** - The "Reject optional cookies" button.
   * - **hide** - The "Hide this message" button.
   */
  'wsis-privacy-notice': DefineComponent<WsisPrivacyNoticeProps>;

  /**
   * Skip link to the main content, localized, hidden until focused.
   * ---
   *
   *
   * ### **Methods:**
   *
   *
   *
   *
   *
   * ### **Slots:**
   *  - _default_ - Replaces the default text, "Skip to main content" in the current language.
   *
   * ### **CSS Properties:**
   *  - **--wsis-skip-link-background** - Background of the revealed link (default: the focus colour). _(default: undefined)_
   * - **--wsis-skip-link-color** - Text colour of the revealed link. _(default: undefined)_
   * - **--wsis-color-text** - Text. _(default: undefined)_
   * - **--wsis-color-text-muted** - Secondary text (dates) and drawn separators. _(default: undefined)_
   * - **--wsis-color-surface** - Background of bars and panels; the page behind the elements should match. _(default: undefined)_
   * - **--wsis-color-surface-subtle** - Background of the footer and the privacy notice. _(default: undefined)_
   * - **--wsis-color-border** - Rules and borders (3:1 on both surfaces). _(default: undefined)_
   * - **--wsis-color-brand** - The WSIS blue: marks, headings, accents, current-page bars. _(default: undefined)_
   * - **--wsis-color-brand-strong** - Hovered and pressed buttons. _(default: undefined)_
   * - **--wsis-color-on-brand** - Text on the brand colour. _(default: undefined)_
   * - **--wsis-color-link** - Links. _(default: undefined)_
   * - **--wsis-color-focus** - The focus ring. _(default: undefined)_
   * - **--wsis-color-focus-text** - The dark ring around the focus ring, and text on the focus colour. _(default: undefined)_
   * - **--wsis-color-shadow** - Shadow under drop-down panels. _(default: undefined)_
   * - **--wsis-color-print-ink** - Ink of the printed form. _(default: undefined)_
   * - **--wsis-font-family** - Font stack for Latin and Cyrillic text. _(default: undefined)_
   * - **--wsis-font-family-arabic** - Font stack for Arabic text. _(default: undefined)_
   * - **--wsis-font-family-chinese** - Font stack for Chinese text. _(default: undefined)_
   * - **--wsis-space** - The base spacing unit. _(default: undefined)_
   * - **--wsis-radius** - Corner radius of buttons and panels. _(default: undefined)_
   * - **--wsis-page-max-width** - Greatest width of the content of the header, navigation, privacy notice, message and footer: the page grid. _(default: undefined)_
   * - **--wsis-page-padding-inline** - Space at the inline start and end of that content (16 px on a phone, growing to 32 px). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **link** - The `<a>` element.
   */
  'wsis-skip-link': DefineComponent<WsisSkipLinkProps>;
};

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface GlobalComponents extends CustomElements {}
}

declare global {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface IntrinsicElements extends CustomElements {}
  }
}
