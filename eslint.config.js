// Lint as a gate (zero warnings): TypeScript, Lit templates, their accessibility, and web-component
// hygiene. Generated locale modules and build output are not ours to lint.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'integrations/',
      'storybook-static/',
      'src/generated/',
      'node_modules/',
      '.tmp/',
      'coverage/',
      'site/dist/',
    ],
  },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  wc.configs['flat/best-practice'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // LitElement always implements the lifecycle callbacks, so an unguarded super call is safe.
      'wc/guard-super-call': 'off',
      'lit/no-invalid-html': 'error',
      'lit/no-value-attribute': 'error',
      'lit/attribute-value-entities': 'error',
      'lit/no-template-bind': 'error',
      'lit/no-useless-template-literals': 'error',
      // No unsafeHTML anywhere: it would need an exception in a strict CSP with Trusted Types.
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'lit/directives/unsafe-html.js', message: 'No unsafeHTML: render data as text.' }],
        },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'No innerHTML: build nodes or use lit templates.' },
      ],
    },
  },
  {
    // chai's assertions are property reads (`expect(x).to.be.true`).
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: [
      'scripts/**/*.mjs',
      'tests/**/*.mjs',
      'site/**/*.{js,mjs}',
      '*.config.{js,mjs}',
      'eslint.config.js',
    ],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
