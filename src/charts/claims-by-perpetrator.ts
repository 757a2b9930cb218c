import { max, scaleLinear } from 'd3';
import { actorColor } from './actor-colors.ts';
import { chartIds, round1, type AxisTick, type ChartIds, type DataTable, type EmptyState } from './geometry.ts';
import { incidentsLabel, rangeLabel } from './labels.ts';
import type { Bar, Range } from './types.ts';

/** Options of the claims-by-perpetrator chart. */
export interface ClaimsByPerpetratorOptions {
  /** Unique on the page: prefixes the ids of the title and description. */
  id: string;
  /** viewBox width in pixels; the height follows from the number of perpetrators. */
  width?: number;
}

/** One perpetrator's row: its name above a bar from low to high, the range after it. */
export interface PerpetratorRow {
  key: string;
  href: string;
  color: string;
  /** The perpetrator's name, above its bar. */
  label: { x: number; y: number; text: string };
  x: number;
  y: number;
  width: number;
  height: number;
  open: boolean;
  /** Path of the arrowhead at the right end of an open bar. */
  arrow: string | null;
  /** The range as text ("20–35", "51+"), placed after the bar. */
  value: { x: number; y: number; text: string };
  /** What the row says, for its tooltip and accessible name. */
  title: string;
}

/** Everything the component draws. */
export interface ClaimsByPerpetratorGeometry {
  ids: ChartIds;
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  empty: EmptyState | null;
  xTicks: AxisTick[];
  rows: PerpetratorRow[];
  desc: string;
  table: DataTable;
}

const ROW = 38;
const BAR = 12;
const ARROW = 8;
const CHAR = 6.6; // average width of a character of the 11px value text

/** Open ranges first, then by high end, then by name. */
function comparePerpetrators(a: Bar, b: Bar): number {
  const reach = (r: Range) => r.high ?? Number.POSITIVE_INFINITY;
  return reach(b.range) - reach(a.range) || b.range.low - a.range.low || a.label.localeCompare(b.label, 'en') || a.key.localeCompare(b.key, 'en');
}

/** Claimed killed per perpetrator as horizontal range bars, widest reach first. */
export function claimsByPerpetrator(data: readonly Bar[], options: ClaimsByPerpetratorOptions): ClaimsByPerpetratorGeometry {
  const { width = 640 } = options;
  const ids = chartIds(options.id);
  const bars = [...data].sort(comparePerpetrators);
  const top = 4;
  const axis = 22;
  const height = top + Math.max(bars.length, 1) * ROW + axis;
  // Right of the scale: room for the arrows of open ranges and the longest value text.
  const valueRoom = ARROW * 2 + 8 + (max(bars, (b) => rangeLabel(b.range).length) ?? 0) * CHAR;
  const plot = { left: 8, top, right: round1(width - valueRoom), bottom: height - axis };

  const highest = max(bars, (b) => b.range.high ?? b.range.low) ?? 0;
  const x = scaleLinear([0, Math.max(highest, 1)], [plot.left, plot.right]).nice(5);

  const rows = bars.map((bar, i): PerpetratorRow => {
    const labelY = top + i * ROW + 13;
    const y = labelY + 6;
    const open = bar.range.high === null;
    const x0 = x(bar.range.low);
    const x1 = open ? plot.right + ARROW : x(bar.range.high ?? bar.range.low);
    // A single value still gets a visible bar, centred on it.
    const w = Math.max(x1 - x0, 2);
    const bx = open ? x0 : Math.min(x0, (x0 + x1) / 2 - 1);
    const text = rangeLabel(bar.range);
    return {
      key: bar.key,
      href: bar.href,
      color: bar.color ?? actorColor(bar.key),
      label: { x: plot.left, y: round1(labelY), text: bar.label },
      x: round1(bx),
      y: round1(y),
      width: round1(open ? x1 - x0 : w),
      height: BAR,
      open,
      arrow: open ? `M${round1(x1)},${round1(y - 2)}L${round1(x1 + ARROW)},${round1(y + BAR / 2)}L${round1(x1)},${round1(y + BAR + 2)}Z` : null,
      value: { x: round1((open ? x1 + ARROW : bx + w) + 4), y: round1(y + BAR - 2), text },
      title: `${bar.label}: ${text} killed, ${incidentsLabel(bar.incidents)}`,
    };
  });

  const xTicks = x
    .ticks(5)
    .filter(Number.isInteger)
    .map((v) => {
      const at = round1(x(v));
      return { label: v.toLocaleString('en-GB'), x: at, y: plot.bottom + 14, line: { x1: at, y1: plot.top, x2: at, y2: plot.bottom }, zero: v === 0 };
    });

  return {
    ids,
    width,
    height,
    plot,
    empty: rows.length === 0 ? { text: 'No claims with a known perpetrator.', x: round1(width / 2), y: round1(top + ROW / 2 + 4) } : null,
    xTicks: rows.length > 0 ? xTicks : [],
    rows,
    desc: describe(bars),
    table: {
      caption: 'Claimed killed by perpetrator',
      columns: ['Perpetrator', 'Killed', 'Incidents'],
      numeric: [1, 2],
      rows: bars.map((bar) => ({
        header: { text: bar.label, href: bar.href },
        cells: [{ text: rangeLabel(bar.range) }, { text: String(bar.incidents) }],
      })),
    },
  };
}

/** The numbers in words, in the order drawn. */
function describe(bars: readonly Bar[]): string {
  if (bars.length === 0) return 'No claims with a known perpetrator.';
  const list = bars.map((b) => `${b.label} ${rangeLabel(b.range)} (${incidentsLabel(b.incidents)})`).join('; ');
  return `Claimed killed by perpetrator, as ranges: ${list}.`;
}
