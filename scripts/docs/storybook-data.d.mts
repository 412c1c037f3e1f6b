// Types for scripts/docs/storybook-data.mjs, which Storybook's TypeScript config imports.
import type { Plugin } from 'vite';

export function storybookDataPlugin(): Plugin;
