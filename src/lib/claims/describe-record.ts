import { COMPARISONS, type Comparison, type RecordRow, type Verdict } from './claimant-record.ts';

/** Below this many incidents compared range against range, a record is too few to judge a claimant by. */
export const ENOUGH_TO_JUDGE = 5;

/** The rule of DESIGN §2.11 in words, as the claimant pages state it. */
export const RECORD_RULE =
  "Each incident the claimant spoke of is held against the independent figure: the incident's headline range (claims graded confirmed or fair) from claimants that are neither this one nor a perpetrator of the incident. Ranges are compared as ranges, never by their middles: higher means the claimant's lowest figure is above the independent highest, lower that its highest is below the independent lowest, and overlapping that the two ranges meet (an open-ended figure such as “at least 300” reaches every number above it). Where the ends give one, the factor between them is shown, rounded down (“at least 4× the independent high end”). A denial is counted as a denial, a claim without a number as giving no figure, and an incident with no independent figure as having nothing to compare. Claims the desk discounted are left out, as in every total.";

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
  /** "1 incident compared range against range", "No incidents compared range against range". */
  comparedWords: string;
  /** True under {@link ENOUGH_TO_JUDGE} compared incidents: the page says so and gives no score. */
  tooFew: boolean;
}

const incidents = (n: number) => `${n} incident${n === 1 ? '' : 's'}`;

/** The counts by comparison, in words; never a score. */
export function describeRecord(rows: readonly Pick<RecordRow, 'comparison'>[]): RecordText {
  const count = (c: Comparison) => rows.filter((r) => r.comparison === c).length;
  const nothing = count('no-independent-figure');
  const withFigure = rows.length - nothing;
  const parts = COMPARISONS.filter((c) => c !== 'no-independent-figure' && count(c) > 0).map((c) => `${count(c)} ${COMPARISON_WORDS[c]}`);
  const compared = count('higher') + count('overlaps') + count('lower');
  const sentences = [
    withFigure > 0 && `${incidents(withFigure)} with an independent figure: ${parts.join(', ')}`,
    nothing > 0 && `${withFigure > 0 ? nothing : incidents(nothing)} with nothing to compare`,
  ].filter(Boolean);
  return {
    counts: rows.length === 0 ? 'No incident to compare' : sentences.join('; '),
    compared,
    comparedWords: `${compared === 0 ? 'No incidents' : incidents(compared)} compared range against range`,
    tooFew: compared < ENOUGH_TO_JUDGE,
  };
}

/** The factor where the ends give one: "at least 4× the independent high end". */
export function describeFactor(verdict: Verdict): string | null {
  if (verdict.factor === null) return null;
  return verdict.comparison === 'higher' ? `at least ${verdict.factor}× the independent high end` : `the independent low end is at least ${verdict.factor}× its high end`;
}

/** A comparison as a table cell says it, with the factor where the ends give one: "higher: at least 4× the independent high end". */
export function describeVerdict(verdict: Verdict): string {
  const factor = describeFactor(verdict);
  return factor ? `${COMPARISON_WORDS[verdict.comparison]}: ${factor}` : COMPARISON_WORDS[verdict.comparison];
}

/** A claimant's figures held against no incident, in words: "2 period totals and 1 discounted claim, not compared". */
export function describeNotCompared(claims: readonly { scope: string; grade: string }[]): string | null {
  const periods = claims.filter((c) => c.scope === 'aggregate').length;
  const discounted = claims.length - periods;
  const parts = [periods > 0 && `${periods} period total${periods === 1 ? '' : 's'}`, discounted > 0 && `${discounted} discounted claim${discounted === 1 ? '' : 's'}`].filter(Boolean);
  return parts.length === 0 ? null : `${parts.join(' and ')}, not compared`;
}
