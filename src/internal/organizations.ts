/**
 * The three organisations that speak at the top of a WSIS page, with their official names and short
 * forms in the current language, as the organisations themselves write them.
 */
import { msg } from '@lit/localize';

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
        desc: 'Official full name of the United Nations in this language, as the UN writes it. Accessible name of its logo.',
      });
    case 'itu':
      return msg('International Telecommunication Union', {
        id: 'logo.itu.name',
        desc: 'Official full name of ITU in this language, as ITU writes it. Accessible name of its logo.',
      });
    case 'wsis':
      return msg('World Summit on the Information Society', {
        id: 'logo.wsis.name',
        desc: 'Official full name of WSIS in this language, as ITU writes it. Accessible name of its logo and default site title in the banner.',
      });
  }
}

/** The official acronym or short form in the current locale (the visible wordmark). */
export function shortName(org: WsisOrg): string {
  switch (org) {
    case 'un':
      return msg('UN', {
        id: 'logo.un.short',
        desc: 'Official acronym or short form of the United Nations in this language (e.g. ONU in French). Visible wordmark beside the logo mark.',
      });
    case 'itu':
      return msg('ITU', {
        id: 'logo.itu.short',
        desc: 'Official acronym or short form of ITU in this language (e.g. UIT in French). Visible wordmark beside the logo mark.',
      });
    case 'wsis':
      return msg('WSIS', {
        id: 'logo.wsis.short',
        desc: 'Official acronym or short form of WSIS in this language (e.g. SMSI in French). Visible wordmark beside the logo mark.',
      });
  }
}
