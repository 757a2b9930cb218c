// Claimed killed by perpetrator, printed from its geometry (src/charts/claims-by-perpetrator.ts).
import { claimsByPerpetrator, DRAWN_ROWS, type ClaimsByPerpetratorGeometry, type ClaimsByPerpetratorOptions } from '../claims-by-perpetrator.ts';
import type { Bar } from '../types.ts';
import { axisTicks, chartSvg, drawnChart, emptyMessage, type DrawnChart, type FrameText } from './frame.ts';
import { cls, el, type Markup } from './markup.ts';

export interface ClaimsByPerpetratorProps extends FrameText {
  /** Unique on the page: prefixes the ids of the title and description. */
  id: string;
  data: readonly Bar[];
  options?: Omit<ClaimsByPerpetratorOptions, 'id' | 'width' | 'fontSize'>;
}

function marks(g: ClaimsByPerpetratorGeometry): Markup {
  return el(
    'g',
    { style: `font-size: ${g.fontSize}px` },
    el(
      'defs',
      {},
      g.patterns.map((p) =>
        el(
          'pattern',
          { id: p.id, patternUnits: 'userSpaceOnUse', width: '6', height: '6', patternTransform: p.mark === 'dots' ? undefined : 'rotate(45)' },
          el('rect', { class: 'pattern-ground', width: '6', height: '6' }),
          p.mark === 'dots' && el('circle', { cx: '3', cy: '3', r: '1.5', fill: p.color }),
          p.mark !== 'dots' && el('line', { x1: '0', y1: '0', x2: '0', y2: '6', stroke: p.color, 'stroke-width': '2.5' }),
          p.mark === 'cross' && el('line', { x1: '0', y1: '3', x2: '6', y2: '3', stroke: p.color, 'stroke-width': '2.5' }),
        ),
      ),
    ),
    axisTicks(g.xTicks, 'middle'),
    g.rows.map((row) =>
      el(
        'a',
        { href: row.incidentsHref ?? undefined, tabindex: '-1', class: `layer-${row.layer}` },
        el('title', {}, row.title),
        el('text', { class: 'mark-label', x: row.label.x, y: row.label.y }, row.label.text),
        el('rect', {
          class: cls('range', 'hit', row.kind === 'unknown' && 'unknown', row.layer === 'unassessed' && 'outline'),
          x: row.bar.x,
          y: row.bar.y,
          width: row.bar.width,
          height: row.bar.height,
          fill: row.kind === 'unknown' ? undefined : row.fill ?? (row.layer === 'unassessed' ? 'none' : row.color),
          stroke: row.color,
        }),
        row.uncertain && el('rect', { class: 'range uncertain', x: row.uncertain.x, y: row.uncertain.y, width: row.uncertain.width, height: row.uncertain.height, fill: row.fill ?? row.color, stroke: row.color }),
        row.arrow && el('line', { class: 'range-arrow', x1: row.arrow.x1, y1: row.arrow.y, x2: row.arrow.x2, y2: row.arrow.y, stroke: row.color }),
        row.arrow && el('path', { d: row.arrow.head, fill: row.color }),
        el('text', { class: 'value-label', x: row.value.x, y: row.value.y }, row.value.text),
      ),
    ),
    g.footnote.map((line) => el('text', { class: 'footnote', x: line.x, y: line.y }, line.text)),
    g.noFigure.map((line) => el('text', { class: 'footnote', x: line.x, y: line.y }, line.text)),
    emptyMessage(g.empty),
  );
}

/** The chart: a site-wide one names hundreds of perpetrators, of which the largest figures are drawn and the table keeps every row. */
export function printClaimsByPerpetrator({ id, data, options, ...text }: ClaimsByPerpetratorProps): DrawnChart {
  const limit = options?.limit ?? DRAWN_ROWS;
  const wide = claimsByPerpetrator(data, { ...options, limit, id, width: 720, fontSize: 14 });
  const narrow = claimsByPerpetrator(data, { ...options, limit, id: `${id}-narrow`, width: 360, fontSize: 13 });
  const omitted = wide.omitted ? [{ text: `The ${wide.rows.length} largest figures are drawn; the data table lists all ${wide.rows.length + wide.omitted}.` }] : [];
  const drawings = [chartSvg(wide, { title: text.caption, variant: 'wide', linked: true }, marks(wide)), chartSvg(narrow, { title: text.caption, variant: 'narrow', twin: wide, linked: true }, marks(narrow))];
  return drawnChart({ id: wide.ids.base, kind: 'chart-perpetrators', tables: [wide.table], drawings }, { ...text, notes: [...(text.notes ?? []), ...omitted] }, wide);
}
