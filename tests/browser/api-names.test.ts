// No public attribute or property of an element may share a name with a member of LitElement or
// HTMLElement. Frameworks that set properties by name (React 19 assigns any name the element
// already has as a property) would otherwise overwrite it: `<wsis-footer updated="…">` once
// replaced Lit's `updated()` lifecycle method with a string, and the page threw.
import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../src/index.js';

interface Attribute {
  name: string;
  fieldName?: string;
}
interface Member {
  name: string;
  kind: string;
  privacy?: string;
  static?: boolean;
  inheritedFrom?: unknown;
}
interface Declaration {
  name: string;
  tagName?: string;
  attributes?: Attribute[];
  members?: Member[];
}

async function elements(): Promise<Declaration[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as {
    modules: { declarations?: Declaration[] }[];
  };
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
}

// Every name a bare Lit element answers to: its own, LitElement's, ReactiveElement's, HTMLElement's…
class Bare extends LitElement {}
customElements.define('api-names-bare', Bare);
const bare = document.createElement('api-names-bare');
const taken = (name: string) => name in bare;

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

describe('public names', () => {
  it('the manifest lists every element, with attributes', async () => {
    const list = await elements();
    expect(list.map((d) => d.tagName)).to.include.members([
      'wsis-skip-link',
      'wsis-logo',
      'wsis-language-switcher',
      'wsis-header',
      'wsis-nav',
      'wsis-breadcrumb',
      'wsis-message',
      'wsis-privacy-notice',
      'wsis-footer',
    ]);
    expect(list.flatMap((d) => d.attributes ?? []).length).to.be.greaterThan(20);
  });

  it('no attribute, as written or as its property, is a LitElement or HTMLElement member', async () => {
    const clashes: string[] = [];
    for (const d of await elements()) {
      for (const a of d.attributes ?? []) {
        for (const name of new Set([a.name, camel(a.name), a.fieldName ?? a.name])) {
          if (taken(name)) clashes.push(`<${d.tagName}> attribute "${a.name}" → "${name}"`);
        }
      }
    }
    expect(clashes, clashes.join('\n')).to.deep.equal([]);
  });

  it('no public property or method is a LitElement or HTMLElement member', async () => {
    const clashes: string[] = [];
    for (const d of await elements()) {
      for (const m of d.members ?? []) {
        if (m.static || m.inheritedFrom || m.privacy === 'private' || m.privacy === 'protected') continue;
        if (m.name.startsWith('_')) continue;
        if (taken(m.name)) clashes.push(`<${d.tagName}> ${m.kind} "${m.name}"`);
      }
    }
    expect(clashes, clashes.join('\n')).to.deep.equal([]);
  });

  it('catches the clash that broke React 19 (the check can fail)', () => {
    expect(taken('updated')).to.be.true;
    expect(taken('render')).to.be.true;
    expect(taken('hidden')).to.be.true;
  });
});
