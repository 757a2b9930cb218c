// Period totals (scope: aggregate) on a time axis: a bracket under the months each covers,
// labelled with its claimant, period and figure, never a bar and never added to a month.
// Brackets share a lane when their labels do not touch.
import { round1 } from './geometry.ts';
import { sameWords } from '../lib/format/format-count.ts';
import { LAYER_NAMES, periodLabel, rangeLabel } from './labels.ts';
import { monthNumber } from '../lib/dates/months.ts';
import type { MonthAxis } from './month-axis.ts';
import { textWidth, wrapText } from './place-labels.ts';
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
  /** The claim's row. */
  href: string | null;
}

/** "more than 900 people killed (901+)" as the claimant worded it, "dozens of civilians killed (24+)", "400 civilians killed", or "no figure for civilians killed". */
export function spanFigure(p: PeriodSpan): string {
  if (p.range.unknown) return `no figure for ${p.victims} killed`;
  const range = rangeLabel(p.range);
  if (!p.phrase || sameWords(p.phrase, range)) return `${range} ${p.victims} killed`;
  // "dozens", "several", "hundreds": a word, not a number, takes "of".
  return `${p.phrase}${/\d/.test(p.phrase) ? '' : ' of'} ${p.victims} killed (${range})`;
}

/**
 * A period total as one line says it, with who counted, who killed whom, where and when
 * (DESIGN §2.12): "ACLED, 2024, Mali: more than 900 people killed (901+) by FAMa and Wagner".
 */
export const spanLabel = (p: PeriodSpan): string => `${p.claimant}, ${periodLabel(p.from, p.to)}, ${p.region}: ${spanFigure(p)} ${p.perpetrators}`;

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
    const layer = p.layer === 'headline' ? '' : ` (${LAYER_NAMES[p.layer].short.toLowerCase()})`;
    const label = `${spanLabel(p)}${layer}`;
    // Too wide for the drawing: who counted, when and where on one line, who killed whom
    // on the next, wrapped again where the drawing is narrower still.
    const figure = p.range.unknown ? `no figure for ${p.victims} killed` : `${rangeLabel(p.range)} ${p.victims} killed`;
    const lines = textWidth(label, font) <= right - left ? [label] : wrapText(`${p.claimant}, ${periodLabel(p.from, p.to)}, ${p.region}: ${figure} ${p.perpetrators}${layer}`, right - left, font);
    const w = Math.max(...lines.map((line) => textWidth(line, font)));
    const tx = Math.max(left, Math.min(x1, right - w));
    const [start, end] = [Math.min(x1, tx), Math.max(x2, tx + w)];
    // A two-line label takes two lanes.
    const need = lines.length;
    let lane = laneEnds.findIndex((_, i) => Array.from({ length: need }, (_, k) => laneEnds[i + k] ?? -Infinity).every((e) => e + 12 <= start));
    if (lane < 0) lane = laneEnds.length;
    for (let i = 0; i < need; i++) laneEnds[lane + i] = end;
    const y = top + lane * laneHeight + (need - 1) * (font + 2);
    return {
      id: p.id,
      layer: p.layer,
      x1: round1(x1),
      x2: round1(x2),
      y: round1(y + font + 6),
      before: !!first && monthNumber(from) < monthNumber(first.kind === 'month' ? first.month : first.from),
      after: !!last && monthNumber(to) > monthNumber(last.kind === 'month' ? last.month : last.to),
      text: { x: round1(tx), y: round1(y + font - (need - 1) * (font + 2)), label, lines },
      title: `Period total, not added to the months: ${spanLabel(p)}; ${LAYER_NAMES[p.layer].name}`,
      href: p.href ?? null,
    };
  });
  return { spans, bottom: top + laneEnds.length * laneHeight };
}
