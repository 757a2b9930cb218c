import type { Count } from '../../schema/count.ts';

/**
 * A figure to put in words: the range a claim or a sum of claims allows, open-ended when
 * `high` is `null`, approximate when the author wrote "about N", "around N" or "nearly N".
 */
export interface Figure {
  low: number;
  high: number | null;
  approximate?: boolean;
}

/** What is shown where a claim, an incident or a total gives no number: never "0", never "unknown". */
export const NO_FIGURE = 'no figure';

/**
 * A figure as readers see it, the one wording used by pages, tables, charts, feeds,
 * exports and the authors' tools: "20", "20–35", "51+", "about 400", or "no figure"
 * when there is none (`null`).
 */
export function formatFigure(figure: Figure | null | undefined): string {
  if (!figure) return NO_FIGURE;
  if (figure.high === null) return `${figure.low}+`;
  if (figure.low === figure.high) return `${figure.approximate ? 'about ' : ''}${figure.low}`;
  return `${figure.low}–${figure.high}`;
}

/** A count as written (`killed`, `wounded`, `abducted`) as a figure; `null` when it gives no number or is not given. */
export function countFigure(count: Pick<Count, 'min' | 'max' | 'approximate'> | undefined): Figure | null {
  if (!count || count.min === null) return null;
  return { low: count.min, high: count.max, ...(count.approximate && { approximate: true }) };
}

/**
 * The figure some claims give together (an incident's range in a layer, DESIGN §2.2), read
 * "about N" when it is one number and every claim that gives that number said "about".
 */
export function figureOfClaims(range: Figure | null, claims: readonly { killed?: Pick<Count, 'min' | 'max' | 'approximate'> | undefined }[]): Figure | null {
  if (!range || range.high !== range.low) return range;
  const giving = claims.filter((c) => c.killed?.min === range.low && c.killed.max === range.low);
  return giving.length > 0 && giving.every((c) => c.killed!.approximate) ? { ...range, approximate: true } : range;
}

/**
 * The figure some claims give together in words, the one wording of an incident's range
 * wherever it is shown (its page, the totals' incident rows, exports, the authors' tools):
 * "300+", "about 400", "no figure".
 */
export const figureWords = (range: Figure | null, claims: Parameters<typeof figureOfClaims>[1]): string => formatFigure(figureOfClaims(range, claims));

/** The word after a figure in a sentence: "300+ killed", but "no figure given", never "no figure killed". */
export const killedOrGiven = (figure: Figure | null): string => (figure ? 'killed' : 'given');

/** A count in words: "300+", "about 400", "no figure". */
export const formatCount = (count: Pick<Count, 'min' | 'max' | 'approximate'> | undefined): string => formatFigure(countFigure(count));

/**
 * A count's parts as a sentence shows them: its figure, the phrase its source used only where
 * it says more than the figure, and the word after them ("killed", or "given" after "no figure").
 */
export function countWords(count: Pick<Count, 'min' | 'max' | 'approximate' | 'text'> | undefined): { figure: string; phrase: string | null; verb: string } {
  const figure = formatCount(count);
  const phrase = !count || count.min === null || sameWords(count.text, figure) ? null : count.text.trim();
  return { figure, phrase, verb: killedOrGiven(countFigure(count)) };
}

/** A count with the phrase its source used, where it says more: "“more than 900” (901+)", "about 400", "20", "no figure". */
export function formatCountAsWritten(count: Pick<Count, 'min' | 'max' | 'approximate' | 'text'> | undefined): string {
  const { figure, phrase } = countWords(count);
  return phrase === null ? figure : `“${phrase}” (${figure})`;
}

/** Whether a phrase as written says exactly what the figure says ("about 400", "20", "unknown"). */
export const sameWords = (phrase: string, figure: string): boolean => {
  const p = phrase.trim().toLowerCase().replace(/\s+/g, ' ');
  return p === figure || (figure === NO_FIGURE && p === 'unknown');
};
