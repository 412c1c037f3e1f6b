// The Node side of the "Getting started for site teams" page (stories/guides/snippets/): the
// server-rendering snippet is imported and run as a site's server runs it, and must give a whole
// page in the language asked for, with its direction, declarative shadow DOM, that language's
// messages and the scripts in the order that hydrates. (The browser snippets run in
// tests/browser/guide-snippets.test.ts, the CSP snippet is the very policy tests/node/csp.test.mjs enforces,
// the install snippet is checked by tests/node/consumer.test.mjs against the tarball it installs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderPage } from '../../stories/guides/snippets/server.mjs';

const { templates: ar } = await import('../../dist/generated/locales/ar.js');
const { templates: fr } = await import('../../dist/generated/locales/fr.js');

for (const [asked, locale, dir, skip] of [
  ['ar', 'ar', 'rtl', ar['skip-link.label']],
  ['fr-CA', 'fr', 'ltr', fr['skip-link.label']],
]) {
  test(`server.mjs renders a whole page in ${asked}: ${locale}, ${dir}, shadow DOM in the HTML`, async () => {
    const page = await renderPage(asked);
    assert.match(page, new RegExp(`^<!doctype html>\\n<html lang="${locale}" dir="${dir}">`));
    assert.ok(page.includes(skip), `the skip link says "${skip}"`);
    for (const tag of ['wsis-header', 'wsis-skip-link', 'wsis-footer'])
      assert.match(
        page,
        new RegExp(`<${tag}[^>]*>\\s*(<!--[^>]*-->\\s*)*<template shadowroot(mode)?="open"`),
        `${tag} has its shadow root in the HTML`,
      );
    const hydrate = page.indexOf('/assets/hydrate-support.js');
    const library = page.indexOf('/assets/main.js');
    assert.ok(hydrate > 0 && library > hydrate, 'hydration support first, then the library');
    assert.ok(page.indexOf('</head>') > library, 'the scripts are in <head>');
    // The theme's CSS inline, before the scripts: no stylesheet file holds the first paint.
    const style = page.indexOf('<style>:where(:root){color-scheme:light dark}');
    assert.ok(style > 0 && style < hydrate, 'the theme inline, first in <head>');
    assert.ok(!page.includes('rel="stylesheet"'));
  });
}
