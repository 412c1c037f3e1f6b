/**
 * The generated sections of the element Docs pages (stories/docs/wsis-*.mdx). Each renders data made
 * from one source, so a page cannot drift from the code:
 *   HowItWorks   the element's own JSDoc (custom-elements.json)
 *   Html         the minimal HTML a site writes (stories/docs/html/<tag>.html) and its server
 *                rendering by the library (virtual:wsis-docs-data, scripts/docs/docs-data.mjs)
 *   ScreenReader the accessibility tree and Tab stops Chromium gives for the element's main story,
 *                in English and Arabic, from stories/generated/docs-a11y.json (npm run docs:a11y)
 *   Strings      its messages in the six languages, from the XLIFF (virtual:wsis-docs-data)
 *   BadInput     its rows of the bad-input table (stories/guides/bad-input.md)
 *   Theming      its own tokens and parts (custom-elements.json, public API only)
 *   Api          Storybook's API table of the element's public API, and its methods
 * The prose (what it is for, when to use it, keyboard) is in each page's MDX.
 */
import type { ComponentProps, ReactNode } from 'react';
import { ArgTypes, Markdown, Source } from '@storybook/addon-docs/blocks';
import manifest from '../../custom-elements.json';
import { apiRowNames, publicManifest, publicMethods } from '../../.storybook/public-manifest.mjs';
import docsData from 'virtual:wsis-docs-data';
import a11yData from '../generated/docs-a11y.json';

interface ApiItem {
  name: string;
  description?: string;
  default?: string;
}
interface Declaration {
  tagName?: string;
  description?: string;
  cssParts?: ApiItem[];
  cssProperties?: ApiItem[];
}
interface AxNode {
  role: string;
  name?: string;
  children?: AxNode[];
  [state: string]: unknown;
}
interface Locale {
  code: string;
  endonym: string;
  dir: string;
}
interface ElementData {
  html: string;
  ssr: string;
  strings: { id: string; note: string; text: Record<string, string> }[];
  badInput: { input: string; result: string }[];
}

const declarations = (publicManifest(manifest) as { modules: { declarations?: Declaration[] }[] }).modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName);
const declaration = (tag: string): Declaration => {
  const d = declarations.find((x) => x.tagName === tag);
  if (!d) throw new Error(`${tag} is not in custom-elements.json`);
  return d;
};
const locales = docsData.locales as Locale[];
const element = (tag: string) => (docsData.elements as Record<string, ElementData>)[tag];

/** Markdown table cells and notes as text: `code` spans become <code>, the rest stays text. */
function inline(text: string): ReactNode[] {
  return text.split('`').map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part));
}

/** The element's JSDoc, as its manifest entry holds it. */
export function HowItWorks({ tag }: { tag: string }) {
  return <Markdown>{declaration(tag).description ?? ''}</Markdown>;
}

/** The HTML a site writes, then the same rendered on the server by the library. */
export function Html({ tag }: { tag: string }) {
  const { html, ssr } = element(tag);
  return (
    <>
      <Source code={html} language="html" dark={false} />
      <p>
        Rendered on a server with the library (<code>renderInLocale(&apos;en&apos;, …)</code> from{' '}
        <code>wsis-components/ssr</code>, then <code>shareStyles(html, &apos;/assets/styles/&apos;)</code>
        ), this is the HTML a page sends: each shadow root is declarative (
        <code>&lt;template shadowrootmode&gt;</code>) and links its styles, and the browser shows it before
        any script runs. Rendered by <code>scripts/docs/docs-data.mjs</code> when this Storybook was built, on{' '}
        {docsData.ssrRenderedOn}, from the built package.
      </p>
      <details className="docs-details">
        <summary>Server-rendered HTML (English)</summary>
        <Source code={ssr} language="html" dark={false} />
      </details>
    </>
  );
}

const STATE_LABELS: Record<string, string> = { level: 'level', haspopup: 'has popup', valuetext: 'value' };
function states(node: AxNode): string[] {
  return Object.entries(node)
    .filter(([k]) => !['role', 'name', 'children'].includes(k))
    .map(([k, v]) => (v === true ? (STATE_LABELS[k] ?? k) : `${STATE_LABELS[k] ?? k}: ${String(v)}`));
}

