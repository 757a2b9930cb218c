import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { s } from 'hastscript';
import { visit } from 'unist-util-visit';
import { svgXml } from '../serialize/svg-xml.ts';
import { chartStylesheet, CHART_COLOURS } from './chart-stylesheet.ts';
import { wrapText } from './wrap-text.ts';

/** What a standalone chart shows below its marks. */
export interface StandaloneOptions {
  caption: string;
  source: string;
  /** The font family the stylesheet names (the one the PNG renderer is given). */
  fontFamily: string;
}

/** A chart as a standalone SVG document, with its size and its text description (for `alt`). */
export interface StandaloneChart {
  svg: string;
  width: number;
  height: number;
  desc: string;
}

const CAPTION_LINE = 18;
const SOURCE_LINE = 15;
const PAD = 12;

const isElement = (node: ElementContent | Root['children'][number]): node is Element => node.type === 'element';

/**
 * Turns the HTML of a rendered chart (its `<figure>`) into a standalone SVG document: the
 * same marks, the styles inline with fixed colours, a ground, and the caption and
 * `Source:` line drawn under the chart so the picture carries its attribution.
 */
export function standaloneSvg(figureHtml: string, options: StandaloneOptions): StandaloneChart {
  const tree = fromHtml(figureHtml, { fragment: true });
  let svg: Element | undefined;
  visit(tree, 'element', (node) => {
    if (!svg && node.tagName === 'svg') svg = node;
  });
  if (!svg) throw new Error(`standaloneSvg: no <svg> in the chart "${options.caption}"`);
  const [, , width = 640, height = 320] = String(svg.properties.viewBox ?? '').split(/\s+/).map(Number);
  // Attributes for the page only: scoping, styles, links to claims.
  visit(svg, 'element', (node) => {
    for (const key of Object.keys(node.properties)) if (key.startsWith('dataAstro')) delete node.properties[key];
  });
  const charsPerLine = Math.floor((width - 2 * PAD) / 6.2);
  const captionLines = wrapText(options.caption, Math.floor((width - 2 * PAD) / 7.6));
  const sourceLines = wrapText(`Source: ${options.source}`, charsPerLine);
  const footer = PAD + captionLines.length * CAPTION_LINE + sourceLines.length * SOURCE_LINE;
  const total = height + 2 * PAD + footer;
  const texts: Element[] = [
    ...captionLines.map((line, i) => s('text', { class: 'chart-caption', x: PAD, y: height + 2 * PAD + (i + 1) * CAPTION_LINE }, line)),
    ...sourceLines.map((line, i) => s('text', { class: 'chart-source', x: PAD, y: height + 2 * PAD + captionLines.length * CAPTION_LINE + (i + 1) * SOURCE_LINE }, line)),
  ];
  const doc = s(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width + 2 * PAD} ${total}`, width: width + 2 * PAD, height: total, role: 'img', 'aria-labelledby': svg.properties.ariaLabelledBy as string },
    [
      s('style', chartStylesheet(options.fontFamily)),
      s('rect', { width: '100%', height: '100%', fill: CHART_COLOURS.bg }),
      s('g', { transform: `translate(${PAD} ${PAD})` }, svg.children.filter(isElement)),
      ...texts,
    ],
  );
  let desc = '';
  visit(svg, 'element', (node) => {
    if (!desc && node.tagName === 'desc') desc = toString(node);
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n${svgXml(doc)}\n`;
  return { svg: xml, width: width + 2 * PAD, height: total, desc };
}
