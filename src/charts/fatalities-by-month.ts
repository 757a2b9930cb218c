import { scaleLinear } from 'd3';
import { chartIds, round1, type AxisTick, type ChartIds, type DataTable, type EmptyState } from './geometry.ts';
import { sameWords } from '../lib/format/format-count.ts';
import { cellLabel, incidentsLabel, incidentsNote, killedLabel, LAYER_NAMES, LAYER_MARKS, LAYERS, monthLabel, periodLabel, rangeLabel, type LayerMark } from './labels.ts';
import { monthNumber } from '../lib/dates/months.ts';
import { monthAxis } from './month-axis.ts';
import { periodSpans, spanLabel, type SpanMark } from './period-spans.ts';
import { placeLabels, textWidth, type Box } from './place-labels.ts';
import { legendRows, type LegendPlace } from './legend.ts';
import { ARROW_LENGTH, arrowHead, largestSupported, rangeMark } from './range-mark.ts';
import type { Cell, Layer, MonthLayers, PeriodSpan } from './types.ts';

/** Options of the claimed-killed-by-month chart. */
export interface FatalitiesByMonthOptions {
  /** Unique on the page: prefixes the ids of the title, description and patterns. */
  id: string;
  /** viewBox width in pixels; the SVG itself scales to its container. */
  width?: number;
  /** Height of the bars' area; the legend, axis and period spans add to it. */
  plotHeight?: number;
  /** Size of every text, in viewBox pixels (at least 12). */
  fontSize?: number;
  /** Period totals to draw as labelled spans under the axis, never added to the months. */
  spans?: readonly PeriodSpan[];
  /** Draw at most this many period totals, those with the largest figures; the table keeps them all. */
  spanLimit?: number | undefined;
}

/** A fill pattern for a grade layer, to put in `<defs>`. */
export interface LayerPattern {
  id: string;
  layer: Layer;
  mark: LayerMark;
}

/** A rectangle. */
export interface Rect { x: number; y: number; width: number; height: number }

/** One layer's figure in one month: a bar to the low end, a lighter part to the high end, an arrow if open. */
export interface RangeBar {
  month: string;
  layer: Layer;
  kind: 'figure' | 'zero' | 'unknown';
  /** The solid bar from zero to the low end (or the hollow box of "no figure", or the tick of a zero). */
  bar: Rect;
  /** The lighter part from the low end to a closed high end. */
  uncertain: Rect | null;
  /** The open high end: a dashed shaft of constant length and its head. */
  arrow: { x: number; y1: number; y2: number; head: string } | null;
  /** The figure written at the top of the mark; null when it had no room (the title still says it). */
  text: { x: number; y: number; label: string } | null;
  /** What the mark says, for its tooltip and accessible name: month, layer, figure, as the table. */
  title: string;
  href: string | null;
}

/** Incidents of one month that give no figure: a count in the band under the axis, off the value scale. */
export interface NoFigureMark {
  month: string;
  /** The count's box, centred under the month. */
  box: Rect;
  text: { x: number; y: number; label: string };
  title: string;
  href: string | null;
}

/** A legend entry: a swatch then its meaning. */
export interface LegendItem extends LegendPlace {
  key: Layer | 'uncertain' | 'open' | 'unknown';
}

/** A break in the axis standing for months without claims. */
export interface AxisBreak { x: number; y: number; title: string }

/** Everything the component draws. */
export interface FatalitiesByMonthGeometry {
  ids: ChartIds;
  width: number;
  height: number;
  fontSize: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** A message to show instead of bars when there is nothing to draw. */
  empty: EmptyState | null;
  xTicks: AxisTick[];
  yTicks: AxisTick[];
  breaks: AxisBreak[];
  patterns: LayerPattern[];
  legend: LegendItem[];
  bars: RangeBar[];
  /** The "no figure" band under the month labels: its label and one count per month; absent when every incident gives a figure. */
  noFigure: { label: { x: number; y: number; lines: string[]; lineHeight: number }; rule: { x1: number; x2: number; y: number }; marks: NoFigureMark[] } | null;
  spans: SpanMark[];
  /** Period totals in the table but not drawn (beyond the limit); absent when all are drawn. */
  omittedSpans?: number;
  desc: string;
  tables: DataTable[];
}

const MAX_BAR = 28;

