/**
 * The whole page in React 19, as a React site writes it: the wrappers from `wsis-components/react`
 * with typed props and typed event callbacks, and one element used directly as a JSX tag, typed by
 * the generated integrations/jsx.d.ts. What the callbacks receive is shown in the page, where
 * scripts/react.test.mjs reads it.
 */
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  WsisBreadcrumb,
  WsisFooter,
  WsisHeader,
  WsisLanguageSwitcher,
  WsisMessage,
  WsisNav,
  WsisPrivacyNotice,
  WsisSkipLink,
} from '../../src/react/index.js';
import { memoryConsentStorage, type WsisConsentDecision, type WsisLocaleCode } from '../../src/index.js';
import type { CustomElements } from '../../integrations/jsx.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}

function Page() {
  const storage = useMemo(() => memoryConsentStorage(), []);
  const [decision, setDecision] = useState<WsisConsentDecision | 'none'>('none');
  const [locale, setLocale] = useState<WsisLocaleCode>('en');
  return (
    <>
      <WsisPrivacyNotice
        privacyHref="/privacy"
        policyVersion="2026-01"
        storage={storage}
        onWsisConsentChange={(event) => setDecision(event.detail.decision)}
      />
      <WsisHeader role="banner" homeHref="/">
        <WsisSkipLink slot="skip-link" target="main" />
        <WsisLanguageSwitcher
          slot="languages"
          onWsisLocaleChange={(event) => setLocale(event.detail.locale)}
        />
        <WsisNav
          slot="navigation"
          items={[
            { label: 'Basic information', href: '/basic' },
            {
              label: 'First phase: Geneva',
              href: '/geneva',
              children: [{ label: 'Declaration', href: '/geneva/d' }],
            },
          ]}
        />
      </WsisHeader>
      <main id="main">
        <WsisBreadcrumb items={[{ label: 'Home', href: '/' }, { label: 'Newsroom' }]} />
        <WsisMessage
          headingLevel={1}
          author="Houlin Zhao"
          authorRole="Secretary-General, ITU"
          date="2004-01-22"
        >
          <p>The message, in the site&apos;s own markup.</p>
        </WsisMessage>
        <wsis-logo org="itu" size="small"></wsis-logo>
        <p>
          Consent: <output id="decision">{decision}</output>; locale: <output id="locale">{locale}</output>
        </p>
      </main>
      <WsisFooter role="contentinfo" lastUpdated="2004-01-22" logoPolicyHref="/logo" privacyHref="/privacy" />
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);
