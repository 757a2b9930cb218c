import { plural } from '../format/plural.ts';
import { formatTotal } from './format-total.ts';
import type { Total } from './types.ts';

/** A total as a sentence's parts: the figure, and how many incidents it holds and how many give no figure. */
export interface TotalText {
  /** "339+", "20–35", "no figure". */
  figure: string;
  /** After the figure in a table cell: "in 5 incidents; 2 of 5 incidents give no figure", "in 1 incident", "given for 1 incident". */
  detail: string;
  /** After the figure in a sentence: "killed in 5 incidents; …", or "given for any of 3 incidents" when none gives one. */
  sentence: string;
}

/** Says beside every total how many of its incidents give no figure (DESIGN §2.7), so unknown never reads as zero. */
export function describeTotal(total: Total): TotalText {
  const figure = formatTotal(total);
  const missing = total.incidents - total.numbered;
  if (missing === total.incidents) {
    // "no figure given for 1 incident": never "no figure killed", never 0.
    const detail = total.incidents === 1 ? 'given for 1 incident' : `given for any of ${total.incidents} incidents`;
    return { figure, detail, sentence: detail };
  }
  const counted = `in ${plural(total.incidents, 'incident')}`;
  const detail = missing === 0 ? counted : `${counted}; ${missing} of ${plural(total.incidents, 'incident')} ${missing === 1 ? 'gives' : 'give'} no figure`;
  return { figure, detail, sentence: `killed ${detail}` };
}