/** How many period totals a page's chart draws at most (the table under it lists them all). */
export const DRAWN_SPANS = 12;

/** A layer's cell is listed when it counts an incident or a number. */
const drawn = (cell: Cell) => cell.incidents > 0 || cell.range.low > 0 || (cell.range.high ?? 1) > 0;
/** A cell gets a mark on the value scale only for a figure: incidents without one go to the band under the axis. */
const figured = (cell: Cell) => drawn(cell) && !cell.range.unknown;
/** Incidents of a cell that give no figure. */
const silentIn = (cell: Cell) => cell.incidents - cell.numbered;

/**
 * Claimed killed by month, the grade layers side by side (never stacked): every mark is
 * proportional to a figure a claim supports (DESIGN §2.8), unknown figures are hollow,
 * period totals are spans under the axis, long empty stretches are compressed.
 */
export function fatalitiesByMonth(data: readonly MonthLayers[], options: FatalitiesByMonthOptions): FatalitiesByMonthGeometry {
  const { width = 640, plotHeight = 220, fontSize: font = 12, spans: allPeriods = [], spanLimit } = options;
  const periods = largestPeriods(allPeriods, spanLimit);
  const ids = chartIds(options.id);
  const byMonth = new Map<string, MonthLayers>();
  for (const m of data) {
    monthNumber(m.month); // throws on a month that is not YYYY-MM
    if (byMonth.has(m.month)) throw new Error(`fatalitiesByMonth: month "${m.month}" appears twice`);
    byMonth.set(m.month, m);
  }
  const busy = [...byMonth.values()].filter((m) => LAYERS.some((layer) => drawn(m.layers[layer]))).map((m) => m.month).sort();
  const used = LAYERS.filter((layer) => data.some((m) => drawn(m.layers[layer])));
  const cells = data.flatMap((m) => used.map((layer) => m.layers[layer]).filter(figured));
  const silentMonths = busy.filter((month) => used.some((layer) => silentIn(byMonth.get(month)!.layers[layer]) > 0));

  // 1. Patterns, and a legend wrapped into rows above the plot: the layers, then what the
  //    lighter part, the arrow and the hollow box mean, each only when drawn.
  const patterns = used
    .filter((layer) => LAYER_MARKS[layer] !== 'solid' && LAYER_MARKS[layer] !== 'outline')
    .map((layer) => ({ id: `${ids.base}-${layer}`, layer, mark: LAYER_MARKS[layer] }));
  const left = Math.round(font * 3.4);
  const right = width - 8;
  const keys: { key: LegendItem['key']; label: string }[] = [
    ...used.map((layer) => ({ key: layer, label: LAYER_NAMES[layer].name })),
    ...(cells.some((c) => !c.range.unknown && c.range.high !== null && c.range.high > c.range.low) ? [{ key: 'uncertain' as const, label: 'lighter: up to the high end' }] : []),
    ...(cells.some((c) => !c.range.unknown && c.range.high === null) ? [{ key: 'open' as const, label: 'arrow: no upper bound' }] : []),
    ...(silentMonths.length > 0 ? [{ key: 'unknown' as const, label: 'incidents giving no figure (under the axis)' }] : []),
  ];
  const { legend, bottom: legendBottom } = legendRows(keys, right, font);
  // Room above the highest mark for an arrow and its figure.
  const top = legendBottom + ARROW_LENGTH + font + 10;
  const bottom = top + plotHeight;

  // 2. Scales: months on x with empty stretches compressed; killed on y, up to the largest
  //    figure a claim supports and no further (nice() only rounds the gridlines up).
  //    The axis reaches past the months with figures to the periods' first and last
  //    months, so no period total hangs off the edge of the chart.
  const ends = periods.flatMap((p) => [p.from.slice(0, 7), p.to.slice(0, 7)]).sort();
  const beyond = ends.length === 0 ? [] : [ends[0]!, ends.at(-1)!].filter((m) => busy.length === 0 || m < busy[0]! || m > busy.at(-1)!);
  const axisMonths = [...new Set([...busy, ...beyond])].sort();
  const axis = axisMonths.length > 0 ? monthAxis(axisMonths[0]!, axisMonths.at(-1)!, new Set(axisMonths), left, right) : null;
  const most = largestSupported(cells.map((c) => c.range));
  const y = scaleLinear([0, Math.max(most, 1)], [bottom, top]).nice(5);
  const length = (v: number) => bottom - y(v);

  // 3. One mark per month and layer, side by side within the month's slot.
  const bars: RangeBar[] = [];
  for (const month of busy) {
    const slot = axis?.slotOf(month);
    if (!slot) continue;
    const m = byMonth.get(month)!;
    const inMonth = used.filter((layer) => figured(m.layers[layer]));
    const inner = slot.width * 0.8;
    const bw = Math.min(inner / used.length, MAX_BAR) * 0.85;
    const step = Math.min(inner / used.length, MAX_BAR);
    const x0 = slot.x + (slot.width - step * used.length) / 2;
    for (const layer of inMonth) {
      const cell = m.layers[layer];
      const bx = x0 + step * used.indexOf(layer) + (step - bw) / 2;
      const mark = rangeMark(cell.range, length);
      const arrowTop = mark.arrow ? bottom - mark.arrow.to : 0;
      const cx = bx + bw / 2;
      bars.push({
        month,
        layer,
        kind: mark.kind,
        bar: { x: round1(bx), y: round1(bottom - mark.low), width: round1(bw), height: round1(mark.low) },
        uncertain: mark.high === null ? null : { x: round1(bx), y: round1(bottom - mark.high), width: round1(bw), height: round1(mark.high - mark.low) },
        arrow: mark.arrow && {
          x: round1(cx),
          y1: round1(bottom - mark.arrow.from),
          y2: round1(arrowTop + 5),
          head: arrowHead(cx, arrowTop, 'up'),
        },
        text: { x: round1(cx), y: round1(bottom - mark.end - 4), label: mark.text },
        title: `${monthLabel(month)}, ${LAYER_NAMES[layer].name}: ${killedLabel(cell.range)}, ${incidentsNote(cell)}`,
        href: cell.href ?? null,
      });
    }
  }

  // 4. Figures written on the marks, open ends first (their label is the figure), then the
  //    largest; one that would collide moves up a line or two, or is left to the title.
  const order = bars.map((_, i) => i).sort((a, b) => rank(bars[b]!) - rank(bars[a]!) || a - b);
  const boxOf = (b: RangeBar, lift: number, shift: number): Box => {
    const w = textWidth(b.text!.label, font);
    return { x: b.text!.x - w / 2 + shift * (w / 2 + 2), y: b.text!.y - font - lift, width: w, height: font + 2 };
  };
  const obstacles = bars.flatMap((b) => [b.bar, ...(b.uncertain ? [b.uncertain] : []), ...(b.arrow ? [{ x: b.arrow.x - 4, y: b.arrow.y2 - 5, width: 8, height: b.arrow.y1 - b.arrow.y2 + 5 }] : [])]);
  // Centred above the mark, then a line or two higher, then beside the arrow's tip.
  const spots = [[0, 0], [font + 2, 0], [2 * (font + 2), 0], [0, 1], [0, -1], [font + 2, 1], [font + 2, -1]] as const;
  const choice = placeLabels(order.map((i) => spots.map(([lift, shift]) => boxOf(bars[i]!, lift, shift))), obstacles, { x: 0, y: 0, width, height: bottom });
  order.forEach((i, k) => {
    const b = bars[i]!;
    const c = choice[k];
    const spot = c === null || c === undefined ? undefined : spots[c];
    if (!spot) b.text = null;
    else {
      const box = boxOf(b, spot[0], spot[1]);
      b.text = { ...b.text!, x: round1(box.x + box.width / 2), y: round1(b.text!.y - spot[0]) };
    }
  });

  // 5. Axes: integer ticks only (people, not fractions); month labels that do not collide.
  // The months with the largest figures are labelled first, then the others, then the
  // periods' ends, none over another.
  const monthSlots = (axis?.slots ?? []).flatMap((slot) => (slot.kind === 'month' ? [slot] : []));
  const tickOf = (slot: (typeof monthSlots)[number]) => {
    const label = monthLabel(slot.month);
    const w = textWidth(label, font);
    // Centred under its month, but never under the y axis's labels.
    const cx = Math.max(slot.x + slot.width / 2, left + w / 2 - 2);
    return { label, cx, box: { x: cx - w / 2 - 3, y: bottom, width: w + 6, height: font + 6 } };
  };
  const weight = (month: string) => (byMonth.has(month) ? largestSupported(used.map((layer) => byMonth.get(month)!.layers[layer].range)) : -1);
  const ranked = [...monthSlots].sort((a, b) => weight(b.month) - weight(a.month) || a.x - b.x).map(tickOf);
  const placed = placeLabels(ranked.map((t) => [t.box]), [], { x: 0, y: bottom, width, height: font + 6 });
  const xTicks: AxisTick[] = ranked
    .filter((_, i) => placed[i] !== null)
    .sort((a, b) => a.cx - b.cx)
    .map((t) => ({ label: t.label, x: round1(t.cx), y: bottom + font + 4, line: null, zero: false }));
  const breaks = (axis?.slots ?? []).flatMap((s) =>
    s.kind === 'gap' ? [{ x: round1(s.x + s.width / 2), y: bottom, title: `${s.months} months without claims, ${monthLabel(s.from)} to ${monthLabel(s.to)}, compressed` }] : [],
  );
  const yTicks = y
    .ticks(5)
    .filter(Number.isInteger)
    .map((v) => {
      const at = round1(y(v));
      return { label: v.toLocaleString('en-GB'), x: left - 6, y: round1(at + font / 3), line: { x1: left, y1: at, x2: right, y2: at }, zero: v === 0 };
    });

  // 6. Incidents that give no figure: a count per month in a band under the month labels,
  //    off the value scale, so that unknown is never read as a small number (DESIGN §2.7).
  const bandTop = bottom + font + 12;
  const bandHeight = silentMonths.length > 0 ? 2 * font + 10 : 0;
  const noFigure = silentMonths.length === 0 ? null : noFigureBand(silentMonths, byMonth, used, axis!, { left, right, top: bandTop, font });

  // 7. Period totals: brackets under the axis (and the band), never bars.
  const { spans, bottom: spansBottom } = periodSpans(periods, axis, { left, right, top: bandTop + bandHeight + 2 }, font);
  const height = Math.ceil((periods.length > 0 ? spansBottom : bandTop + bandHeight - 2) + 4);

  return {
    ids,
    width,
    height,
    fontSize: font,
    plot: { left, top, right, bottom },
    empty: bars.length === 0 && !noFigure ? { text: 'No casualty claims in this period.', x: round1((left + right) / 2), y: round1((top + bottom) / 2) } : null,
    // With nothing drawn, an axis from 0 to 1 would only suggest a count of zero.
    xTicks,
    yTicks: bars.length > 0 ? yTicks : [],
    breaks,
    patterns,
    legend,
    bars,
    noFigure,
    spans,
    ...(allPeriods.length > periods.length && { omittedSpans: allPeriods.length - periods.length }),
    desc: `${describe(busy.map((month) => byMonth.get(month)!), used, breaks.length, periods)}${allPeriods.length > periods.length ? ` The data table lists ${allPeriods.length - periods.length} more period totals.` : ''}`,
    tables: tabulate(busy, byMonth, used, allPeriods),
  };
}

