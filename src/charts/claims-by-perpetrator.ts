import { scaleLinear } from 'd3';
import { actorColor } from './actor-colors.ts';
import { chartIds, round1, type AxisTick, type ChartIds, type DataTable, type EmptyState } from './geometry.ts';
import { incidentsNote, killedLabel, LAYER_LABELS, LAYER_MARKS, rangeLabel, type LayerMark } from './labels.ts';
import { textWidth, wrapText } from './place-labels.ts';
import { ARROW_LENGTH, arrowHead, largestSupported, rangeMark } from './range-mark.ts';
import type { Bar, Layer } from './types.ts';

/** Options of the claims-by-perpetrator chart. */
export interface ClaimsByPerpetratorOptions {
  /** Unique on the page: prefixes the ids of the title, description and patterns. */
  id: string;
  /** viewBox width in pixels; the height follows from the number of perpetrators. */
  width?: number;
  /** Size of every text, in viewBox pixels (at least 12). */
  fontSize?: number;
  /** Draw at most this many rows, those with the largest figures; the table keeps them all. */
  limit?: number | undefined;
}

/** A fill pattern in one actor's colour, for a layer told apart by pattern. */
export interface ColorPattern {
  id: string;
  mark: LayerMark;
  color: string;
}

/** A rectangle. */
export interface Rect { x: number; y: number; width: number; height: number }

/** One perpetrator's layer: its name above a bar to the low end, a lighter part to the high end, an arrow if open. */
export interface PerpetratorRow {
  key: string;
  layer: Layer;
  href: string;
  /** The incidents behind the bar, which the mark links to. */
  incidentsHref: string | null;
  color: string;
  kind: 'figure' | 'zero' | 'unknown';
  /** `url(#…)` of the row's pattern, or null when drawn solid (headline) or hollow. */
  fill: string | null;
  /** The perpetrator's name, above its bar. */
  label: { x: number; y: number; text: string };
  bar: Rect;
  uncertain: Rect | null;
  /** The open high end: a dashed shaft of constant length and its head. */
  arrow: { y: number; x1: number; x2: number; head: string } | null;
  /** The figure as text ("20–35", "51+", "no figure"), placed after the mark; "*" when shared. */
  value: { x: number; y: number; text: string };
  /** What the row says, for its tooltip and accessible name. */
  title: string;
}

/** Everything the component draws. */
export interface ClaimsByPerpetratorGeometry {
  ids: ChartIds;
  width: number;
  height: number;
  fontSize: number;
  plot: { left: number; top: number; right: number; bottom: number };
  empty: EmptyState | null;
  xTicks: AxisTick[];
  patterns: ColorPattern[];
  rows: PerpetratorRow[];
  /** Rows in the table but not drawn (beyond the limit); absent when every row is drawn. */
  omitted?: number;
  /** "* counted under each perpetrator; do not add", wrapped, under the axis; empty when no incident is shared. */
  footnote: { x: number; y: number; text: string }[];
  /** Perpetrators whose incidents give no figure, named in a band under the axis, off the value scale; empty when none. */
  noFigure: { x: number; y: number; text: string }[];
  desc: string;
  table: DataTable;
}

/** How many rows a page's chart draws at most (the table under it lists them all). */
export const DRAWN_ROWS = 30;

export const SHARED_NOTE = 'counted under each perpetrator; do not add';
const BAR = 12;

/** By the largest figure supported (closed high end, or open low end), figures before unknowns, then by name. */
function comparePerpetrators(a: Bar, b: Bar): number {
  const reach = (bar: Bar) => (bar.range.unknown ? -1 : bar.range.high ?? bar.range.low);
  return reach(b) - reach(a) || b.range.low - a.range.low || a.label.localeCompare(b.label, 'en') || a.key.localeCompare(b.key, 'en');
}

