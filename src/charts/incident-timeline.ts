import { curveStepAfter, line, max, scaleLinear, scaleUtc } from 'd3';
import { chartIds, round1, type AxisTick, type ChartIds, type DataTable, type EmptyState } from './geometry.ts';
import { LAYER_LABELS } from './labels.ts';
import { legendRows, type LegendPlace } from './legend.ts';
import { ARROW_LENGTH } from './range-mark.ts';
import { formatDay } from '../lib/format-date.ts';
import { formatFigure } from '../lib/format-count.ts';
import type { Layer } from './types.ts';

/** One step of an incident's figure: from `date` on, the range in `layer` (null: no figure). */
export interface FigureStep {
  date: string;
  layer: Layer | null;
  range: { low: number; high: number | null } | null;
  /** The claims behind the figure, the first of which its table cell links to. */
  claims?: readonly string[];
}

/** A dated event on the time axis: a claim published, or a correction. */
export interface TimelineMark {
  date: string;
  kind: 'published' | 'corrected';
  /** Read out and shown as the mark's tooltip: "29 Sep 2022: JNIM, “over 50”". */
  title: string;
}

/** Options of the incident timeline chart. */
export interface IncidentTimelineOptions {
  /** Unique on the page: prefixes the ids of the title and description. */
  id: string;
  width?: number;
  height?: number;
  /** The last day drawn; the last mark's day when absent (never "today", so builds repeat). */
  end?: string;
  /** About how many dates the time axis labels: fewer on narrow screens. */
  xTicks?: number;
  /** Size of every text, in viewBox pixels, for laying out the legend. */
  fontSize?: number;
  /** Where a claim is listed, which each figure of the table links to. */
  claimHref?: (id: string) => string;
}

/** A legend entry: what a line or marker of the chart means. */
export interface TimelineLegendItem extends LegendPlace {
  key: 'low' | 'high' | 'open' | 'unknown' | 'published' | 'corrected';
}

