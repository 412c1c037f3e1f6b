// What the story sweep (tests/storybook/sweep.mjs) runs inside the page. Each export is a plain
// function handed to puppeteer's `page.evaluate`, so it must not use anything from this module's
// scope: it is serialised and runs in the browser, in Chromium and in Firefox alike.

/**
 * The document's state after a story rendered: `lang`/`dir` on <html>, Storybook's error display,
 * wsis-* tags left undefined. Also adopts, into the document and every shadow root, a sheet that
 * stops transitions and animations, so a computed style is the end state and not a frame of one.
 */
export function storyState() {
  const roots = [document];
  for (let i = 0; i < roots.length; i++)
    for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  const still = (window.__sweepStill ??= new CSSStyleSheet());
  still.replaceSync('*, *::before, *::after { transition: none !important; animation: none !important; }');
  for (const root of roots)
    if (!root.adoptedStyleSheets.includes(still))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, still];
  const undefinedEls = new Set();
  for (const root of roots)
    for (const el of root.querySelectorAll('*'))
      if (el.localName.startsWith('wsis-') && !customElements.get(el.localName))
        undefinedEls.add(el.localName);
  return {
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    error: document.body.classList.contains('sb-show-errordisplay')
      ? (document.querySelector('#error-message')?.textContent ?? 'error display shown')
      : null,
    undefinedEls: [...undefinedEls],
  };
}

/**
 * axe over the document (not into frames: each story frame of a Docs page is a page of its own, and
 * is judged on its own). Storybook's a11y addon is off in the sweep's URL, but a run it started may still be going;
 * axe refuses a second run at once, so wait for it.
 */
export async function axeViolations(tags, skipRules = []) {
  // Storybook's own boolean control (the toggle in a Docs page's Controls table) draws its
  // "False"/"True" labels below contrast: Storybook's interface, on no site, so left out.
  const context = { exclude: [['.docblock-argstable-body label']] };
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      const result = await window.axe.run(context, {
        runOnly: { type: 'tag', values: tags },
        // Storybook's preview page wraps every story in its own containers, outside any landmark,
        // so "region" would judge Storybook, not the story. Page compositions are checked with
        // "region" on in the browser tests.
        rules: Object.fromEntries(['region', ...skipRules].map((id) => [id, { enabled: false }])),
        resultTypes: ['violations'],
        iframes: false,
      });
      return result.violations.map(
        (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
      );
    } catch (e) {
      if (!String(e).includes('already running')) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('axe stayed busy for 5 s');
}

/**
 * Content lost at the current viewport and styles: the page scrolls sideways, or an element that
 * hides its overflow has some (text cut off). Visually hidden text (1 px, clipped on purpose for
 * screen readers) and closed panels are not text a reader should see. `extraCss` (the text-spacing
 * or text-zoom override) is adopted into the document and every shadow root first, and taken out
 * again afterwards; `rootOnly` adopts it into the document alone (a root font size reaches every
 * shadow root through rem).
 */
export async function lostContent(extraCss, rootOnly) {
  const roots = [document];
  if (!rootOnly)
    for (let i = 0; i < roots.length; i++)
      for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(extraCss ?? '');
  for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  await document.fonts.ready;
  const lost = [];
  try {
    const scope = document.querySelector('#storybook-root') ?? document.body;
    const describe = (el) => {
      const host = el.getRootNode().host;
      const part = el.getAttribute('part');
      return `${host ? `${host.localName} > ` : ''}${el.localName}${part ? `[part=${part}]` : el.id ? `#${el.id}` : ''}`;
    };
    // Content past either side of the viewport. The page may not scroll to it at all: in a right-
    // to-left page, what overflows on the right cannot be scrolled to, so scrollWidth misses it.
    const outside = [];
    // Inside a region that scrolls sideways of its own (a wide table), content is reached by
    // scrolling that region, which axe's scrollable-region-focusable keeps keyboard-operable.
    const inScroller = (el) => {
      for (let n = el.parentElement ?? el.getRootNode().host; n && n !== document.body;) {
        if (/auto|scroll/.test(getComputedStyle(n).overflowX)) return true;
        n = n.parentElement ?? n.getRootNode().host;
      }
      return false;
    };
    // Text inside a visually hidden element (a 1 px box that hides its overflow, for screen readers
    // only) is clipped on purpose, however far its own box reaches: a link's text marked with its
    // language inside a hidden button name, say.
    const insideHidden = (el) => {
      for (let n = el.parentElement; n; n = n.parentElement) {
        const box = n.getBoundingClientRect();
        if (box.width <= 1 && box.height <= 1 && getComputedStyle(n).overflowX !== 'visible') return true;
      }
      return false;
    };
    // One walk through the story and its shadow roots for both kinds of loss.
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) visit(el.shadowRoot);
        if (el.checkVisibility && !el.checkVisibility()) continue;
        const style = getComputedStyle(el);
        const hides = [style.overflowX, style.overflowY].some((o) => o === 'hidden' || o === 'clip');
        if (
          hides &&
          el.clientWidth > 1 &&
          el.clientHeight > 1 &&
          el.textContent.trim() &&
          (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
        )
          lost.push(`text cut off in ${describe(el)}`);
        const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
        if (!ownText && !el.matches('img, svg, input, button, select, textarea')) continue;
        if (inScroller(el) || insideHidden(el)) continue;
        const box = el.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) continue;
        if (box.right > window.innerWidth + 1 || box.left < -1) outside.push(describe(el));
      }
    };
    visit(scope);
    if (outside.length)
      lost.push(
        `beyond the ${window.innerWidth} px viewport: ${[...new Set(outside)].slice(0, 4).join(', ')}`,
      );
    const width = document.documentElement.scrollWidth;
    if (width > window.innerWidth + 1)
      lost.push(`the page scrolls sideways: ${width} px wide in a ${window.innerWidth} px viewport`);
  } finally {
    for (const root of roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  }
  return lost;
}

