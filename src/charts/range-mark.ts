// How one casualty figure becomes a mark, in every chart (DESIGN §2 rule 8): a bar from
// zero to the low end, the uncertain part up to a closed high end lighter, an open high
// end a short arrow of constant length, and no figure a hollow box, never a zero.
import { round1 } from './geometry.ts';
import { rangeLabel } from './labels.ts';
import type { Range } from './types.ts';

/** Length of the arrow of an open high end, in pixels, whatever the figure. */
export const ARROW_LENGTH = 14;
/** Size of the hollow box of a figure no claim gave, where one is drawn at all (a map's place): smaller than any figure's mark. */
export const UNKNOWN_SIZE = 6;
/** Length of the tick of a figure of exactly zero: visible, and unlike the hollow box. */
export const ZERO_TICK = 2;

/** A mark along its length axis, in pixels from the zero baseline. */
export interface RangeMark {
  kind: 'figure' | 'zero' | 'unknown';
  /** End of the solid bar (the low end); for an unknown figure the hollow box's size. */
  low: number;
  /** End of the lighter part (a closed high end above the low end), else null. */
  high: number | null;
  /** The open high end's arrow, from the low end, of constant length; else null. */
  arrow: { from: number; to: number } | null;
  /** Where the mark's extent ends, label excluded. */
  end: number;
  /** "51+", "20–35", "0", or "no figure". */
  text: string;
}

/** The largest figure the ranges support: a closed high end, or an open range's low end. 0 when none. */
export function largestSupported(ranges: readonly Range[]): number {
  let most = 0;
  for (const r of ranges) if (!r.unknown) most = Math.max(most, r.high ?? r.low);
  return most;
}

/** Lays out one range along a linear `length` (figure → pixels from the baseline). */
export function rangeMark(range: Range, length: (value: number) => number): RangeMark {
  if (range.unknown) return { kind: 'unknown', low: UNKNOWN_SIZE, high: null, arrow: null, end: UNKNOWN_SIZE, text: 'no figure' };
  if (range.low === 0 && range.high === 0) return { kind: 'zero', low: ZERO_TICK, high: null, arrow: null, end: ZERO_TICK, text: '0' };
  const low = length(range.low);
  const high = range.high !== null && range.high > range.low ? length(range.high) : null;
  const arrow = range.high === null ? { from: low, to: low + ARROW_LENGTH } : null;
  return { kind: 'figure', low, high, arrow, end: arrow?.to ?? high ?? low, text: rangeLabel(range) };
}

/**
 * The head of an arrow (an open high end, a period running off the axis): a triangle 8 px
 * wide whose tip is at (`x`, `y`), pointing `direction`, `length` px from tip to base; `closed`
 * heads are filled, open ones two strokes. Every arrow of every chart is drawn by this path.
 */
export function arrowHead(x: number, y: number, direction: 'up' | 'left' | 'right', { length = 6, closed = true }: { length?: number; closed?: boolean } = {}): string {
  const [a, b] =
    direction === 'up'
      ? [[x - 4, y + length], [x + 4, y + length]]
      : direction === 'right'
        ? [[x - length, y - 4], [x - length, y + 4]]
        : [[x + length, y - 4], [x + length, y + 4]];
  const p = ([px, py]: number[]) => `${round1(px!)},${round1(py!)}`;
  return `M${p(a!)}L${p([x, y])}L${p(b!)}${closed ? 'Z' : ''}`;
}
