import type { Claim } from '../../schema/claim.ts';
import type { BriefEntry } from '../check/content-set.ts';

/** A claim with where an author wrote it, for messages that name the file and line. */
export interface LocatedClaim {
  claim: Claim;
  /** Path of the brief, relative to the project root. */
  file: string;
  /** `claims[2]`. */
  field: string;
  /** Publication date of the brief: the older report holds the incident id to reuse. */
  briefDate: string;
  /** Its place in the brief's claims list. */
  index: number;
  /** Whether its brief is a draft, which a production build leaves out. */
  draft: boolean;
  /**
   * 1-based line of one of the claim's fields, or of the claim itself when no key is given
   * or the field is not written. Asked only for a warning: finding lines costs a second parse.
   */
  lineOf: (key?: string) => number;
}

/** Every claim of the briefs, drafts included, with its file and lines. */
export function locateClaims(briefs: readonly BriefEntry[]): LocatedClaim[] {
  return briefs.flatMap((brief) =>
    brief.data.claims.map((claim, i) => ({
      claim,
      file: brief.file,
      field: `claims[${i}]`,
      briefDate: brief.data.date,
      index: i,
      draft: brief.data.draft,
      lineOf: (key?: string) => brief.lineOf(key === undefined ? ['claims', i] : ['claims', i, key]),
    })),
  );
}
