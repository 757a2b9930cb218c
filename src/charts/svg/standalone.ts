// A chart that travels on its own (feed readers, mail, image viewers): its wide drawing as
// an SVG document with fixed colours and its caption and Source: line drawn under the marks.
import { CHART_COLOURS, chartStylesheet } from '../../lib/chart-file/chart-stylesheet.ts';
import { wrapText } from '../../lib/chart-file/wrap-text.ts';
import { svgXml } from '../../lib/serialize/svg-xml.ts';
import { s } from 'hastscript';
import { toHast, type Markup } from './markup.ts';

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

/** The layer patterns a drawing defines (`<pattern class="layer-…">`), whose bars the stylesheet fills. */
function layerPatterns(m: Markup): { layer: string; id: string }[] {
  const layer = /^layer-(\w+)$/.exec(String(m.attrs.class ?? ''));
  const own = m.tag === 'pattern' && layer && typeof m.attrs.id === 'string' ? [{ layer: layer[1]!, id: m.attrs.id }] : [];
  return [...own, ...m.children.flatMap((c) => (typeof c === 'string' ? [] : layerPatterns(c)))];
}

const CAPTION_LINE = 18;
const SOURCE_LINE = 15;
const PAD = 12;

/**
 * A chart's wide drawing (`svg`, of `width` × `height`, described by `desc`) as a standalone
 * SVG document: the same marks, the styles inline with fixed colours, a ground, and the
 * caption and `Source:` line drawn under the chart so the picture carries its attribution.
 */
export function standaloneSvg(drawing: { wide: Markup; width: number; height: number; desc: string }, options: StandaloneOptions): StandaloneChart {
  const { wide, width, height, desc } = drawing;
  const charsPerLine = Math.floor((width - 2 * PAD) / 6.2);
  const captionLines = wrapText(options.caption, Math.floor((width - 2 * PAD) / 7.6));
  const sourceLines = wrapText(`Source: ${options.source}`, charsPerLine);
  const footer = PAD + captionLines.length * CAPTION_LINE + sourceLines.length * SOURCE_LINE;
  const total = height + 2 * PAD + footer;
  const doc = s(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width + 2 * PAD} ${total}`, width: width + 2 * PAD, height: total, role: 'img', 'aria-labelledby': String(wide.attrs['aria-labelledby']) },
    [
      s('style', chartStylesheet(options.fontFamily, layerPatterns(wide))),
      s('rect', { width: '100%', height: '100%', fill: CHART_COLOURS.bg }),
      s('g', { transform: `translate(${PAD} ${PAD})` }, wide.children.flatMap((c) => (typeof c === 'string' ? [] : [toHast(c)]))),
      ...captionLines.map((line, i) => s('text', { class: 'chart-caption', x: PAD, y: height + 2 * PAD + (i + 1) * CAPTION_LINE }, line)),
      ...sourceLines.map((line, i) => s('text', { class: 'chart-source', x: PAD, y: height + 2 * PAD + captionLines.length * CAPTION_LINE + (i + 1) * SOURCE_LINE }, line)),
    ],
  );
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svgXml(doc)}\n`, width: width + 2 * PAD, height: total, desc };
}