/**
 * Before the Tab walk: records the look of every element that can take focus (and of its three
 * nearest ancestors, where a `:focus-within` ring is drawn) while nothing has focus, then puts a
 * focusable marker at the start of <body> and focuses it, so the first Tab goes to the story's first
 * stop in every engine, whatever had focus before.
 */
export function startFocusWalk() {
  const look = (el) => {
    const chain = [];
    for (let node = el, i = 0; node && i < 4; i++) {
      const s = getComputedStyle(node);
      chain.push([s.outlineStyle, s.outlineWidth, s.outlineColor, s.outlineOffset, s.boxShadow].join(' '));
      node = node.parentElement ?? node.getRootNode().host ?? null;
    }
    return chain.join(' | ');
  };
  window.__sweepLook = look;
  // Nothing focused (a story's play function may have focused something, inside a shadow root).
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  active?.blur?.();
  const base = (window.__sweepBase = new Map());
  const selector =
    'a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable=""], [contenteditable="true"]';
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches(selector)) base.set(el, look(el));
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document.querySelector('#storybook-root') ?? document.body);
  const marker = document.createElement('span');
  marker.tabIndex = -1;
  marker.id = 'sweep-focus-start';
  document.body.prepend(marker);
  // And one at the end, where the walk stops: a Tab past the last stop would otherwise leave the
  // document for the browser's own interface, and Firefox's window would lose focus with it.
  const end = document.createElement('span');
  end.tabIndex = 0;
  end.id = 'sweep-focus-end';
  document.body.append(end);
  marker.focus();
  window.__sweepSeen = new Set();
  // A window without focus never matches :focus-visible: the walk would prove nothing.
  return document.hasFocus();
}

/**
 * After one Tab: where focus is (deep, through shadow roots) and whether it shows: its outline or
 * box-shadow, or one of its three nearest ancestors', must differ from the unfocused look, and the
 * difference must be something a reader can see (an outline with a style, a width and a colour that
 * is not transparent, or a box-shadow). `done` once focus leaves the story or comes round again.
 */
export function focusStep() {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  const root = document.querySelector('#storybook-root') ?? document.body;
  const inStory = (node) => {
    for (let n = node; n; n = n.parentNode ?? n.host) if (n === root) return true;
    return false;
  };
  if (
    !el ||
    el === document.body ||
    el.id === 'sweep-focus-start' ||
    el.id === 'sweep-focus-end' ||
    !inStory(el) ||
    window.__sweepSeen.has(el)
  )
    return { done: true };
  window.__sweepSeen.add(el);
  const host = el.getRootNode().host;
  const text = (el.getAttribute('aria-label') ?? el.textContent ?? '')
    .trim()
    .replace(/\s+/g, ' ')
    .slice(0, 30);
  const name = `${host ? `${host.localName} > ` : ''}${el.localName}${text ? ` "${text}"` : ''}`;
  const now = window.__sweepLook(el);
  const before = window.__sweepBase.get(el);
  // Something that draws: an outline that is not none, 0 wide or transparent; or any box-shadow.
  const draws = (node) => {
    const s = getComputedStyle(node);
    const outline =
      s.outlineStyle !== 'none' &&
      parseFloat(s.outlineWidth) > 0 &&
      !/rgba\([^)]*,\s*0\)|transparent/.test(s.outlineColor);
    return outline || (s.boxShadow !== 'none' && s.boxShadow !== '');
  };
  const chain = [];
  for (let node = el, i = 0; node && i < 4; i++) {
    chain.push(node);
    node = node.parentElement ?? node.getRootNode().host ?? null;
  }
  const nowParts = now.split(' | ');
  const beforeParts = before?.split(' | ');
  const visible = chain.some((node, i) => draws(node) && (!beforeParts || beforeParts[i] !== nowParts[i]));
  const box = el.getBoundingClientRect();
  return {
    done: false,
    name,
    visible,
    onScreen: box.width > 1 && box.height > 1,
    detail: `focused: ${now}; unfocused: ${before ?? 'not recorded'}`,
  };
}

/** After the walk: the marker goes, and nothing keeps focus. */
export function endFocusWalk() {
  document.querySelector('#sweep-focus-start')?.remove();
  document.querySelector('#sweep-focus-end')?.remove();
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  el?.blur?.();
}

/**
 * On a Docs page: waits until every story frame has finished rendering (at most 30 s), and returns
 * how many there are and those whose <html> does not carry the page's locale (a Docs page opened in
 * Arabic shows its examples in Arabic).
 */
export async function docsFrames(locale) {
  const frames = () => [...document.querySelectorAll('#storybook-docs iframe')];
  const ready = (f) => {
    try {
      return f.contentWindow.__STORYBOOK_PREVIEW__?.currentRender?.phase === 'finished';
    } catch {
      return false;
    }
  };
  // Story frames load lazily as they scroll into view; the sweep wants them all.
  for (const f of frames()) if (f.loading === 'lazy') f.loading = 'eager';
  for (let waited = 0; waited < 30000 && !frames().every(ready); waited += 100)
    await new Promise((r) => setTimeout(r, 100));
  const wrong = frames()
    .filter((f) => !ready(f) || f.contentDocument.documentElement.lang !== locale)
    .map(
      (f) =>
        `${f.title || f.id}: ${ready(f) ? `lang="${f.contentDocument.documentElement.lang}"` : 'did not render'}`,
    );
  return { count: frames().length, wrong };
}