/** Claimed killed per perpetrator as horizontal range marks, proportional to the figures claims support. */
export function claimsByPerpetrator(data: readonly Bar[], options: ClaimsByPerpetratorOptions): ClaimsByPerpetratorGeometry {
  const { width = 640, fontSize: font = 12, limit } = options;
  const ids = chartIds(options.id);
  const all = [...data].sort(comparePerpetrators);
  // Incidents without a figure are never drawn on the value scale: named under the axis instead (DESIGN §2.7).
  const figured = all.filter((b) => !b.range.unknown);
  const silentOnly = all.filter((b) => b.range.unknown);
  const bars = limit === undefined ? figured : figured.slice(0, limit);
  const silentOf = (b: Bar) => b.incidents - (b.numbered ?? b.incidents);
  const valueText = (b: Bar) => `${rangeLabel(b.range)}${silentOf(b) > 0 ? ` +${silentOf(b)} no figure` : ''}${b.shared ? '*' : ''}`;
  const rowHeight = font + 4 + BAR + 10;
  const top = 4;
  const axis = font + 10;
  const bottom = top + Math.max(bars.length, 1) * rowHeight;
  // Right of the scale: room for an arrow and the longest figure written after a mark.
  const valueRoom = ARROW_LENGTH + 8 + Math.max(0, ...bars.map((b) => textWidth(valueText(b), font)));
  const plot = { left: 8, top, right: round1(Math.max(width / 2, width - valueRoom)), bottom };

  const most = largestSupported(bars.map((b) => b.range));
  const x = scaleLinear([0, Math.max(most, 1)], [plot.left, plot.right]).nice(5);
  const length = (v: number) => x(v) - plot.left;

  const patterns: ColorPattern[] = [];
  const rows = bars.map((bar, i): PerpetratorRow => {
    const labelY = top + i * rowHeight + font;
    const y = labelY + 5;
    const color = bar.color ?? actorColor(bar.key.split('/')[0]!);
    const mark = rangeMark(bar.range, length);
    const mk = LAYER_MARKS[bar.layer];
    let fill: string | null = null;
    if (mk !== 'solid' && mk !== 'outline' && mark.kind === 'figure') {
      const id = `${ids.base}-pattern-${i}`;
      patterns.push({ id, mark: mk, color });
      fill = `url(#${id})`;
    }
    const x0 = plot.left;
    const text = valueText(bar);
    const shared = bar.shared ? `; ${bar.shared === bar.incidents ? 'its incidents are' : `${bar.shared} of its incidents are`} also counted under another perpetrator` : '';
    return {
      key: bar.key,
      layer: bar.layer,
      href: bar.href,
      incidentsHref: bar.incidentsHref ?? null,
      color,
      kind: mark.kind,
      fill,
      label: { x: plot.left, y: round1(labelY), text: bar.label },
      bar: { x: x0, y: round1(y), width: round1(mark.low), height: BAR },
      uncertain: mark.high === null ? null : { x: round1(x0 + mark.low), y: round1(y), width: round1(mark.high - mark.low), height: BAR },
      arrow: mark.arrow && {
        y: round1(y + BAR / 2),
        x1: round1(x0 + mark.arrow.from),
        x2: round1(x0 + mark.arrow.to - 5),
        head: arrowHead(x0 + mark.arrow.to, y + BAR / 2, 'right'),
      },
      value: { x: round1(x0 + mark.end + 5), y: round1(y + BAR - 1), text },
      title: `${bar.label}, ${LAYER_LABELS[bar.layer]}: ${killedLabel(bar.range)}, ${incidentsNote({ incidents: bar.incidents, numbered: bar.numbered ?? bar.incidents })}${shared}`,
    };
  });

  const xTicks = x
    .ticks(width < 480 ? 3 : 5)
    .filter(Number.isInteger)
    .map((v) => {
      const at = round1(x(v));
      return { label: v.toLocaleString('en-GB'), x: at, y: bottom + font + 2, line: { x1: at, y1: plot.top, x2: at, y2: bottom }, zero: v === 0 };
    });
  const anyShared = bars.some((b) => b.shared);
  const footnote = anyShared
    ? wrapText(`* Incidents with several perpetrators are ${SHARED_NOTE} the bars.`, width - 16, font).map((line, k) => ({ x: 8, y: round1(bottom + axis + font + 4 + k * (font + 4)), text: line }))
    : [];
  const afterFootnote = bottom + axis + (footnote.length > 0 ? footnote.length * (font + 4) + 8 : 0);
  const silentText = silentOnly.length === 0 ? '' : `No figure given: ${silentOnly.map((b) => `${b.label} (${incidentsNote({ incidents: b.incidents, numbered: 0 })})`).join('; ')}.`;
  const noFigure = silentText ? wrapText(silentText, width - 16, font).map((line, k) => ({ x: 8, y: round1(afterFootnote + font + 4 + k * (font + 4)), text: line })) : [];
  const height = Math.ceil(afterFootnote + (noFigure.length > 0 ? noFigure.length * (font + 4) + 8 : 0));

  return {
    ids,
    width,
    height,
    fontSize: font,
    plot,
    empty: rows.length === 0 && noFigure.length === 0 ? { text: 'No claims with a known perpetrator.', x: round1(width / 2), y: round1(top + rowHeight / 2 + 4) } : null,
    xTicks: rows.length > 0 ? xTicks : [],
    patterns,
    rows,
    ...(figured.length > bars.length && { omitted: figured.length - bars.length }),
    footnote,
    noFigure,
    desc: `${describe(bars)}${silentText ? ` ${silentText}` : ''}${figured.length > bars.length ? ` The data table lists ${figured.length - bars.length} more.` : ''}`,
    table: {
      caption: 'Claimed killed by perpetrator and grade',
      columns: ['Perpetrator', 'Layer', 'Killed', 'Incidents', 'Note'],
      numeric: [2],
      rows: all.map((bar) => ({
        header: { text: bar.label, href: bar.href },
        cells: [
          { text: LAYER_LABELS[bar.layer] },
          { text: rangeLabel(bar.range), ...(bar.incidentsHref && { href: bar.incidentsHref }) },
          { text: incidentsNote({ incidents: bar.incidents, numbered: bar.numbered ?? bar.incidents }), ...(bar.incidentsHref && { href: bar.incidentsHref }) },
          { text: bar.shared ? `${bar.shared} ${SHARED_NOTE}` : '' },
        ],
      })),
    },
  };
}

/** The numbers in words, in the order drawn. */
function describe(bars: readonly Bar[]): string {
  if (bars.length === 0) return 'No claims with a known perpetrator.';
  const list = bars.map((b) => `${b.label} ${rangeLabel(b.range)} (${incidentsNote({ incidents: b.incidents, numbered: b.numbered ?? b.incidents })}${b.shared ? `; ${SHARED_NOTE}` : ''})`).join('; ');
  return `Claimed killed by perpetrator, as ranges: a bar to each figure's low end, a lighter part to its high end, an open end a short arrow. ${list}.`;
}