/** At most `limit` period totals, those with the largest figures (no figure last), in their given order. */
function largestPeriods(periods: readonly PeriodSpan[], limit: number | undefined): readonly PeriodSpan[] {
  if (limit === undefined || periods.length <= limit) return periods;
  const reach = (p: PeriodSpan) => (p.range.unknown ? -1 : p.range.high ?? p.range.low);
  const kept = new Set(periods.map((p, i) => ({ p, i })).sort((a, b) => reach(b.p) - reach(a.p) || a.i - b.i).slice(0, limit).map(({ p }) => p));
  return periods.filter((p) => kept.has(p));
}

/** Open ends are labelled first, then larger figures. */
function rank(b: RangeBar): number {
  if (b.arrow) return 1e9 - b.bar.y;
  return 1e6 - (b.uncertain?.y ?? b.bar.y);
}

/** The numbers in words: the span, then each layer's months with the figures the table gives. */
function describe(months: readonly MonthLayers[], used: readonly Layer[], breaks: number, periods: readonly PeriodSpan[]): string {
  if (used.length === 0 && periods.length === 0) return 'No casualty claims to draw.';
  const parts: string[] = [];
  if (months.length > 0) {
    const span = months.length === 1 ? monthLabel(months[0]!.month) : `${monthLabel(months[0]!.month)} to ${monthLabel(months.at(-1)!.month)}`;
    parts.push(`Claimed killed per month, ${span}, grade layers side by side; a bar runs to each figure's low end, a lighter part to its high end, an open end is a short arrow.`);
    for (const layer of used) {
      const list = months.filter((m) => drawn(m.layers[layer])).map((m) => `${monthLabel(m.month)} ${cellLabel(m.layers[layer])}`);
      parts.push(`${LAYER_NAMES[layer].name}: ${list.join('; ')}.`);
    }
  }
  if (breaks > 0) parts.push(`${breaks === 1 ? 'One stretch' : `${breaks} stretches`} of months without claims ${breaks === 1 ? 'is' : 'are'} compressed.`);
  for (const p of periods) parts.push(`Period total, not added: ${spanLabel(p)}.`);
  return parts.join(' ');
}

