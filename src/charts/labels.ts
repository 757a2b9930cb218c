import type { Layer, Range } from './types.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A range as readers see it: "20", "20–35", "51+", or "unknown" when no claim gave a number. */
export function rangeLabel(range: Range): string {
  if (range.unknown) return 'unknown';
  if (range.high === null) return `${range.low}+`;
  if (range.high === range.low) return String(range.low);
  return `${range.low}–${range.high}`;
}

/** "2022-09" → "Sep 2022". */
export function monthLabel(month: string): string {
  const [year, mm] = month.split('-');
  return `${MONTHS[Number(mm) - 1] ?? mm} ${year}`;
}

/** "1 incident", "3 incidents". */
export const incidentsLabel = (n: number): string => `${n} ${n === 1 ? 'incident' : 'incidents'}`;

/** The grade layers, in the order they are drawn side by side and listed. */
export const LAYERS: readonly Layer[] = ['headline', 'claimed', 'weak', 'contested', 'unassessed'];

/** What each layer means, in the legend and the table. */
export const LAYER_LABELS: Record<Layer, string> = {
  headline: 'Headline (confirmed, fair)',
  claimed: 'Claimed by perpetrator',
  weak: 'Weak',
  contested: 'Contested',
  unassessed: 'Unassessed',
};

/** How a layer is told apart without colour: headline solid, the others by pattern. */
export type LayerMark = 'solid' | 'hatch' | 'dots' | 'cross' | 'outline';

/** The mark of each layer. */
export const LAYER_MARKS: Record<Layer, LayerMark> = {
  headline: 'solid',
  claimed: 'hatch',
  weak: 'dots',
  contested: 'cross',
  unassessed: 'outline',
};
