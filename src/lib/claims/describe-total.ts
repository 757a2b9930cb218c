import { formatTotal } from './format-total.ts';
import type { Total } from './types.ts';

/** A total as a sentence's parts: the figure, and how many incidents it holds and how many give no figure. */
export interface TotalText {
  /** "339+", "20–35", "unknown". */
  figure: string;
  /** "in 5 incidents; 2 of 5 incidents give no figure", "in 1 incident". */
  detail: string;
}

const incidents = (n: number) => `${n} incident${n === 1 ? '' : 's'}`;

/** Says beside every total how many of its incidents give no figure (DESIGN §2.7), so unknown never reads as zero. */
export function describeTotal(total: Total): TotalText {
  const missing = total.incidents - total.numbered;
  const counted = `in ${incidents(total.incidents)}`;
  if (missing === 0) return { figure: formatTotal(total), detail: counted };
  if (missing === total.incidents) {
    return { figure: formatTotal(total), detail: `${counted}, ${total.incidents === 1 ? 'which gives no figure' : 'none of which gives a figure'}` };
  }
  return { figure: formatTotal(total), detail: `${counted}; ${missing} of ${incidents(total.incidents)} ${missing === 1 ? 'gives' : 'give'} no figure` };
}
