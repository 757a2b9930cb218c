import { max, scaleBand, scaleLinear } from 'd3';
import { chartIds, round1, type AxisTick, type ChartIds, type DataTable, type EmptyState } from './geometry.ts';
import { incidentsLabel, LAYER_LABELS, LAYER_MARKS, LAYERS, monthLabel, rangeLabel, type LayerMark } from './labels.ts';
import { monthSpan } from './month-span.ts';
import type { Layer, MonthLayers, Range } from './types.ts';

/** Options of the claimed-killed-by-month chart. */
export interface FatalitiesByMonthOptions {
  /** Unique on the page: prefixes the ids of the title, description and patterns. */
  id: string;
  /** viewBox width in pixels; the SVG itself scales to its container. */
  width?: number;
  height?: number;
  /** Where the claims behind one month's layer are listed; no link when it returns undefined. */
  href?: (month: string, layer: Layer, claimIds: readonly string[]) => string | undefined;
}

/** A fill pattern for a grade layer, to put in `<defs>`. */
export interface LayerPattern {
  id: string;
  layer: Layer;
  mark: LayerMark;
}

/** One layer's range in one month: a bar from low to high. */
export interface RangeBar {
  month: string;
  layer: Layer;
  x: number;
  y: number;
  width: number;
  height: number;
  /** `url(#…)` of the layer's pattern, or null when the layer is drawn solid or as an outline. */
  fill: string | null;
  /** True when the high end is open: the bar runs to the top and ends in an arrow. */
  open: boolean;
  /** Path of the arrowhead at the top of an open bar. */
  arrow: string | null;
  /** Where the "+" of an open bar goes. */
  plus: { x: number; y: number } | null;
  /** What the bar says, for its tooltip and accessible name. */
  label: string;
  href: string | null;
}

/** A legend entry: a swatch then the layer's name. */
export interface LegendItem {
  layer: Layer;
  fill: string | null;
  swatch: { x: number; y: number; size: number };
  text: { x: number; y: number; label: string };
}

/** Everything the component draws. */
export interface FatalitiesByMonthGeometry {
  ids: ChartIds;
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** A message to show instead of bars when there is nothing to draw. */
  empty: EmptyState | null;
  xTicks: AxisTick[];
  yTicks: AxisTick[];
  patterns: LayerPattern[];
  legend: LegendItem[];
  bars: RangeBar[];
  desc: string;
  table: DataTable;
}

const SWATCH = 12;
const LEGEND_ROW = 18;
const CHAR = 6.2; // average width of a character of the 11px legend text
const HEADROOM = 16; // above the highest closed value: room for the arrows of open ranges
const ARROW = 8;
const MAX_BAR = 28;

const drawn = (cell: { range: Range; incidents: number }) =>
  cell.incidents > 0 || cell.range.low > 0 || (cell.range.high ?? 1) > 0;
/** Sort key of a range: open ranges rank above any closed one. */
const reach = (range: Range) => range.high ?? Number.POSITIVE_INFINITY;

