// A claimant's figures beside the independent ones, printed from its geometry (src/charts/claimant-record.ts).
import { claimantRecordChart, type ClaimantRecordGeometry, type RecordPair } from '../claimant-record.ts';
import { DRAWN_ROWS } from '../claims-by-perpetrator.ts';
import { axisTicks, chartSvg, drawnChart, emptyMessage, type DrawnChart, type FrameText } from './frame.ts';
import { cls, el, type Markup } from './markup.ts';

export interface ClaimantRecordProps extends FrameText {
  /** Unique on the page: prefixes the ids of the title, description and pattern. */
  id: string;
  /** The claimant as its marks are labelled. */
  claimant: string;
  data: readonly RecordPair[];
}

function marks(g: ClaimantRecordGeometry): Markup {
  return el(
    'g',
    { style: `font-size: ${g.fontSize}px` },
    el(
      'defs',
      {},
      el(
        'pattern',
        { id: g.pattern, patternUnits: 'userSpaceOnUse', width: '6', height: '6', patternTransform: 'rotate(45)' },
        el('rect', { class: 'pattern-ground', width: '6', height: '6' }),
        el('line', { class: 'record-hatch', x1: '0', y1: '0', x2: '0', y2: '6' }),
      ),
    ),
    axisTicks(g.xTicks, 'middle'),
    g.rows.map((row) =>
      el(
        'g',
        { class: 'record-row' },
        el('title', {}, row.title),
        el('text', { class: 'mark-label', x: row.label.x, y: row.label.y }, row.label.text),
        row.marks.map((m) =>
          el(
            'g',
            { class: `record-${m.which}` },
            el('rect', { class: cls('record-bar', m.kind === 'unknown' && 'unknown'), x: m.bar.x, y: m.bar.y, width: m.bar.width, height: m.bar.height, fill: m.which === 'independent' && m.kind !== 'unknown' ? `url(#${g.pattern})` : undefined }),
            m.uncertain && el('rect', { class: 'record-bar uncertain', x: m.uncertain.x, y: m.uncertain.y, width: m.uncertain.width, height: m.uncertain.height, fill: m.which === 'independent' ? `url(#${g.pattern})` : undefined }),
            m.arrow && el('line', { class: 'record-arrow', x1: m.arrow.x1, y1: m.arrow.y, x2: m.arrow.x2, y2: m.arrow.y }),
            m.arrow && el('path', { class: 'record-head', d: m.arrow.head }),
            el('text', { class: 'value-label', x: m.value.x, y: m.value.y }, m.value.text),
          ),
        ),
      ),
    ),
    emptyMessage(g.empty),
  );
}

/** The chart: a prolific claimant's newest incidents are drawn, the data table lists every one. */
export function printClaimantRecord({ id, claimant, data, ...text }: ClaimantRecordProps): DrawnChart {
  const wide = claimantRecordChart(data, { id, claimant, width: 720, fontSize: 14, limit: DRAWN_ROWS });
  const narrow = claimantRecordChart(data, { id: `${id}-narrow`, claimant, width: 360, fontSize: 13, limit: DRAWN_ROWS });
  const omitted = wide.omitted ? [{ text: `The ${wide.rows.length} newest incidents are drawn; the data table lists all ${wide.rows.length + wide.omitted}.` }] : [];
  const drawings = [chartSvg(wide, { title: text.caption, variant: 'wide' }, marks(wide)), chartSvg(narrow, { title: text.caption, variant: 'narrow', twin: wide }, marks(narrow))];
  return drawnChart({ id: wide.ids.base, kind: 'chart-claimant-record', tables: [wide.table], drawings }, { ...text, notes: [...(text.notes ?? []), ...omitted] }, wide);
}
