// Every Docs page inside a <main>: Storybook's own container has no landmark, so a reader (and
// axe's landmark-one-main) found no main content on a page that is nothing else. Its example frames
// are sized to their stories (fit-frames.ts).
import { useEffect, useRef, type ComponentProps } from 'react';
import { DocsContainer } from '@storybook/addon-docs/blocks';
import { fitFramesToContent } from './fit-frames.js';

export function MainDocsContainer(props: ComponentProps<typeof DocsContainer>) {
  const main = useRef<HTMLElement>(null);
  useEffect(
    // Storybook holds each example's height on the frame's parent.
    () =>
      main.current
        ? fitFramesToContent(main.current, '.sb-story iframe', (f) => f.parentElement!)
        : undefined,
    [],
  );
  return (
    <DocsContainer {...props}>
      <main ref={main}>{props.children}</main>
    </DocsContainer>
  );
}
