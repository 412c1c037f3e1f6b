// The claims of the Accessibility statement (stories/guides/AccessibilityStatement.mdx), made from the
// figures scripts/docs/a11y-coverage.mjs counts (`c`): what is tested and how, and the known gaps.
// Every claim about the story sweep comes from the sweep's own matrix (tests/storybook/sweep-matrix.mjs,
// which sweep.mjs runs), so the table and the gaps cannot say two things; tests/node/guides.test.mjs
// compares them with `node tests/storybook/sweep.mjs --matrix`.

export const list = (items) => items.join(', ');

/** What the statement says of forced colours (Windows high contrast), from where they are tested. */
export function forcedColours(c) {
  const where = [];
  if (c.storySweep.themes.includes('forced'))
    where.push(
      `every story, in the story sweep: emulated in ${c.storySweep.browsers.includes('chromium') ? 'Chromium' : 'no browser'}, and in ${c.storySweep.browsers.includes('firefox') ? 'a Firefox started with its "override the page\'s colours" preference, as a reader turns them on' : 'no Firefox'}`,
    );
  if (c.emulated.forcedColors) where.push(`${c.emulated.forcedColors} browser tests, emulated in Chromium`);
  if (!where.length)
    return "not tested: every element's styles have forced-colors rules, but no test runs them";
  return (
    `tested in ${where.join('; and in ')}. Not run on Windows itself. axe's contrast rule is left out ` +
    "under Chromium's emulation, where it reads the author's colours instead of the forced ones; " +
    "Firefox's forced colours run it"
  );
}

/** The rows of "What is tested, and how": [what, how, figures]. */
export function coverageRows(c) {
  const s = c.storySweep;
  return [
    [
      'every element, in a real browser',
      `@web/test-runner in ${list(c.browsers)}`,
      `${c.browserTests.perBrowser} tests in each browser, ${c.browserTests.total} in all, in ${c.browserTests.files} files`,
    ],
    [
      'every language',
      `tests written once and run in each of the ${c.locales.length} languages`,
      `${c.browserTests.inEveryLocale} such tests`,
    ],
    [
      'automated rules (axe-core)',
      `rule sets ${list(c.axe.tags)}; any violation fails`,
      `${c.axe.testsPerBrowser} tests in each browser run axe, in ${c.axe.filesWithAxe} files; rules they switch off: ${c.axe.disabledRules.length}`,
    ],
    [
      'every story, every language, every theme',
      `the story sweep of the built Storybook: each story in each language and pseudo-locale, in ${list(s.browsers)}, in the ${list(s.themes)} themes: axe, lang and dir, no console error, a visible focus indicator on every Tab stop`,
      `${s.stories} stories × ${s.locales} locales × ${s.browsers.length} browsers × ${s.themes.length} themes = ${s.pages} pages`,
    ],
    [
      'reflow, text spacing, text size (WCAG 1.4.10, 1.4.12, 1.4.4)',
      `each story in each language and pseudo-locale (${list(c.pseudoLocales)}: longer and mirrored text) at ${s.narrowWidth} px wide, then with the WCAG text-spacing override, then at ${s.textSize} % text size: no text cut off, nothing past the screen's edge, no sideways scrolling`,
      `part of the ${s.pages} pages above, in the light theme`,
    ],
    [
      'the documentation itself',
      'each Docs page in each language: axe on the page and on each example frame, the frames in the chosen language',
      `${s.docsPages} pages × ${c.locales.length} languages = ${s.docsPageChecks}, in Chromium`,
    ],
    [
      'keyboard',
      `real key presses (${list(c.keyboard.keys)}): order of Tab stops, opening and closing, Escape, where focus goes`,
      `${c.keyboard.testsPerBrowser} tests in each browser`,
    ],
    [
      'what a screen reader is given',
      "the browser's own accessibility tree: the roles, names and states it exposes",
      `${c.accessibilityTree} tests`,
    ],
    ['small screens', 'a 320 px viewport (WCAG 1.4.10, reflow)', `${c.emulated.narrowViewport} tests`],
    ['reduced motion, print', 'media emulation', `${c.emulated.reducedMotion} and ${c.emulated.print} tests`],
    [
      'without JavaScript',
      'the server-rendered site in each language, read with JavaScript off',
      `${c.emulated.scriptingOff} tests`,
    ],
    [
      'strict Content Security Policy',
      'every element and control under a CSP with Trusted Types',
      `in ${c.csp.browsers} browsers`,
    ],
    [
      'server rendering, the package, the site',
      'Node tests',
      `${c.nodeTests.tests} tests in ${c.nodeTests.files} files`,
    ],
  ];
}

/** The known gaps, each a [title, text] pair. */
export function knownGaps(c) {
  return [
    [
      'Safari and WebKit are not tested.',
      `The test browsers are ${list(c.browsers)} only; no WebKit runs on the project's machines. Screen readers there (VoiceOver) are not tested either.`,
    ],
    [
      'No screen reader is run by machine.',
      'The tests read the accessibility tree the browser gives to screen readers; what NVDA, JAWS, VoiceOver or TalkBack then say, and how they treat the declarative shadow DOM before the script runs, is checked by people, not by the suite.',
    ],
    ['Forced colours (Windows high contrast)', `${forcedColours(c)}.`],
    [
      'Reduced motion and print',
      "are emulated through Chromium's DevTools protocol; Firefox skips those tests.",
    ],
    [
      'axe checks only what a machine can decide.',
      'Colour contrast, names and roles it checks; whether a label makes sense, whether a translation reads well aloud, or whether focus order matches reading order in every language, it does not. The keyboard and accessibility-tree tests cover part of that; people review the rest (Review / All languages).',
    ],
    [
      'Text size and text spacing (WCAG 1.4.4, 1.4.12)',
      "are tested by doubling the root font size and by the WCAG spacing override, as a reader's browser setting or bookmarklet does; the browsers' own page zoom is not driven by machine, and a machine cannot tell text that overlaps other text.",
    ],
  ];
}
