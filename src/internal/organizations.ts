/**
 * The three organisations that speak at the top of a WSIS page, with their official names and short
 * forms in the current language, as the organisations themselves write them.
 */
import { msg, str } from './localize.js';

/** An organisation the library has a mark for. */
export type WsisOrg = 'un' | 'itu' | 'wsis';

export const ORGS: readonly WsisOrg[] = Object.freeze(['un', 'itu', 'wsis'] as const);

/** `true` for `un`, `itu` or `wsis`. */
export function isOrg(value: unknown): value is WsisOrg {
  return typeof value === 'string' && (ORGS as readonly string[]).includes(value);
}

/** The organisation's full official name in the current locale (a logo's accessible name). */
export function officialName(org: WsisOrg): string {
  switch (org) {
    case 'un':
      return msg('United Nations', {
        id: 'logo.un.name',
        desc: 'Official full name of the United Nations in this language, as the UN writes it. Accessible name of its logo. Length: the official name, whatever its length.',
      });
    case 'itu':
      return msg('International Telecommunication Union', {
        id: 'logo.itu.name',
        desc: 'Official full name of ITU in this language, as ITU writes it. Accessible name of its logo. Length: the official name, whatever its length.',
      });
    case 'wsis':
      return msg('World Summit on the Information Society', {
        id: 'logo.wsis.name',
        desc: 'Official full name of WSIS in this language, as ITU writes it. Accessible name of its logo and default site title in the banner. Length: the official name, whatever its length; the banner wraps it.',
      });
  }
}

/** The official acronym or short form in the current locale (the visible wordmark). */
export function shortName(org: WsisOrg): string {
  switch (org) {
    case 'un':
      return msg('UN', {
        id: 'logo.un.short',
        desc: 'Official acronym or short form of the United Nations in this language (e.g. ONU in French). Visible wordmark beside the logo mark. Length: the official short form, whatever its length.',
      });
    case 'itu':
      return msg('ITU', {
        id: 'logo.itu.short',
        desc: 'Official acronym or short form of ITU in this language (e.g. UIT in French). Visible wordmark beside the logo mark, next to the UN’s, and the copyright holder in the footer. Where ITU uses no acronym in your language, give the full name: ITU’s Arabic pages write «الاتحاد الدولي للاتصالات» and shorten it to «الاتحاد» only after naming it in full, and «the Union» alone is ambiguous beside the United Nations. Length: the official short form, whatever its length.',
      });
    case 'wsis':
      return msg('WSIS', {
        id: 'logo.wsis.short',
        desc: 'Official acronym or short form of WSIS in this language (e.g. SMSI in French). Visible wordmark beside the logo mark. Length: the official short form, whatever its length.',
      });
  }
}

/**
 * The accessible name of a logo that shows its short form beside the mark. WCAG 2.5.3 (Label in
 * Name) asks that the name contain the visible text, so a reader using speech input can say "UIT"
 * to reach the logo named "Union internationale des télécommunications": the short form is added
 * unless the full name already contains it (in Arabic the short forms are the full names).
 */
export function nameWithShortForm(org: WsisOrg): string {
  const full = officialName(org);
  const short = shortName(org);
  if (full.includes(short)) return full;
  return msg(str`${full} (${short})`, {
    id: 'logo.name-with-short',
    desc: 'Accessible name of a logo whose visible wordmark is the short form: {full}, the full official name, then {short}, the short form, in brackets (use the brackets of your script, e.g. full-width in Chinese). Not shown, read aloud. Length: the two names and the brackets.',
  });
}
