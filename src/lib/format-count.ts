import type { Count } from '../schema/count.ts';

/** A range as readers see it: "20", "20–35", "51+", "unknown"; "≈20" when approximate. */
export function formatRange(range: Pick<Count, 'min' | 'max'> & { approximate?: boolean }): string {
  if (range.min === null) return 'unknown';
  if (range.max === null) return `${range.min}+`;
  if (range.min === range.max) return `${range.approximate ? '≈' : ''}${range.min}`;
  return `${range.min}–${range.max}`;
}