/** Claimed killed by month as ranges, the grade layers side by side (never stacked). */
export function fatalitiesByMonth(data: readonly MonthLayers[], options: FatalitiesByMonthOptions): FatalitiesByMonthGeometry {
  const { width = 640, height = 320 } = options;
  const ids = chartIds(options.id);
  const byMonth = new Map<string, MonthLayers>();
  for (const m of data) {
    if (byMonth.has(m.month)) throw new Error(`fatalitiesByMonth: month "${m.month}" appears twice`);
    byMonth.set(m.month, m);
  }
  const months = monthSpan([...byMonth.keys()]);
  const used = LAYERS.filter((layer) => data.some((m) => drawn(m.layers[layer])));

  // 1. Patterns and legend, wrapped into rows above the plot.
  const patterns = used
    .filter((layer) => LAYER_MARKS[layer] !== 'solid' && LAYER_MARKS[layer] !== 'outline')
    .map((layer) => ({ id: `${ids.base}-pattern-${layer}`, layer, mark: LAYER_MARKS[layer] }));
  const fillOf = (layer: Layer) => {
    const pattern = patterns.find((p) => p.layer === layer);
    return pattern ? `url(#${pattern.id})` : null;
  };
  const left = 44;
  const right = width - 8;
  const legend: LegendItem[] = [];
  let lx = left;
  let ly = 4;
  for (const layer of used) {
    const label = LAYER_LABELS[layer];
    const w = SWATCH + 4 + label.length * CHAR + 10;
    if (lx > left && lx + w > right) [lx, ly] = [left, ly + LEGEND_ROW];
    legend.push({
      layer,
      fill: fillOf(layer),
      swatch: { x: round1(lx), y: ly, size: SWATCH },
      text: { x: round1(lx + SWATCH + 4), y: ly + SWATCH - 2, label },
    });
    lx += w;
  }
  const top = (legend.length > 0 ? ly + LEGEND_ROW : 0) + 14;
  const bottom = height - 24;
  const plot = { left, top, right, bottom };

  // 2. Scales: months on x, each month's band split between the layers in use; killed on y.
  const x = scaleBand(months, [left, right]).paddingInner(0.2).paddingOuter(0.1);
  const group = Math.min(x.bandwidth(), used.length * MAX_BAR);
  const inner = scaleBand(used, [0, group]).paddingInner(0.15);
  const highest = max(data, (m) => max(used, (layer) => m.layers[layer].range.high ?? m.layers[layer].range.low)) ?? 0;
  const y = scaleLinear([0, Math.max(highest, 1)], [bottom, top + HEADROOM]).nice(5);

  // 3. One bar per month and layer, from low to high; open ranges run up into the arrow.
  const bars: RangeBar[] = [];
  for (const month of months) {
    const m = byMonth.get(month);
    if (!m) continue;
    for (const layer of used) {
      const cell = m.layers[layer];
      if (!drawn(cell)) continue;
      const bx = (x(month) ?? 0) + (x.bandwidth() - group) / 2 + (inner(layer) ?? 0);
      const bw = inner.bandwidth();
      const open = cell.range.high === null;
      const yLow = y(cell.range.low);
      const yHigh = open ? top + ARROW : y(cell.range.high ?? cell.range.low);
      // A single value still gets a visible bar, centred on it.
      const h = Math.max(yLow - yHigh, 2);
      const by = open ? yHigh : Math.min(yHigh, (yLow + yHigh) / 2 - 1);
      bars.push({
        month,
        layer,
        x: round1(bx),
        y: round1(by),
        width: round1(bw),
        height: round1(open ? yLow - yHigh : h),
        fill: fillOf(layer),
        open,
        arrow: open ? `M${round1(bx)},${round1(top + ARROW)}L${round1(bx + bw / 2)},${round1(top)}L${round1(bx + bw)},${round1(top + ARROW)}Z` : null,
        plus: open ? { x: round1(bx + bw / 2), y: round1(top - 3) } : null,
        label: `${monthLabel(month)}, ${LAYER_LABELS[layer]}: ${rangeLabel(cell.range)} killed, ${incidentsLabel(cell.incidents)}`,
        href: options.href?.(month, layer, cell.claimIds) ?? null,
      });
    }
  }

  // 4. Axes: integer ticks only (people, not fractions); month labels thinned to fit.
  const step = Math.max(1, Math.ceil(56 / Math.max(x.step(), 1)));
  const xTicks = months
    .filter((_, i) => i % step === 0)
    .map((month) => ({ label: monthLabel(month), x: round1((x(month) ?? 0) + x.bandwidth() / 2), y: bottom + 16, line: null, zero: false }));
  const yTicks = y
    .ticks(5)
    .filter(Number.isInteger)
    .map((v) => {
      const at = round1(y(v));
      return { label: v.toLocaleString('en-GB'), x: left - 6, y: round1(at + 4), line: { x1: left, y1: at, x2: right, y2: at }, zero: v === 0 };
    });

  return {
    ids,
    width,
    height,
    plot,
    empty: bars.length === 0 ? { text: 'No casualty claims in this period.', x: round1((left + right) / 2), y: round1((top + bottom) / 2) } : null,
    // With nothing drawn, an axis from 0 to 1 would only suggest a count of zero.
    xTicks,
    yTicks: bars.length > 0 ? yTicks : [],
    patterns,
    legend,
    bars,
    desc: describe(months.flatMap((month) => byMonth.get(month) ?? []), months, used),
    table: tabulate(months, byMonth, used, options),
  };
}

/** The numbers in words: the span, then each layer's highest month (the first, on a tie). */
function describe(data: readonly MonthLayers[], months: string[], used: readonly Layer[]): string {
  if (used.length === 0) return 'No casualty claims to draw.';
  const span = months.length === 1 ? monthLabel(months[0]!) : `${monthLabel(months[0]!)} to ${monthLabel(months.at(-1)!)}`;
  const parts = used.map((layer) => {
    const withLayer = data.filter((m) => drawn(m.layers[layer]));
    let top = withLayer[0]!;
    for (const m of withLayer) {
      const a = m.layers[layer].range;
      const b = top.layers[layer].range;
      if (reach(a) > reach(b) || (reach(a) === reach(b) && a.low > b.low)) top = m;
    }
    return `${LAYER_LABELS[layer]}: highest ${rangeLabel(top.layers[layer].range)} killed in ${monthLabel(top.month)}.`;
  });
  const open = data.reduce((n, m) => n + used.filter((layer) => m.layers[layer].range.high === null).length, 0);
  const openNote = open > 0 ? ` ${open} open-ended ${open === 1 ? 'range is' : 'ranges are'} drawn as arrows marked "+".` : '';
  return `Claimed killed per month as ranges, ${span}, layers side by side by grade. ${parts.join(' ')}${openNote}`;
}

/** The table: one row per month, one column per layer in use. */
function tabulate(months: string[], byMonth: Map<string, MonthLayers>, used: readonly Layer[], options: FatalitiesByMonthOptions): DataTable {
  return {
    caption: 'Claimed killed by month and grade (months without a claim left out)',
    columns: ['Month', ...used.map((layer) => LAYER_LABELS[layer])],
    numeric: used.map((_, i) => i + 1),
    // The axis keeps empty months so gaps show; the table lists only months with claims.
    rows: (used.length === 0 ? [] : months.filter((month) => used.some((layer) => { const cell = byMonth.get(month)?.layers[layer]; return cell !== undefined && drawn(cell); }))).map((month) => ({
      header: { text: monthLabel(month) },
      cells: used.map((layer) => {
        const cell = byMonth.get(month)?.layers[layer];
        if (!cell || !drawn(cell)) return { text: '—' };
        const href = options.href?.(month, layer, cell.claimIds);
        return { text: `${rangeLabel(cell.range)} (${incidentsLabel(cell.incidents)})`, ...(href && { href }) };
      }),
    })),
  };
}
