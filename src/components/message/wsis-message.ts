/** `<wsis-message>`: an official statement (a message from the Secretary-General) as an article. */
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { defineOnce } from '../../internal/define.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../../internal/localize.js';
import { LOCALES, getLocale, type WsisLocaleCode, type WsisLocaleInfo } from '../../localization.js';
import { checkIsoDate, formatDate } from '../../internal/dates.js';
import { checkLanguage } from '../../internal/lang.js';
import { jsonObjectConverter } from '../../internal/json.js';
import { checkLocaleUrls } from '../../internal/locale-urls.js';
import { written } from '../../internal/report.js';
import { DEV_MODE } from '../../internal/dev-mode.js';
import { WsisElement } from '../../internal/wsis-element.js';
import { baseStyles } from '../../styles/shared.js';
import { slottedScriptFonts } from '../../styles/typography.js';
import { styles } from './wsis-message.styles.js';

/** A heading level, `<h1>` to `<h6>`. */
export type WsisHeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

const DEFAULT_HEADING_LEVEL: WsisHeadingLevel = 2;

/** Where the same message is published in other languages: locale code → URL. */
export type WsisMessageTranslations = Partial<Record<string, string>>;

/**
 * An official statement, such as a message from the Secretary-General of ITU: an article labelled by
 * its heading, with the author's name and role, an optional portrait, the date in the reader's
 * language, the text of the message, a signature, and links to the same message in other languages.
 *
 * The text of the message is the element's light-DOM content, so its paragraphs, links, lists and
 * headings read without JavaScript and stay the site's to style. When that text is in another
 * language than the page (not every statement is translated), `body-lang` marks it: the wrapper
 * around it then carries `lang` and `dir`. Mark the paragraphs themselves too (`lang="en"`) so that
 * the language is right before the element upgrades.
 *
 * The heading level is the site's to choose (`heading-level`, 1–6) so that the page outline stays
 * right. The heading text defaults to "Message from {author}" in English and, in the other languages,
 * to a form that is right for any name as the site writes it, which no language may decline or
 * contract («Message : António Guterres», «Mensaje: El Hadji Amadou Touré», «致辞：Mr. Yoshio Utsumi»).
 * A heading of the site's own ("Message du Secrétaire général de l’UIT") goes in the `heading` slot.
 *
 * It sits on the page grid the header, the navigation and the footer share (`--wsis-page-max-width`,
 * `--wsis-page-padding-inline`), its text at most `--wsis-message-measure` wide from the grid line;
 * in a column of the site's own, give it `padding-inline: 0`.
 *
 * Print: the "Also available in" links are dropped and the text runs full width. Add the class
 * `wsis-print-preview` to see the printed form on screen.
 *
 * @summary An official message: heading, author, date, text, signature, other languages.
 *
 * @slot - The text of the message (paragraphs, lists, links), in light DOM.
 * @slot heading - Replaces the heading text ("Message from {author}").
 * @slot author - Replaces the author's name given in `author`.
 * @slot author-role - Replaces the author's role given in `author-role`.
 * @slot signature - Replaces the signature line (the author's name by default).
 * @slot translations - The site's own links to other languages: shown after the ones from `translations`,
 *   or, when it gives none, on their own (give them their own label then). Shown without JavaScript too.
 *
 * @csspart article - The `<article>` that holds everything.
 * @csspart header - The heading, byline, date and portrait.
 * @csspart portrait - The portrait `<img>`.
 * @csspart heading - The heading (`<h1>`–`<h6>`).
 * @csspart byline - The author's name and role.
 * @csspart date - The `<time>` element.
 * @csspart translations - The "Also available in" block.
 * @csspart body - The wrapper around the slotted text; carries `lang` and `dir` from `body-lang`.
 * @csspart signature - The signature line.
 *
 * @cssprop [--wsis-message-measure=70ch] - Greatest line length of the text.
 * @cssprop [--wsis-message-heading-size=clamp(1.25rem, 1rem + 1vw, 1.75rem)] - Font size of the heading (1.25rem on a phone, growing with the viewport to 1.75rem).
 * @cssprop [--wsis-message-portrait-size=6rem] - Width of the portrait.
 */
export class WsisMessage extends WsisElement {
  static override styles = [baseStyles, slottedScriptFonts, styles];

  /** Level of the heading, 1–6, so that it fits the page outline. Other values warn and give 2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: WsisHeadingLevel =
    DEFAULT_HEADING_LEVEL;

  /** The author's name, for example "Mr. Yoshio Utsumi". Also the default signature. */
  @property() author = '';

