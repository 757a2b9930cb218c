// An SVG drawing in public/ that a brief shows with `::figure` is content like any other:
// the page shows it, readers may open it on its own (where a script in it would run) and
// the build draws it as a PNG for feeds (where an outside reference would make the renderer
// read a file of the build machine). So it is held to a static drawing: shapes, text,
// styles, gradients and patterns, references only inside itself, and a bounded size.
import type { Element, Nodes } from 'xast';
import { fromXml } from 'xast-util-from-xml';

/** What the check found in a drawing: its size in CSS pixels, or its first problem (with the line in the SVG file). */
export type SvgDrawing = { width: number; height: number } | { problem: string; line: number };

/** The largest drawing file read, in bytes. */
export const MAX_DRAWING_BYTES = 256 * 1024;
/** The smallest and largest side, in CSS pixels. */
const SIDE = { min: 16, max: 2000 };
/** The most elements a drawing may expand to, counting each `<use>` as what it repeats. */
const MAX_ELEMENTS = 20_000;

const ELEMENTS = new Set(['svg', 'g', 'defs', 'title', 'desc', 'style', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'path', 'text', 'tspan', 'pattern', 'linearGradient', 'radialGradient', 'stop', 'clipPath', 'mask', 'use', 'symbol', 'marker']);
const EXPECTED = 'expected a static drawing: shapes, text, groups, styles, gradients and patterns, referring only to its own parts ("#id")';
/** A number and a word for deaths in one sentence: "more than 900 people killed", "toll: 21". */
const CASUALTY = /\b(killed|died|dead|deaths|toll|casualties|fatalities)\b[^.;]*\d|\d[^.;]*\b(killed|died|dead|deaths|casualties|fatalities)\b/i;
/** `url(…)` that does not point inside the drawing, `@import`, `javascript:`. */
const OUTSIDE = /url\(\s*['"]?\s*(?!#)|@import|javascript:/i;

/** The pixel size of the PNG drawn from a drawing `width` CSS pixels wide: twice as sharp, at most the widest photo rendition. */
export const drawingPngWidth = (width: number) => Math.min(2 * width, 1408);

/** The address of a drawing's PNG rendition: `/figures/x.svg` → `/figures/x.svg.png`. */
export const drawingPngPath = (src: string) => `${src}.png`;

/** The words of an element, its children's included. */
const wordsOf = (node: Nodes): string => (node.type === 'text' || node.type === 'cdata' ? node.value : 'children' in node ? node.children.map(wordsOf).join('') : '');

const length = (value: string | null | undefined) => (value && /^\s*\d+(\.\d+)?\s*(px)?\s*$/.test(value) ? Number.parseFloat(value) : undefined);

/** Checks an SVG file's text as a drawing a brief may show (see the top of this file). */
export function checkSvgDrawing(text: string): SvgDrawing {
  let tree;
  try {
    tree = fromXml(text);
  } catch (error) {
    const { line, cause } = error as { line?: number; cause?: Error };
    const why = (cause?.message ?? String(error)).split('\n')[0]!.replace(/ \(line \d+, column \d+\)$/, '');
    return { problem: `is not well-formed XML (${why}); expected an SVG file as a drawing program saves it`, line: line ?? 1 };
  }
  let found: { problem: string; line: number } | undefined;
  const fail = (node: Nodes, problem: string) => (found ??= { problem, line: node.position?.start.line ?? 1 });
  const ids = new Map<string, Element>();
  const uses: Element[] = [];
  const walk = (node: Nodes): void => {
    if (found) return;
    if (node.type === 'doctype') fail(node, `declares a DOCTYPE (where entities hide); ${EXPECTED}`);
    else if (node.type === 'instruction' && node.name !== 'xml') fail(node, `has a processing instruction <?${node.name}?>; ${EXPECTED}`);
    else if (node.type === 'element') {
      if (!ELEMENTS.has(node.name)) fail(node, `has the element <${node.name}>; ${EXPECTED}`);
      for (const [name, value] of Object.entries(node.attributes)) {
        if (/^on/i.test(name)) fail(node, `has an event attribute ${name} on <${node.name}>; ${EXPECTED}`);
        else if (/(^|:)href$/.test(name) && !/^#[\w.:-]+$/.test(value ?? '')) fail(node, `refers outside itself: ${name}="${value}" on <${node.name}>; ${EXPECTED}`);
        else if (OUTSIDE.test(value ?? '')) fail(node, `refers outside itself in ${name} on <${node.name}>; ${EXPECTED}`);
      }
      if (node.name === 'style' && node.children.some((c) => (c.type === 'text' || c.type === 'cdata') && OUTSIDE.test(c.value))) fail(node, `refers outside itself in a <style>; ${EXPECTED}`);
      if (['text', 'title', 'desc'].includes(node.name) && CASUALTY.test(wordsOf(node))) fail(node, `gives a number of people killed ("${wordsOf(node).trim()}"); expected casualty figures only in ::chart, which draws them by the counting rules and links them to their claims`);
      if (node.attributes.id) ids.set(node.attributes.id, node);
      if (node.name === 'use') uses.push(node);
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  if (found) return found;
  const svg = tree.children.find((c): c is Element => c.type === 'element');
  if (!svg || svg.name !== 'svg' || svg.attributes.xmlns !== 'http://www.w3.org/2000/svg') return { problem: `is not an SVG drawing; expected <svg xmlns="http://www.w3.org/2000/svg" …> around it`, line: svg?.position?.start.line ?? 1 };

  // A <use> repeats what it names, which may hold more <use>: count what the renderer would draw.
  const sizes = new Map<Element, number>();
  const size = (node: Element, depth = 0): number => {
    if (depth > 32) return Infinity;
    let n = sizes.get(node);
    if (n !== undefined) return n;
    const target = node.name === 'use' ? ids.get((node.attributes.href ?? node.attributes['xlink:href'] ?? '').slice(1)) : undefined;
    n = 1 + (target ? size(target, depth + 1) : 0) + node.children.reduce((sum, c) => sum + (c.type === 'element' ? size(c, depth + 1) : 0), 0);
    sizes.set(node, n);
    return n;
  };
  if (size(svg) > MAX_ELEMENTS) return { problem: `draws more than ${MAX_ELEMENTS.toLocaleString('en')} elements once its <use> references are repeated; ${EXPECTED}`, line: uses[0]?.position?.start.line ?? 1 };

  const box = (svg.attributes.viewBox ?? '').trim().split(/[\s,]+/).map(Number);
  const width = length(svg.attributes.width) ?? (box.length === 4 ? box[2] : undefined);
  const height = length(svg.attributes.height) ?? (box.length === 4 ? box[3] : undefined);
  const line = svg.position?.start.line ?? 1;
  if (width === undefined || height === undefined || !Number.isFinite(width) || !Number.isFinite(height)) return { problem: `has no size; expected width and height in pixels or a viewBox on <svg>`, line };
  if ([width, height].some((side) => side < SIDE.min || side > SIDE.max)) return { problem: `is ${width} × ${height} pixels; expected each side between ${SIDE.min} and ${SIDE.max}`, line };
  return { width, height };
}