/** Everything the component draws. */
export interface IncidentTimelineGeometry {
  ids: ChartIds;
  width: number;
  height: number;
  empty: EmptyState | null;
  xTicks: AxisTick[];
  yTicks: AxisTick[];
  /** Step lines of the low and high ends; the high line only where the high end is a number. */
  low: string;
  high: string;
  /** Open high ends: a short arrow of fixed length up from the low end, with its label ("300+"). */
  arrows: { x: number; y1: number; y2: number; label: string }[];
  /** Steps with no figure: a hollow marker in a band under the axis, off the value scale, labelled. */
  unknown: { x: number; y: number; label: string }[];
  /** What each line and marker means, above the plot; only what is drawn. */
  legend: TimelineLegendItem[];
  marks: { x: number; y: number; kind: TimelineMark['kind']; title: string }[];
  desc: string;
  table: DataTable;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const text = formatFigure;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An incident's low and high ends over time as step lines, its dated claims and corrections below. */
export function incidentTimelineChart(steps: readonly FigureStep[], marks: readonly TimelineMark[], options: IncidentTimelineOptions): IncidentTimelineGeometry {
  const { width = 640, fontSize: font = 14 } = options;
  const ids = chartIds(options.id);
  // 1. The legend, wrapped into rows above the plot: only the lines and markers drawn.
  const drawnKeys: TimelineLegendItem['key'][] = [
    ...(steps.some((s) => s.range) ? ['low' as const] : []),
    ...(steps.some((s) => s.range && s.range.high !== null && s.range.high > s.range.low) ? ['high' as const] : []),
    ...(steps.some((s) => s.range && s.range.high === null) ? ['open' as const] : []),
    ...(steps.some((s) => s.range === null) ? ['unknown' as const] : []),
    ...(marks.some((m) => m.kind === 'published') ? ['published' as const] : []),
    ...(marks.some((m) => m.kind === 'corrected') ? ['corrected' as const] : []),
  ];
  const { legend, bottom: legendBottom } = legendRows(drawnKeys.map((key) => ({ key, label: LEGEND_LABELS[key] })), width - 8, font);
  const band = steps.some((s) => s.range === null) ? 20 : 0;
  const height = (options.height ?? 220) + legendBottom + band;
  const plot = { left: 44, top: legendBottom + 24, right: width - 56, bottom: height - 44 - band };
  const table: DataTable = {
    caption: 'The figure from each date on',
    columns: ['From', 'Figure', 'Layer'],
    numeric: [1],
    rows: steps.map((s) => {
      const href = s.claims?.[0] && options.claimHref?.(s.claims[0]);
      return { header: { text: formatDay(s.date) }, cells: [{ text: text(s.range), ...(href && { href }) }, { text: s.layer ? LAYER_LABELS[s.layer] : 'none' }] };
    }),
  };
  const base = { ids, width, height, xTicks: [], yTicks: [], low: '', high: '', arrows: [], unknown: [], legend, marks: [], table };
  if (steps.length === 0) {
    return { ...base, empty: { text: 'No claims about this incident yet', x: width / 2, y: height / 2 }, desc: 'No claims.' };
  }
  const dates = [...steps.map((s) => s.date), ...marks.map((m) => m.date)].sort();
  const first = day(dates[0]!);
  const last = day(options.end ?? dates.at(-1)!);
  // A single day still gets a readable span: a month after it.
  const endDate = last > first ? last : new Date(first.getTime() + 31 * 864e5);
  const x = scaleUtc([first, endDate], [plot.left, plot.right]);
  // The scale stops at the largest figure a claim supports: open ends add no length but the arrow.
  const highest = max(steps, (s) => (s.range ? Math.max(s.range.low, s.range.high ?? 0) : 0)) ?? 0;
  const y = scaleLinear([0, Math.max(highest, 1)], [plot.bottom, plot.top]).nice(4);

  // Each step holds until the next one; the last holds to the end of the axis.
  const points = (end: (s: FigureStep) => number | null) => [
    ...steps.map((s) => ({ at: day(s.date), v: end(s) })),
    { at: endDate, v: end(steps.at(-1)!) },
  ];
  const path = line<{ at: Date; v: number | null }>((p) => x(p.at), (p) => y(p.v ?? 0)).defined((p) => p.v !== null).curve(curveStepAfter).digits(1);
  const low = path(points((s) => s.range?.low ?? null)) ?? '';
  const high = path(points((s) => s.range?.high ?? null)) ?? '';

  const arrows = steps.filter((s) => s.range && s.range.high === null).map((s) => ({ x: round1(x(day(s.date))), y1: round1(y(s.range!.low)), y2: round1(y(s.range!.low) - ARROW_LENGTH), label: text(s.range) }));
  const markY = plot.bottom + 12;
  // Under the claims' and corrections' markers: never on the zero line, which would read as 0.
  const unknown = steps.filter((s) => s.range === null).map((s) => ({ x: round1(x(day(s.date))), y: markY + 24, label: 'no figure' }));
  const drawn = marks.map((m) => ({ x: round1(x(day(m.date))), y: m.kind === 'published' ? markY : markY + 8, kind: m.kind, title: m.title }));

  const xTicks: AxisTick[] = x.ticks(options.xTicks ?? 4).map((t) => ({ label: `${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()}`, x: round1(x(t)), y: height - 4, line: null, zero: false }));
  // Figures are whole people: no tick between two integers.
  const yTicks: AxisTick[] = y.ticks(4).filter(Number.isInteger).map((v) => ({ label: String(v), x: plot.left - 6, y: round1(y(v)) + 4, line: { x1: plot.left, y1: round1(y(v)), x2: plot.right, y2: round1(y(v)) }, zero: v === 0 }));
  const now = steps.at(-1)!;
  const desc = `${steps.length === 1 ? 'One figure' : `${steps.length} figures`} over time. ${steps.map((s) => `From ${formatDay(s.date)}: ${text(s.range)}${s.layer ? ` (${LAYER_LABELS[s.layer]})` : ''}`).join('; ')}. Today: ${text(now.range)}.`;
  return { ...base, empty: null, xTicks, yTicks, low, high, arrows, unknown, marks: drawn, desc };
}

const LEGEND_LABELS: Record<TimelineLegendItem['key'], string> = {
  low: 'low end',
  high: 'high end',
  open: 'no upper bound',
  unknown: 'no figure (under the axis)',
  published: 'claim published',
  corrected: 'correction',
};