/** The tables: one row per month with claims, one column per layer; then the period totals. */
function tabulate(busy: readonly string[], byMonth: Map<string, MonthLayers>, used: readonly Layer[], periods: readonly PeriodSpan[]): DataTable[] {
  const months: DataTable = {
    caption: 'Claimed killed by month and grade (months without a claim left out)',
    columns: ['Month', ...used.map((layer) => LAYER_NAMES[layer].name)],
    numeric: used.map((_, i) => i + 1),
    rows: busy.map((month) => ({
      header: { text: monthLabel(month) },
      cells: used.map((layer) => {
        const cell = byMonth.get(month)!.layers[layer];
        if (!drawn(cell)) return { text: '—' };
        return { text: cellLabel(cell), ...(cell.href && { href: cell.href }) };
      }),
    })),
  };
  if (periods.length === 0) return [months];
  return [
    months,
    {
      caption: 'Period totals (drawn as spans; never added to the months)',
      columns: ['Claimant', 'Period', 'Killed', 'Victims', 'Perpetrators', 'Region', 'Layer'],
      numeric: [2],
      rows: periods.map((p) => ({
        header: { text: p.claimant },
        cells: [
          { text: periodLabel(p.from, p.to) },
          { text: p.phrase && !p.range.unknown && !sameWords(p.phrase, rangeLabel(p.range)) ? `${rangeLabel(p.range)} (“${p.phrase}”)` : rangeLabel(p.range), ...(p.href && { href: p.href }) },
          { text: p.victims },
          { text: p.perpetrators },
          { text: p.region },
          { text: LAYER_NAMES[p.layer].name },
        ],
      })),
    },
  ];
}