function Node({ node, lang }: { node: AxNode; lang: string }) {
  const role = node.role === 'StaticText' ? 'text' : node.role;
  return (
    <>
      <span className="docs-ax-role">{role}</span>
      {node.name ? (
        <>
          {' '}
          <q className="docs-ax-name" lang={lang} dir="auto">
            {node.name}
          </q>
        </>
      ) : null}
      {states(node).map((s) => (
        <span key={s} className="docs-ax-state">
          {' '}
          [{s}]
        </span>
      ))}
    </>
  );
}

function Tree({ nodes, lang }: { nodes: AxNode[]; lang: string }) {
  return (
    <ul className="docs-ax-tree">
      {nodes.map((n, i) => (
        <li key={i}>
          <Node node={n} lang={lang} />
          {n.children?.length ? <Tree nodes={n.children} lang={lang} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** The accessibility tree and the Tab stops of the element's main story, in English and Arabic. */
export function ScreenReader({ tag }: { tag: string }) {
  const data = (a11yData.elements as Record<string, Record<string, unknown>>)[tag];
  if (!data) return <p>No data: run npm run build-storybook, then npm run docs:a11y.</p>;
  const shown = ['en', 'ar'].map((code) => locales.find((l) => l.code === code)!);
  return (
    <>
      <p>
        What Chromium gives assistive technology for the story{' '}
        <a href={`?path=/story/${String(data.story)}`}>
          <code>{String(data.story)}</code>
        </a>
        : roles, names and states (the landmarks and headings a screen reader lists, what it says on each
        control), and the order of the Tab stops from the top of the page. Recorded by{' '}
        <code>npm run docs:a11y</code> from the built Storybook; the test suite fails when the code gives
        anything else.
      </p>
      <div className="docs-columns">
        {shown.map(({ code, endonym }) => {
          const { tree, tabStops } = data[code] as { tree: AxNode[]; tabStops: AxNode[] };
          return (
            <section key={code} className="docs-column" aria-label={`${endonym} (${code})`}>
              <h3>
                <span lang={code}>{endonym}</span> <code>{code}</code>
              </h3>
              <h4>Accessibility tree</h4>
              <Tree nodes={tree} lang={code} />
              <h4>Tab stops, in order</h4>
              {tabStops.length ? (
                <ol className="docs-ax-stops">
                  {tabStops.map((s, i) => (
                    <li key={i}>
                      <Node node={s} lang={code} />
                    </li>
                  ))}
                </ol>
              ) : (
                <p>None: the element is not a Tab stop in this story.</p>
              )}
            </section>
          );
        })}
      </div>
    </>
  );
}

/** Every message of the element in the six languages, one table a message. */
export function Strings({ tag, none }: { tag: string; none?: ReactNode }) {
  const { strings } = element(tag);
  if (!strings.length) return <p>{none ?? 'This element has no strings of its own.'}</p>;
  return (
    <>
      <p>
        From <code>locales/*.xlf</code>, read when this Storybook was built; each note is what the translator
        reads. A value the element fills in is written <code>{'{name}'}</code>, the name its placeholder
        carries in the XLIFF (<code>{'<x id="0" equiv-text="${name}"/>'}</code>), as the notes write it.
      </p>
      {strings.map(({ id, note, text }) => (
        <table key={id} className="docs-strings">
          <caption>
            <code>{id}</code>: {note}
          </caption>
          <tbody>
            {locales.map(({ code, endonym, dir }) => (
              <tr key={code}>
                <th scope="row">
                  <span lang={code} dir={dir}>
                    {endonym}
                  </span>{' '}
                  <code>{code}</code>
                </th>
                <td lang={code} dir={dir}>
                  {text[code]}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}

function BadInputTable({ rows }: { rows: { input: string; result: string }[] }) {
  return (
    <table className="docs-table">
      <thead>
        <tr>
          <th scope="col">input</th>
          <th scope="col">what the library does</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.input}>
            <td>{inline(r.input)}</td>
            <td>{inline(r.result)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The element's rows of the Bad input guide's table, then the rows that hold for every element. */
export function BadInput({ tag }: { tag: string }) {
  const { badInput } = element(tag);
  return (
    <>
      <p>
        The rows of the <a href="?path=/docs/guides-bad-input--docs">Bad input</a> guide&apos;s table for this
        element, each tested in <code>tests/browser/bad-input.test.ts</code>. Messages are those of the
        development build.
      </p>
      {badInput.length ? (
        <BadInputTable rows={badInput} />
      ) : (
        <p>
          No row names this element: it has no input that can be malformed beyond what every element shares.
        </p>
      )}
      <h3>For every element</h3>
      <BadInputTable rows={docsData.badInputEveryElement} />
    </>
  );
}

function ApiTable({ caption, items }: { caption: string; items: ApiItem[] }) {
  const defaults = items.some((i) => i.default);
  return (
    <table className="docs-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">name</th>
          <th scope="col">what it does</th>
          {defaults ? <th scope="col">default</th> : null}
        </tr>
      </thead>
      <tbody>
        {items.map((i) => (
          <tr key={i.name}>
            <td>
              <code>{i.name}</code>
            </td>
            <td>{inline(i.description ?? '')}</td>
            {defaults ? <td>{i.default ? <code>{i.default}</code> : null}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Where the shared tokens are listed, once: the Foundations/Tokens page. */
export const TOKENS_PAGE = '?path=/story/foundations-tokens--shared';

/** The element's own hooks (its --wsis-<name>-* properties) and its parts. */
export function Theming({ tag }: { tag: string }) {
  const d = declaration(tag);
  const own = (d.cssProperties ?? []).filter((p) => p.name.startsWith(`--${tag}-`));
  return (
    <>
      <p>
        Its own custom properties default to the shared tokens (<code>--wsis-color-*</code>,{' '}
        <code>--wsis-font-family*</code>, <code>--wsis-space</code>, <code>--wsis-radius</code>, the page
        grid&apos;s <code>--wsis-page-*</code>), which every element reads and which are listed once, on the{' '}
        <a href={TOKENS_PAGE}>Foundations / Tokens</a> page. Set either on any ancestor. A theme is chosen
        with <code>data-wsis-theme=&quot;light&quot;</code> or <code>&quot;dark&quot;</code> on any ancestor,
        as in the two examples below.
      </p>
      <ApiTable caption="Custom properties of this element" items={own} />
      <ApiTable
        caption="Parts (style them with ::part(name))"
        items={(d.cssParts ?? []).map((p) => ({ ...p, name: p.name.replace(/^::part\((.*)\)$/, '$1') }))}
      />
    </>
  );
}

/**
 * The keys of an element, written on its page (MDX has no Markdown tables here): each row is
 * [key, where, what it does], `code` spans allowed.
 */
export function Keys({ rows }: { rows: [string, string, string][] }) {
  return (
    <table className="docs-table">
      <thead>
        <tr>
          <th scope="col">key</th>
          <th scope="col">where</th>
          <th scope="col">what it does</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([key, where, what]) => (
          <tr key={`${key} ${where}`}>
            <td>
              <kbd>{key}</kbd>
            </td>
            <td>{inline(where)}</td>
            <td>{inline(what)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A method's call as a site writes it: `notice.reopen()`, `WsisPrivacyNotice.readConsent(storage?, version?)`. */
function signature(className: string, tag: string, m: ReturnType<typeof publicMethods>[number]): string {
  const params = (m.parameters ?? [])
    .map((p) => `${p.name}${p.optional || p.default !== undefined ? '?' : ''}`)
    .join(', ');
  const on = m.static
    ? className
    : tag.replace(/^wsis-/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  return `${on}.${m.name}(${params})`;
}

/** The element's public methods (Storybook's API table has no row for a method). */
export function Methods({ tag }: { tag: string }) {
  const d = declaration(tag) as Declaration & { name: string };
  const methods = publicMethods(d);
  if (!methods.length) return <p>Methods: none; everything is set through attributes and properties.</p>;
  return (
    <table className="docs-table">
      <caption>Methods</caption>
      <thead>
        <tr>
          <th scope="col">call</th>
          <th scope="col">what it does</th>
          <th scope="col">returns</th>
        </tr>
      </thead>
      <tbody>
        {methods.map((m) => (
          <tr key={m.name}>
            <td>
              <code>{signature(d.name, tag, m)}</code>
            </td>
            <td>
              <Markdown>{m.description ?? ''}</Markdown>
            </td>
            <td>{m.return?.type?.text ? <code>{m.return.type.text}</code> : null}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The element's API: Storybook's table of its attributes, properties, events, slots, parts and own
 * custom properties, given exactly the rows of the public manifest (a control a story adds for itself
 * is no part of the element, and stays out), then its methods.
 */
export function Api({ of, tag }: { of: ComponentProps<typeof ArgTypes>['of']; tag: string }) {
  return (
    <>
      <ArgTypes of={of} include={apiRowNames(declaration(tag))} />
      <Methods tag={tag} />
    </>
  );
}
