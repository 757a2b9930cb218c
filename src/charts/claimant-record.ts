// A claimant's record (DESIGN §2 rule 11): each compared incident as two range marks on one
// scale, the claimant's figure above the independent one, drawn by the rules of every chart
// (range-mark.ts): a bar to the low end, a lighter part to a closed high end, an open end a
// short arrow, no figure a hollow box off the scale, nothing past the largest supported figure.
import { scaleLinear } from 'd3';
import { chartIds, round1, type AxisTick, type ChartIds, type DataTable, type EmptyState } from './geometry.ts';
import { rangeLabel } from './labels.ts';
import { textWidth, wrapText } from './place-labels.ts';
import { ARROW_LENGTH, arrowHead, largestSupported, rangeMark } from './range-mark.ts';
import type { Range } from './types.ts';

/** One incident of the record: the claimant's range beside the independent one. */
export interface RecordPair {
  key: string;
  /** The incident as readers know it: "Moura, Mar 2022". */
  label: string;
  href: string;
  /** The claimant's figure; `unknown` when it gave none (or denied). */
  own: Range;
  independent: Range;
  /** The comparison in words: "overlapping", "higher (at least 4× the independent high end)". */
  comparison: string;
}

/** Options of the claimant-record chart. */
export interface ClaimantRecordOptions {
  /** Unique on the page: prefixes the ids of the title, description and pattern. */
  id: string;
  /** The claimant as its marks are labelled: "JNIM". */
  claimant: string;
  /** viewBox width in pixels; the height follows from the number of incidents. */
  width?: number;
  /** Size of every text, in viewBox pixels (at least 12). */
  fontSize?: number;
  /** Draw at most this many incidents, the first given (the newest); the table keeps them all. */
  limit?: number | undefined;
}

/** One range mark: the bar to the low end, the lighter part, the arrow of an open end, the figure after it. */
export interface PairMark {
  which: 'own' | 'independent';
  kind: 'figure' | 'zero' | 'unknown';
  bar: { x: number; y: number; width: number; height: number };
  uncertain: { x: number; y: number; width: number; height: number } | null;
  arrow: { y: number; x1: number; x2: number; head: string } | null;
  /** "200+ JNIM", "300+ independent", "no figure JNIM". */
  value: { x: number; y: number; text: string };
}

/** One incident's row: its name and comparison above, then its two marks. */
export interface PairRow {
  key: string;
  href: string;
  label: { x: number; y: number; text: string };
  marks: [PairMark, PairMark];
  title: string;
}

/** Everything the component draws. */
export interface ClaimantRecordGeometry {
  ids: ChartIds;
  width: number;
  height: number;
  fontSize: number;
  /** The fill pattern of the independent marks, told apart from the claimant's by pattern as well as colour. */
  pattern: string;
  empty: EmptyState | null;
  xTicks: AxisTick[];
  rows: PairRow[];
  /** Incidents in the table but not drawn (beyond the limit); absent when every one is drawn. */
  omitted?: number;
  desc: string;
  table: DataTable;
}

const BAR = 10;
/** Room between an incident's name and its first mark, so the name clears the figure written beside it. */
const LABEL_GAP = 9;

