import { formatRange } from '../format-count.ts';
import type { Total } from './types.ts';

/** A total as readers see it: "51+" when open, "20–35", "20", or "unknown" when no incident gave a number. */
export function formatTotal(total: Total): string {
  if (total.numbered === 0) return 'unknown';
  // The same wording as a single claim's figure, so a total and its claims read alike.
  return formatRange({ min: total.range.low, max: total.range.high });
}
