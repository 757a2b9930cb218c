import type { ClaimRecord } from '../claims/index.ts';

/** What an incident's claims say about it, gathered for its page and its export row. */
export interface IncidentFacts {
  /** Each distinct place text as written, in report order. */
  places: string[];
  /** Victim categories named by any claim, in report order. */
  victimCategories: string[];
  /** Victim actor ids named by any claim, sorted. */
  victimActors: string[];
  /** The briefs that report it, oldest first. */
  briefs: string[];
  /** Who made the claims, in report order. */
  claimants: string[];
}

const unique = <T,>(list: readonly T[]) => [...new Set(list)];

/** Gathers an incident's facts from its claims, taken oldest report first. */
export function incidentFacts(claimsOldestFirst: readonly ClaimRecord[]): IncidentFacts {
  return {
    places: unique(claimsOldestFirst.flatMap((c) => (c.place ? [c.place] : []))),
    victimCategories: unique(claimsOldestFirst.map((c) => c.victims.category)),
    victimActors: unique(claimsOldestFirst.flatMap((c) => c.victims.actors)).sort(),
    briefs: unique(claimsOldestFirst.map((c) => c.brief)),
    claimants: unique(claimsOldestFirst.map((c) => c.claimant)),
  };
}
