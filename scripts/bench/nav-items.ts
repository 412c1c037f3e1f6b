// Benchmark page: 10,000 navigation items as data (1,000 sections of 9 sub-pages and their own
// link), rendered by one <wsis-nav>. The time is reported by scripts/bench/bench-nav.mjs, never asserted.
import '../../src/components/nav/wsis-nav.js';
import type { WsisNavItem } from '../../src/index.js';

const items: WsisNavItem[] = Array.from({ length: 1000 }, (_, s) => ({
  label: `Section ${s + 1}`,
  href: `/s${s}`,
  children: Array.from({ length: 9 }, (_, p) => ({ label: `Page ${s + 1}.${p + 1}`, href: `/s${s}/p${p}` })),
}));

async function measure(): Promise<{ items: number; ms: number; links: number }> {
  const nav = document.createElement('wsis-nav');
  const start = performance.now();
  nav.items = items;
  document.body.append(nav);
  await nav.updateComplete;
  const ms = performance.now() - start;
  return { items: items.length * 10, ms, links: nav.shadowRoot!.querySelectorAll('a[href]').length };
}

Object.assign(window, { measure });
