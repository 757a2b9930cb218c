import { claimYear } from './claim-year.ts';
import { groupIncidents } from './group-incidents.ts';
import { layeredTotals, type LayeredTotals } from './layered-totals.ts';
import type { ClaimRecord } from './types.ts';

/** One year's totals: its incidents and period totals. */
export interface YearTotals {
  year: string;
  /** The claims behind them: every claim of the year's incidents, and its period totals. */
  claims: ClaimRecord[];
  totals: LayeredTotals;
}

/**
 * Totals year by year, newest first, so that a long archive's totals can link to the
 * incidents behind them a year at a time. Each incident falls in the year of its own date
 * with all its claims, so the years' totals add up exactly to the all-time total;
 * a period total falls in the year it starts.
 */
export function totalsByYear(claims: readonly ClaimRecord[]): YearTotals[] {
  const yearOf = new Map(groupIncidents(claims).flatMap((i) => i.claims.map((c) => [c.id, claimYear(i)] as const)));
  const byYear = new Map<string, ClaimRecord[]>();
  for (const claim of claims) {
    const year = yearOf.get(claim.id) ?? claimYear(claim);
    const list = byYear.get(year);
    if (list) list.push(claim);
    else byYear.set(year, [claim]);
  }
  return [...byYear.keys()].sort().reverse().map((year) => ({ year, claims: byYear.get(year)!, totals: layeredTotals(byYear.get(year)!) }));
}
