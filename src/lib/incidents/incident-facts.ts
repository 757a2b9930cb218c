import type { ClaimRecord } from '../claims/index.ts';

/** What an incident's claims say about it, gathered for its page and its export row. */
export interface IncidentFacts {
  /** Each distinct place text as written, in report order. */
  places: string[];
  /** Who the victims were, each account once, in report order, with the claimants that give it. */
  victims: VictimsAccount[];
  /** The briefs that report it, oldest first. */
  briefs: string[];
  /** Who made the claims, in report order. */
  claimants: string[];
}

/** One account of who was killed: a category, the actors it names within it, and who says so. */
export interface VictimsAccount {
  /** The category as readers read it: "civilians", "militants", or "not stated" for `unknown`. */
  category: string;
  /** Actor ids named among these victims, sorted. */
  actors: string[];
  /** The claimants that give this account, in report order. */
  claimants: string[];
}

const unique = <T,>(list: readonly T[]) => [...new Set(list)];

/** Gathers an incident's facts from its claims, taken oldest report first. */
export function incidentFacts(claimsOldestFirst: readonly ClaimRecord[]): IncidentFacts {
  return {
    places: unique(claimsOldestFirst.flatMap((c) => (c.place ? [c.place] : []))),
    victims: victimsAccounts(claimsOldestFirst),
    briefs: unique(claimsOldestFirst.map((c) => c.brief)),
    claimants: unique(claimsOldestFirst.map((c) => c.claimant)),
  };
}

/**
 * Who the victims were, account by account, so an actor is named only with the category
 * its claim gives it ("militants (JNIM)") and an unstated category reads "not stated".
 */
function victimsAccounts(claims: readonly ClaimRecord[]): VictimsAccount[] {
  const accounts = new Map<string, VictimsAccount>();
  for (const c of claims) {
    const actors = [...new Set(c.victims.actors)].sort();
    const key = `${c.victims.category} ${actors.join(' ')}`;
    const account = accounts.get(key) ?? { category: c.victims.category === 'unknown' ? 'not stated' : c.victims.category, actors, claimants: [] };
    if (!account.claimants.includes(c.claimant)) account.claimants.push(c.claimant);
    accounts.set(key, account);
  }
  return [...accounts.values()];
}
