// Story frames sized to their content. A story in an iframe (each Docs page example, each frame of
// Review / All languages) has a fixed height Storybook cannot know: too short, it cut the message and
// the header off; too tall, it left the page half empty. The frames are of the same origin, so the
// page reads the height of each frame's story (#storybook-root and the body's padding under it) and
// follows it as the story changes (it renders, a font arrives, a menu opens).

/** The height a frame's story needs, or undefined before it has rendered. */
function contentHeight(frame: HTMLIFrameElement): number | undefined {
  const doc = frame.contentDocument;
  const root = doc?.querySelector('#storybook-root');
  if (!doc || !root || !root.childElementCount) return undefined;
  const padding = parseFloat(getComputedStyle(doc.body).paddingBlockEnd) || 0;
  return Math.ceil(root.getBoundingClientRect().bottom + padding);
}

/**
 * Keeps every frame under `container` that matches `selector` as tall as its story, by setting the
 * block size of `box(frame)` (the frame, or the wrapper that holds its height). Returns a function
 * that stops it.
 */
export function fitFramesToContent(
  container: Element,
  selector: string,
  box: (frame: HTMLIFrameElement) => HTMLElement = (frame) => frame,
): () => void {
  const watched = new WeakSet<HTMLIFrameElement>();
  const observers: ResizeObserver[] = [];
  const fit = (frame: HTMLIFrameElement) => {
    const height = contentHeight(frame);
    if (height !== undefined) box(frame).style.blockSize = `${height}px`;
  };
  const watch = (frame: HTMLIFrameElement) => {
    if (watched.has(frame)) return;
    watched.add(frame);
    const start = () => {
      const doc = frame.contentDocument;
      if (!doc) return;
      // The story's own root: it grows as the story renders, and does not follow the frame's
      // height, so sizing the frame cannot feed back into it.
      const observer = new ResizeObserver(() => fit(frame));
      const root = doc.querySelector('#storybook-root');
      if (root) observer.observe(root);
      observers.push(observer);
      fit(frame);
    };
    frame.addEventListener('load', start);
    if (frame.contentDocument?.readyState === 'complete') start();
  };
  const scan = () => container.querySelectorAll<HTMLIFrameElement>(selector).forEach(watch);
  const mutations = new MutationObserver(scan);
  mutations.observe(container, { childList: true, subtree: true });
  scan();
  return () => {
    mutations.disconnect();
    for (const o of observers) o.disconnect();
  };
}