/** The claimant's figure and the independent one, incident by incident, on one linear scale. */
export function claimantRecordChart(all: readonly RecordPair[], options: ClaimantRecordOptions): ClaimantRecordGeometry {
  const { width = 640, fontSize: font = 12, claimant, limit } = options;
  const pairs = limit === undefined ? all : all.slice(0, limit);
  const ids = chartIds(options.id);
  const names = { own: claimant, independent: 'independent' } as const;
  // Between the two marks: room for the figures written beside them, one line each, not overlapping.
  const gap = Math.max(4, Math.ceil(font * 1.3) - BAR + 1);
  const rowHeight = font + LABEL_GAP + 2 * BAR + 2 * gap + 8;
  const top = 4;
  const bottom = top + Math.max(pairs.length, 1) * rowHeight;
  // Right of the scale: room for an arrow and the longest figure written after a mark.
  const texts = pairs.flatMap((p) => [`${rangeLabel(p.own)} ${names.own}`, `${rangeLabel(p.independent)} ${names.independent}`]);
  const valueRoom = ARROW_LENGTH + 8 + Math.max(0, ...texts.map((t) => textWidth(t, font)));
  const left = 8;
  const right = round1(Math.max(width / 2, width - valueRoom));
  const most = largestSupported(pairs.flatMap((p) => [p.own, p.independent]));
  const x = scaleLinear([0, Math.max(most, 1)], [left, right]).nice(5);
  const length = (v: number) => x(v) - left;

  const markOf = (which: 'own' | 'independent', range: Range, y: number): PairMark => {
    const m = rangeMark(range, length);
    const mid = round1(y + BAR / 2);
    const tip = left + (m.arrow?.to ?? 0);
    return {
      which,
      kind: m.kind,
      bar: { x: left, y: round1(y), width: round1(m.low), height: BAR },
      uncertain: m.high === null ? null : { x: round1(left + m.low), y: round1(y), width: round1(m.high - m.low), height: BAR },
      arrow: m.arrow && { y: mid, x1: round1(left + m.arrow.from), x2: round1(tip - 5), head: arrowHead(tip, mid, 'right') },
      value: { x: round1(left + m.end + 5), y: round1(y + BAR - 1), text: `${m.text} ${names[which]}` },
    };
  };

  const rows = pairs.map((p, i): PairRow => {
    const labelY = top + i * rowHeight + font;
    const y = labelY + LABEL_GAP;
    return {
      key: p.key,
      href: p.href,
      label: { x: left, y: round1(labelY), text: fit(`${p.label}: ${p.comparison}`, width - 2 * left, font) },
      marks: [markOf('own', p.own, y), markOf('independent', p.independent, y + BAR + gap)],
      title: sentence(p, claimant),
    };
  });

  const xTicks = x
    .ticks(width < 480 ? 3 : 5)
    .filter(Number.isInteger)
    .map((v): AxisTick => {
      const at = round1(x(v));
      return { label: v.toLocaleString('en-GB'), x: at, y: bottom + font + 2, line: { x1: at, y1: top, x2: at, y2: bottom }, zero: v === 0 };
    });

  return {
    ids,
    width,
    height: Math.ceil(bottom + font + 10),
    fontSize: font,
    pattern: `${ids.base}-independent`,
    empty: rows.length === 0 ? { text: 'No incident with an independent figure.', x: round1(width / 2), y: round1(top + rowHeight / 2) } : null,
    xTicks: rows.length > 0 ? xTicks : [],
    rows,
    ...(all.length > pairs.length && { omitted: all.length - pairs.length }),
    desc:
      pairs.length === 0
        ? 'No incident with an independent figure.'
        : `${claimant}'s figures beside the independent ones, as ranges on one scale: a bar to each figure's low end, a lighter part to its high end, an open end a short arrow, no figure a hollow box. ${pairs.map((p) => sentence(p, claimant)).join('; ')}.${all.length > pairs.length ? ` The data table lists ${all.length - pairs.length} more.` : ''}`,
    table: {
      caption: `${claimant}'s figures beside the independent ones`,
      columns: ['Incident', claimant, 'Independent', 'Comparison'],
      numeric: [1, 2],
      rows: all.map((p) => ({ header: { text: p.label, href: p.href }, cells: [{ text: rangeLabel(p.own), href: p.href }, { text: rangeLabel(p.independent), href: p.href }, { text: p.comparison }] })),
    },
  };
}

/** The text on one line, cut with "…" when it is wider than `room` (the title and table keep it whole). */
function fit(text: string, room: number, font: number): string {
  const [first = '', ...rest] = wrapText(text, room - textWidth('…', font), font);
  return rest.length > 0 ? `${first}…` : first;
}

/** "Moura, Mar 2022: JNIM 200+, independent 300+, overlapping". */
const sentence = (p: RecordPair, claimant: string) => `${p.label}: ${claimant} ${rangeLabel(p.own)}, independent ${rangeLabel(p.independent)}, ${p.comparison}`;
