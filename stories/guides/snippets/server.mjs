// On the site's server or static generator (Node): one page, in the language asked for.
import { html, inlineStyles, renderInLocale, scriptTags, themeStyles } from 'wsis-components/ssr';

export async function renderPage(language) {
  // The template is a function: renderInLocale calls it once the locale is set.
  const {
    html: body,
    locale,
    dir,
  } = await renderInLocale(
    language, // any BCP 47 tag: "fr-CA" → fr; an unknown one → en
    () => html`
      <wsis-header role="banner" home-href="/" language-href-template="/{locale}/">
        <wsis-skip-link slot="skip-link"></wsis-skip-link>
      </wsis-header>
      <main id="main"><h1>WSIS</h1></main>
      <wsis-footer role="contentinfo" privacy-href="/privacy/"></wsis-footer>
    `,
  );
  // The CSS of the first paint inline, so the page paints from its HTML alone (CSP: styles.hashes).
  const styles = inlineStyles(themeStyles());
  const scripts = scriptTags({
    hydrateSupport: '/assets/hydrate-support.js', // @lit-labs/ssr-client/lit-element-hydrate-support.js, first
    library: '/assets/main.js', // as in the browser: setLocale(<html lang>), then import the elements
  });
  return `<!doctype html>
<html lang="${locale}" dir="${dir}">
<head><meta charset="utf-8"><title>WSIS</title>${styles.html}${scripts}</head>
<body>${body}</body>
</html>`;
}
