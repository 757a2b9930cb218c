// A claimant's record (DESIGN §2 rule 11): for each claimant and incident, its figure
// against the independent one, the incident's headline range from claimants that are
// neither it nor a perpetrator. Ranges are compared as ranges, never as midpoints.
import { indexBy } from '../collections/index-by.ts';
import { groupIncidents } from './group-incidents.ts';
import { layerOf } from './layer-of.ts';
import { speaksOfKilled } from './partition-incidents.ts';
import type { ClaimRecord, Incident, Range } from './types.ts';

/** How a claimant's figure for an incident stands against the independent one. */
export type Comparison = 'higher' | 'overlaps' | 'lower' | 'denied' | 'no-figure' | 'no-independent-figure';

/** The order counts and tables list comparisons in. */
export const COMPARISONS: readonly Comparison[] = ['higher', 'overlaps', 'lower', 'denied', 'no-figure', 'no-independent-figure'];

/** The figure a claimant's claims are held against, and who gave it. */
export interface IndependentFigure {
  /** `null` when no independent headline claim gives a number. */
  range: Range | null;
  /** Claimant ids of the independent claims that give a number, sorted. */
  claimants: string[];
  /** Those claims, in the incident's order. */
  claims: KillingClaim[];
}

/** A comparison, and where the ends allow it, the factor between them. */
export interface Verdict {
  comparison: Comparison;
  /**
   * `higher`: the claimant's low end over the independent high end; `lower`: the independent
   * low end over the claimant's high end; rounded down to one decimal, so never overstated.
   * `null` when the ends give none (an overlap, a zero end) or it is under 1.5.
   */
  factor: number | null;
}

/** One claimant's record for one incident. */
export interface RecordRow extends Verdict {
  claimant: string;
  incident: Incident;
  /** The claimant's counted claims about the incident, in the incident's order. */
  claims: KillingClaim[];
  /** The briefs that reported them, each once, in that order. */
  briefs: string[];
  /** Their range by the incident rule (denials left out when it made other claims); `null` when none gives a number. */
  range: Range | null;
  independent: IndependentFigure;
}

/** A claim that names killed (with a number or not). */
export type KillingClaim = ClaimRecord & { killed: NonNullable<ClaimRecord['killed']> };

/** Whether a claim names killed: one only about wounded or abducted is not held against a toll. */

/** The range of some claims by the rule of any incident's range (DESIGN §2.2). */
const rangeOf = (claims: readonly ClaimRecord[]): Range | null => groupIncidents(claims.map((c) => ({ ...c, scope: 'incident' as const, incident: 'one' })))[0]?.range ?? null;

/** The incident's headline range from claimants that are neither `claimant` nor one of its perpetrators. */
export function independentFigure(incident: Pick<Incident, 'counted' | 'perpetrators'>, claimant: string): IndependentFigure {
  const claims = incident.counted.filter(speaksOfKilled).filter((c) => layerOf(c) === 'headline' && c.claimant !== claimant && !incident.perpetrators.includes(c.claimant));
  const numbered = claims.filter((c) => c.killed.min !== null);
  return { range: rangeOf(claims), claimants: [...new Set(numbered.map((c) => c.claimant))].sort(), claims };
}

/** Compares a claimant's range (or its denial) with the independent range. */
export function compareRanges(own: Range | null, denied: boolean, independent: Range | null): Verdict {
  if (!independent) return { comparison: 'no-independent-figure', factor: null };
  if (denied) return { comparison: 'denied', factor: null };
  if (!own) return { comparison: 'no-figure', factor: null };
  // An open end reaches every figure above its low end: it can be higher, never lower.
  if (independent.high !== null && own.low > independent.high) return { comparison: 'higher', factor: factor(own.low, independent.high) };
  if (own.high !== null && own.high < independent.low) return { comparison: 'lower', factor: factor(independent.low, own.high) };
  return { comparison: 'overlaps', factor: null };
}

/** `more / less`, rounded down to one decimal; `null` when `less` is 0 or the factor is under 1.5. */
function factor(more: number, less: number): number | null {
  if (less === 0) return null;
  const f = Math.floor((more / less) * 10) / 10;
  return f >= 1.5 ? f : null;
}

/** One claim held against its incident's independent figure, as the incident page's rows show it. */
export function compareClaim(claim: ClaimRecord, incident: Pick<Incident, 'counted' | 'perpetrators'>): Verdict | null {
  const { killed } = claim;
  if (!killed || layerOf(claim) === null) return null;
  const own = killed.min === null ? null : { low: killed.min, high: killed.max };
  return compareRanges(own, claim.stance === 'denied', independentFigure(incident, claim.claimant).range);
}

/** Every claimant's record, incident by incident in the incidents' order (newest first). */
export function claimantRecords(incidents: readonly Incident[]): Map<string, RecordRow[]> {
  const rows = incidents.flatMap((incident) =>
    [...indexBy(incident.counted.filter(speaksOfKilled), (c) => [c.claimant])].map(([claimant, claims]): RecordRow => {
      // A claimant that denied and also gave a figure is held to its figure.
      const stated = claims.filter((c) => c.stance !== 'denied');
      const range = rangeOf(stated);
      const independent = independentFigure(incident, claimant);
      const briefs = [...new Set(claims.map((c) => c.brief))];
      return { claimant, incident, claims, briefs, range, independent, ...compareRanges(range, stated.length === 0, independent.range) };
    }),
  );
  return indexBy(rows, (r) => [r.claimant]);
}
