// Every Docs page inside a <main>: Storybook's own container has no landmark, so a reader (and
// axe's landmark-one-main) found no main content on a page that is nothing else.
import type { ComponentProps } from 'react';
import { DocsContainer } from '@storybook/addon-docs/blocks';

export function MainDocsContainer(props: ComponentProps<typeof DocsContainer>) {
  return (
    <DocsContainer {...props}>
      <main>{props.children}</main>
    </DocsContainer>
  );
}
