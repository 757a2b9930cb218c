import type { Incident, Total } from './types.ts';

/** Sums incidents (DESIGN §2.3): lows add up; highs add up unless one is open, which opens the total. */
export function totalOf(incidents: readonly Incident[]): Total {
  let low = 0;
  let high: number | null = 0;
  const claimIds: string[] = [];
  let numbered = 0;
  for (const incident of incidents) {
    // An "unknown" incident still links its claims: the reader sees why it counts without a number.
    for (const claim of incident.counted) claimIds.push(claim.id);
    if (!incident.range) continue;
    numbered += 1;
    low += incident.range.low;
    high = high === null || incident.range.high === null ? null : high + incident.range.high;
  }
  return { incidents: incidents.length, numbered, range: { low, high }, claimIds: claimIds.sort() };
}
