// A React site's TSX against the installed package: the wrappers from `wsis-components/react` and
// the elements as JSX tags, typed by `wsis-components/jsx`. Compiled, not run.
import { WsisPrivacyNotice, WsisLanguageSwitcher } from 'wsis-components/react';
import type { CustomElements } from 'wsis-components/jsx';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}

export function Chrome({ onConsent }: { onConsent: (decision: 'accepted' | 'rejected') => void }) {
  return (
    <>
      <WsisPrivacyNotice
        privacyHref="/privacy"
        onWsisConsentChange={(event) => onConsent(event.detail.decision)}
      />
      <WsisLanguageSwitcher onWsisLocaleChange={(event) => console.info(event.detail.locale)} />
      <wsis-logo org="itu" size="small"></wsis-logo>
    </>
  );
}
