// The pseudo-locales Storybook builds from the XLIFF (scripts/pseudo-locales.mjs); never shipped.
declare module 'virtual:wsis-pseudo-locales' {
  const locales: {
    code: string;
    endonym: string;
    dir: 'ltr' | 'rtl';
    translations: Record<string, string>;
  }[];
  export default locales;
}