/** The band under the axis: "No figure" at the left, then each month's count of incidents that give none. */
function noFigureBand(
  months: readonly string[],
  byMonth: Map<string, MonthLayers>,
  used: readonly Layer[],
  axis: NonNullable<ReturnType<typeof monthAxis>>,
  { left, right, top, font }: { left: number; right: number; top: number; font: number },
): NonNullable<FatalitiesByMonthGeometry['noFigure']> {
  const y = top + font + 4;
  const marks = months.flatMap((month): NoFigureMark[] => {
    const slot = axis.slotOf(month);
    if (!slot) return [];
    const layers = used.filter((layer) => silentIn(byMonth.get(month)!.layers[layer]) > 0);
    const count = layers.reduce((n, layer) => n + silentIn(byMonth.get(month)!.layers[layer]), 0);
    const label = String(count);
    const w = Math.max(textWidth(label, font) + 8, font + 4);
    const cx = slot.x + slot.width / 2;
    const first = byMonth.get(month)!.layers[layers[0]!];
    return [{
      month,
      box: { x: round1(cx - w / 2), y: round1(y - font), width: round1(w), height: font + 6 },
      text: { x: round1(cx), y: round1(y), label },
      title: `${monthLabel(month)}: ${incidentsLabel(count)} ${count === 1 ? 'gives' : 'give'} no figure (${layers.map((layer) => `${LAYER_NAMES[layer].name}: ${silentIn(byMonth.get(month)!.layers[layer])}`).join('; ')})`,
      href: first.href ?? null,
    }];
  });
  return {
    label: { x: left - 6, y: round1(y - font * 0.6 - 1), lines: ['No', 'figure'], lineHeight: Math.round(font * 1.2) },
    rule: { x1: left, x2: right, y: round1(top - 2) },
    marks,
  };
}
