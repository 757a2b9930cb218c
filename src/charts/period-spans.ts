// Period totals (scope: aggregate) on a time axis: a bracket under the months each covers,
// labelled with its claimant, period and figure, never a bar and never added to a month.
// Brackets share a lane when their labels do not touch.
import { round1 } from './geometry.ts';
import { sameWords } from '../lib/format-count.ts';
import { killedLabel, LAYER_LABELS, LAYER_SHORT, periodLabel, rangeLabel } from './labels.ts';
import { monthIndex, type MonthAxis } from './month-axis.ts';
import { textWidth } from './place-labels.ts';
import type { Layer, PeriodSpan } from './types.ts';

/** A period total: a bracket under the months it covers, naming who gives it. */
export interface SpanMark {
  id: string;
  layer: Layer;
  x1: number;
  x2: number;
  y: number;
  /** Whether the period runs on before or after the axis: the bracket ends in an arrow there. */
  before: boolean;
  after: boolean;
  /** The label, on one line, or two where the drawing is too narrow for it (`lines`). */
  text: { x: number; y: number; label: string; lines: string[] };
  title: string;
}

/** "more than 900 killed (901+)" as the claimant worded it, "about 400 killed", or "no figure". */
export function spanFigure(p: PeriodSpan): string {
  const range = rangeLabel(p.range);
  if (p.range.unknown) return range;
  return p.phrase && !sameWords(p.phrase, range) ? `${p.phrase} killed (${range})` : `${range} killed`;
}

/** Lays the spans out in lanes from `top` down, between `left` and `right`; returns them and where the last lane ends. */
export function periodSpans(periods: readonly PeriodSpan[], axis: MonthAxis | null, frame: { left: number; right: number; top: number }, font: number): { spans: SpanMark[]; bottom: number } {
  const { left, right, top } = frame;
  const laneHeight = font + 16;
  const laneEnds: number[] = [];
  const first = axis?.slots[0];
  const last = axis?.slots.at(-1);
  const spans = periods.map((p): SpanMark => {
    const [from, to] = [p.from.slice(0, 7), p.to.slice(0, 7)];
    const x1 = axis ? axis.at(from, 'start') : left;
    const x2 = Math.max(axis ? axis.at(to, 'end') : right, x1 + 4);
    const layer = p.layer === 'headline' ? '' : ` (${LAYER_SHORT[p.layer].toLowerCase()})`;
    const label = `${p.claimant}, ${periodLabel(p.from, p.to)}: ${spanFigure(p)}${layer}`;
    // Too wide for the drawing: the range alone, then the figure on a line of its own.
    const short = `${p.claimant}, ${periodLabel(p.from, p.to)}: ${killedLabel(p.range)}${layer}`;
    const lines = textWidth(label, font) <= right - left ? [label] : textWidth(short, font) <= right - left ? [short] : [`${p.claimant}, ${periodLabel(p.from, p.to)}:`, `${killedLabel(p.range)}${layer}`];
    const w = Math.max(...lines.map((line) => textWidth(line, font)));
    const tx = Math.max(left, Math.min(x1, right - w));
    const [start, end] = [Math.min(x1, tx), Math.max(x2, tx + w)];
    // A two-line label takes two lanes.
    const need = lines.length;
    let lane = laneEnds.findIndex((e, i) => e + 12 <= start && (need === 1 || (laneEnds[i + 1] ?? -Infinity) + 12 <= start));
    if (lane < 0) lane = laneEnds.length;
    for (let i = 0; i < need; i++) laneEnds[lane + i] = end;
    const y = top + lane * laneHeight + (need - 1) * (font + 2);
    return {
      id: p.id,
      layer: p.layer,
      x1: round1(x1),
      x2: round1(x2),
      y: round1(y + font + 6),
      before: !!first && monthIndex(from) < monthIndex(first.kind === 'month' ? first.month : first.from),
      after: !!last && monthIndex(to) > monthIndex(last.kind === 'month' ? last.month : last.to),
      text: { x: round1(tx), y: round1(y + font - (need - 1) * (font + 2)), label, lines },
      title: `Period total, not added to the months: ${p.claimant}, ${periodLabel(p.from, p.to)}, ${LAYER_LABELS[p.layer]}: ${spanFigure(p)}`,
    };
  });
  return { spans, bottom: top + laneEnds.length * laneHeight };
}
