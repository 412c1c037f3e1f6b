// A site's own TypeScript, compiled by scripts/consumer.test.mjs with a strict tsc against the
// installed package: typed elements, properties and events, no casts.
import 'wsis-components';
import type { WsisConsentChangeDetail, WsisNavItem } from 'wsis-components';
import { setLocale, getLocale, type WsisLocaleCode } from 'wsis-components/localization.js';

const notice = document.querySelector('wsis-privacy-notice');
if (notice) {
  notice.policyVersion = '2026-01';
  notice.privacyHref = '/privacy';
  notice.addEventListener('wsis-consent-change', (event) => {
    const detail: WsisConsentChangeDetail = event.detail;
    if (detail.decision === 'accepted') console.info('load analytics', detail.version, detail.date);
  });
}

const items: WsisNavItem[] = [{ label: 'Home', href: '/' }];
const nav = document.createElement('wsis-nav');
nav.items = items;
nav.label = 'Main';

document.addEventListener('wsis-locale-change', (event) => {
  const chosen: WsisLocaleCode = event.detail.locale;
  console.info(chosen, getLocale());
});

const message = document.createElement('wsis-message');
message.headingLevel = 2;
message.translations = { fr: '/fr/message' };

export const locale: Promise<WsisLocaleCode> = setLocale('fr');
