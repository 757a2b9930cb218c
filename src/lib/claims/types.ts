import type { Claim } from '../../schema/claim.ts';
import type { ClaimDate } from '../../schema/date.ts';

/** A claim with the brief it was reported in. */
export interface ClaimRecord extends Claim {
  /** Slug of the brief that reported the claim. */
  brief: string;
  /** Publication date of that brief, `YYYY-MM-DD`. */
  briefDate: string;
}

/** Which layer of a chart or total a claim belongs to (DESIGN §2.4). */
export type Layer = 'headline' | 'claimed' | 'weak' | 'contested' | 'unassessed';

/** The layers drawn beside the headline, never added to it. */
export type SideLayer = Exclude<Layer, 'headline'>;

/** A range of killed: low and high; high null = open-ended. */
export interface Range {
  low: number;
  /** `null` when open-ended ("over 50" has no upper bound). */
  high: number | null;
}

/** One event, however many claims describe it (DESIGN §2.2). */
export interface Incident {
  /** The claims' shared `incident`, or the claim id when it has none. */
  id: string;
  /** Every claim about it, discounted ones included, in input order. */
  claims: ClaimRecord[];
  /** The claims that count (not discounted), in input order. */
  counted: ClaimRecord[];
  /** `null` when no counted claim gives a number ("unknown"). */
  range: Range | null;
  /** Of its most precisely dated counted claim (day > month > year/period; ties: earliest start). */
  date: ClaimDate;
  /** Of that same claim. */
  region: string;
  /** Union over counted claims, sorted. */
  perpetrators: string[];
}

/** A sum of incidents (DESIGN §2.3). */
export interface Total {
  /** Incidents counted; an incident with only "unknown" counts but adds no number. */
  incidents: number;
  /** How many of them gave a number; when none did, the total is unknown, not zero. */
  numbered: number;
  /** Sum of lows; sum of highs, or null if any is open. */
  range: Range;
  /** The claims behind the number, sorted, so every number can link to them (DESIGN §2.5). */
  claimIds: string[];
}