  /** The author's role, for example "Secretary-General of ITU". */
  @property({ attribute: 'author-role' }) authorRole = '';

  /**
   * Language of `author` and `author-role` when it differs from the page's (for example `en` for an
   * English name and title on an Arabic page): their lines and the signature then carry `lang` and
   * `dir`, and take that language's face, line height and direction.
   */
  @property({ attribute: 'author-lang' }) authorLang = '';

  /** Date of the message as `YYYY-MM-DD`; shown in the reader's language. An invalid date warns and is left out. */
  @property() date = '';

  /** URL of the author's portrait. Unsafe URLs are refused with a warning. */
  @property({ attribute: 'portrait-src' }) portraitSrc = '';

  /**
   * Text alternative of the portrait. Without it the portrait is treated as decorative (`alt=""`),
   * since the author's name is next to it, and a warning asks for one.
   */
  @property({ attribute: 'portrait-alt' }) portraitAlt = '';

  /**
   * Language of the text of the message when it differs from the page's, as a BCP 47 tag (`en`,
   * `fr`, `zh-Hans`). The wrapper around the text then carries `lang` and the matching `dir`.
   */
  @property({ attribute: 'body-lang' }) bodyLang = '';

  /**
   * Other languages the message is published in, as a JSON object of locale codes and URLs:
   * `{"fr": "/fr/message.html", "ar": "/ar/message.html"}`. Rendered as "Also available in" links
   * named in their own language, in the UN order; the current locale is left out.
   */
  @property({ converter: jsonObjectConverter }) translations: WsisMessageTranslations = {};

  private get validHeadingLevel() {
    const level = this.derive('heading-level', this.headingLevel, () => {
      const value = this.headingLevel;
      // Not given (a removed attribute, a cleared binding): the default, silently.
      if (value == null) return DEFAULT_HEADING_LEVEL;
      if (Number.isInteger(value) && value >= 1 && value <= 6) return value;
      if (DEV_MODE)
        this.report(
          'warning',
          written(
            'heading-level',
            Number.isNaN(value) ? (this.getAttribute('heading-level') ?? 'NaN') : value,
          ),
          `must be a whole number from 1 to 6; using ${DEFAULT_HEADING_LEVEL}.`,
        );
      return DEFAULT_HEADING_LEVEL;
    });
    return level;
  }

  private get messageDate() {
    return this.checked('date', this.date, checkIsoDate);
  }

  private get bodyLanguage() {
    return this.checked('body-lang', this.bodyLang, checkLanguage);
  }

  private get authorLanguage() {
    return this.checked('author-lang', this.authorLang, checkLanguage);
  }

  /** The author's name as rendered: bounded, `''` when missing. */
  private get authorName(): string {
    return this.boundedText('author', this.author);
  }

  private get portraitUrl() {
    const url = this.checkedUrl('portrait-src', this.portraitSrc);
    // A developer warning (development build only), once per pair of values.
    if (DEV_MODE)
      this.derive('portrait-alt', JSON.stringify([this.portraitSrc, this.portraitAlt]), () => {
        if (this.portraitSrc && !this.portraitAlt) {
          this.report(
            'warning',
            'portrait-alt',
            `missing for ${written('portrait-src', this.portraitSrc)}; the portrait is treated as decorative. ` +
              `Describe it (for example "Portrait of ${this.authorName.slice(0, 80) || 'the author'}").`,
          );
        }
      });
    return url;
  }

  /** The checked links to other languages, by locale, checked once when `translations` changes. */
  private get translationTargets(): Map<WsisLocaleCode, string> {
    return this.derive('translations', this.translations, () =>
      checkLocaleUrls(
        this.translations,
        this.localName,
        'translations',
        'no "Also available in" links are rendered.',
      ),
    );
  }

  /**
   * The other languages offered to readers, in the UN order, without the one the reader is reading
   * in (nor a language registered with `listed: false`).
   */
  private translationLocales(): readonly WsisLocaleInfo[] {
    const current = getLocale();
    return LOCALES.filter((l) => l.listed && l.code !== current && this.translationTargets.has(l.code));
  }

  /** The author's name inside a sentence of the page's language (the heading): isolated, in its own language. */
  private renderAuthorText(text: string) {
    const language = this.authorLanguage;
    return html`<bdi lang=${ifDefined(language?.tag)} dir=${ifDefined(language?.dir)}>${text}</bdi>`;
  }

