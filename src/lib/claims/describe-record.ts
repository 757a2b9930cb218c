import type { Comparison, RecordRow, Verdict } from './claimant-record.ts';

/** Below this many incidents compared range against range, a record is too few to judge a claimant by. */
export const ENOUGH_TO_JUDGE = 5;

/** Each comparison as a table cell says it. */
export const COMPARISON_WORDS: Record<Comparison, string> = {
  higher: 'higher',
  overlaps: 'overlapping',
  lower: 'lower',
  denied: 'denied',
  'no-figure': 'no figure given',
  'no-independent-figure': 'nothing to compare',
};

/** A claimant's record in words: the counts, and whether there are enough to judge by. */
export interface RecordText {
  /** "4 incidents with an independent figure: 2 higher, 1 overlapping, 1 lower; 1 with nothing to compare". */
  counts: string;
  /** Incidents where both ranges were compared (higher, overlapping or lower). */
  compared: number;
  /** True under {@link ENOUGH_TO_JUDGE} compared incidents: the page says so and gives no score. */
  tooFew: boolean;
}

const incidents = (n: number) => `${n} incident${n === 1 ? '' : 's'}`;

/** The counts by comparison, in words; never a score. */
export function describeRecord(rows: readonly Pick<RecordRow, 'comparison'>[]): RecordText {
  const count = (c: Comparison) => rows.filter((r) => r.comparison === c).length;
  const nothing = count('no-independent-figure');
  const withFigure = rows.length - nothing;
  const parts = (['higher', 'overlaps', 'lower', 'denied', 'no-figure'] as const).filter((c) => count(c) > 0).map((c) => `${count(c)} ${COMPARISON_WORDS[c]}`);
  const compared = count('higher') + count('overlaps') + count('lower');
  const sentences = [
    withFigure > 0 && `${incidents(withFigure)} with an independent figure: ${parts.join(', ')}`,
    nothing > 0 && `${withFigure > 0 ? nothing : incidents(nothing)} with nothing to compare`,
  ].filter(Boolean);
  return { counts: rows.length === 0 ? 'No incident to compare' : sentences.join('; '), compared, tooFew: compared < ENOUGH_TO_JUDGE };
}

/** The factor where the ends give one: "at least 4× the independent high end". */
export function describeFactor(verdict: Verdict): string | null {
  if (verdict.factor === null) return null;
  return verdict.comparison === 'higher' ? `at least ${verdict.factor}× the independent high end` : `the independent low end is at least ${verdict.factor}× its high end`;
}
