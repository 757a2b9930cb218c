import { formatFigure } from '../format/format-count.ts';
import type { Total } from './types.ts';

/** A total as readers see it: "51+" when open, "20–35", "20", or "no figure" when no incident gave a number. */
export function formatTotal(total: Total): string {
  // The same wording as a single claim's figure, so a total and its claims read alike.
  return formatFigure(total.numbered === 0 ? null : total.range);
}