  private renderHeading() {
    const level = this.validHeadingLevel;
    const name = this.authorName;
    const author = this.renderAuthorText(name);
    const text = name
      ? msg(html`Message from ${author}`, {
          id: 'message.heading-from',
          desc: 'Message: default heading of an official message, with its author. {author} is the author’s name with its title, exactly as the site gives it ("Mr. Yoshio Utsumi", "António Guterres", "El Hadji Amadou Touré"), possibly in another language or script: it cannot be declined, and no article or preposition may elide or contract with it, so use a construction that needs none, such as a colon ("Послание: {author}"). Length: a few words besides the name.',
        })
      : msg('Message', {
          id: 'message.heading',
          desc: 'Message: default heading of an official message whose author is not named. Length: one or two words.',
        });
    const content = html`<slot name="heading">${text}</slot>`;
    // One literal template per level (h1–h6) rather than `lit/static-html` with a tag expression:
    // the same element in the accessibility tree, without the static-html module in the bundle.
    switch (level) {
      case 1:
        return html`<h1 id="heading" class="heading" part="heading">${content}</h1>`;
      case 3:
        return html`<h3 id="heading" class="heading" part="heading">${content}</h3>`;
      case 4:
        return html`<h4 id="heading" class="heading" part="heading">${content}</h4>`;
      case 5:
        return html`<h5 id="heading" class="heading" part="heading">${content}</h5>`;
      case 6:
        return html`<h6 id="heading" class="heading" part="heading">${content}</h6>`;
      default:
        return html`<h2 id="heading" class="heading" part="heading">${content}</h2>`;
    }
  }

  override render() {
    const portrait = this.portraitUrl;
    const links = this.translationLocales();
    const targets = this.translationTargets;
    const date = this.messageDate;
    const locale = getLocale();
    const body = this.bodyLanguage;
    // The author's name, role and signature are lines of their own: in another language than the
    // page, each line takes that language's face, line height and direction, as the text does.
    const author = this.authorLanguage;
    return html`
      <article part="article" aria-labelledby="heading">
        <header class="header" part="header">
          ${
            portrait
              ? html`<img
                  class="portrait"
                  part="portrait"
                  src=${portrait}
                  alt=${this.boundedText('portrait-alt', this.portraitAlt)}
                  loading="lazy"
                  decoding="async"
                />`
              : nothing
          }
          <div class="intro">
            ${this.renderHeading()}
            <p class="byline" part="byline">
              <span class="author" lang=${ifDefined(author?.tag)} dir=${ifDefined(author?.dir)}
                ><slot name="author">${this.authorName}</slot></span
              >
              <span class="role" lang=${ifDefined(author?.tag)} dir=${ifDefined(author?.dir)}
                ><slot name="author-role">${this.boundedText('author-role', this.authorRole)}</slot></span
              >
            </p>
            ${
              date
                ? html`<p class="date">
                    <time part="date" datetime=${date.iso}>${formatDate(date, locale)}</time>
                  </p>`
                : nothing
            }
          </div>
        </header>
        <div class=${links.length ? 'translations' : 'translations empty'} part="translations">
          <span class="translations-label" id="translations-label"
            >${msg('Also available in', {
              id: 'message.also-available',
              desc: 'Message: label before the list of links to the same message in other languages (each link is the name of a language in that language). Length: a few words; the list of languages follows on the same line.',
            })}</span
          >
          <ul class="inline-list" aria-labelledby="translations-label" ?hidden=${links.length === 0}>
            ${links.map(
              (l) =>
                html`<li>
                  <a href=${targets.get(l.code)!} hreflang=${l.code} lang=${l.code} dir=${l.dir}
                    >${l.endonym}</a
                  >
                </li>`,
            )}
          </ul>
          <slot name="translations"></slot>
        </div>
        <div class="body" part="body" lang=${ifDefined(body?.tag)} dir=${ifDefined(body?.dir)}>
          <slot></slot>
        </div>
        <p class="signature" part="signature" lang=${ifDefined(author?.tag)} dir=${ifDefined(author?.dir)}>
          <slot name="signature">${this.authorName}</slot>
        </p>
      </article>
    `;
  }
}

defineOnce('wsis-message', WsisMessage);

declare global {
  interface HTMLElementTagNameMap {
    'wsis-message': WsisMessage;
  }
}
