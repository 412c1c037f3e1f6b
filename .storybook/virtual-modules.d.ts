// The pseudo-locales Storybook builds from the XLIFF (scripts/i18n/pseudo-locales.mjs); never shipped.
declare module 'virtual:wsis-pseudo-locales' {
  const locales: {
    code: string;
    endonym: string;
    dir: 'ltr' | 'rtl';
    listed: false;
    translations: Record<string, string>;
  }[];
  export default locales;
}

// The element Docs pages' data (scripts/docs/docs-data.mjs), made when Storybook builds.
declare module 'virtual:wsis-docs-data' {
  const data: {
    ssrRenderedOn: string;
    locales: { code: string; endonym: string; dir: string }[];
    badInputEveryElement: { input: string; result: string }[];
    elements: Record<
      string,
      {
        html: string;
        ssr: string;
        strings: { id: string; note: string; text: Record<string, string> }[];
        badInput: { input: string; result: string }[];
      }
    >;
  };
  export default data;
}

// The Accessibility statement's figures (scripts/docs/a11y-coverage.mjs), counted when Storybook builds.
// Only the MDX page reads it, and MDX is not type-checked.
declare module 'virtual:wsis-a11y-coverage' {
  const coverage: Record<string, unknown>;
  export default coverage;
}
