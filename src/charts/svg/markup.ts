// The markup charts are printed in: a small tree of elements and text, printed as the HTML of
// a page (escaped as Astro escapes, so a page reads the same as when components drew it) or
// turned into a hast tree for a standalone SVG file. Text and attribute values are always
// escaped when printed: nothing an author wrote can become markup.
import type { Element, ElementContent } from 'hast';
import { s } from 'hastscript';

/** An attribute's value; `null`, `undefined` and `false` leave the attribute out. */
export type AttrValue = string | number | boolean | null | undefined;
/** What an element holds: elements, text, and nothing (`null`, `undefined`, `false`), nested in lists. */
export type Child = Markup | string | number | null | undefined | false | readonly Child[];

/** One element: its name, attributes in order, and children. */
export interface Markup {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, AttrValue>>;
  readonly children: readonly (Markup | string)[];
}

const flatten = (children: readonly Child[]): (Markup | string)[] =>
  children.flatMap((c): (Markup | string)[] => (c === null || c === undefined || c === false ? [] : Array.isArray(c) ? flatten(c) : typeof c === 'number' ? [String(c)] : [c as Markup | string]));

/** An element. */
export const el = (tag: string, attrs: Record<string, AttrValue> = {}, ...children: Child[]): Markup => ({ tag, attrs, children: flatten(children) });

/** The class list of an element: the names given, without empty ones (`undefined` when none, so no attribute). */
export const cls = (...names: (string | false | null | undefined)[]): string | undefined => names.filter(Boolean).join(' ') || undefined;

const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
const escapeText = (text: string) => text.replace(/[&<>'"]/g, (c) => TEXT_ENTITIES[c]!);
const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr']);

function attributes(attrs: Markup['attrs']): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeAttr(String(value))}"`;
  }
  return out;
}

/**
 * Elements and text as HTML, with no whitespace added between them. An empty element inside
 * an `<svg>` closes itself (`<rect … />`), as HTML allows for SVG elements.
 */
export function printHtml(node: Child, inSvg = false): string {
  if (node === null || node === undefined || node === false) return '';
  if (Array.isArray(node)) return node.map((c) => printHtml(c, inSvg)).join('');
  if (typeof node === 'string') return escapeText(node);
  if (typeof node === 'number') return String(node);
  const m = node as Markup;
  const svg = inSvg || m.tag === 'svg';
  if (svg && m.children.length === 0) return `<${m.tag}${attributes(m.attrs)}/>`;
  const open = `<${m.tag}${attributes(m.attrs)}>`;
  return VOID.has(m.tag) ? open : `${open}${m.children.map((c) => printHtml(c, svg)).join('')}</${m.tag}>`;
}

/** An SVG element as a hast tree (for an SVG file: see `svgXml`). */
export function toHast(node: Markup): Element {
  const props: Record<string, string> = {};
  for (const [name, value] of Object.entries(node.attrs)) if (value !== null && value !== undefined && value !== false) props[name] = value === true ? '' : String(value);
  return s(node.tag, props, node.children.map((c): ElementContent => (typeof c === 'string' ? { type: 'text', value: c } : toHast(c))));
}
