import type { ClaimDate, DatePrecision } from '../../schema/date.ts';
import type { ClaimRecord, Incident, Range } from './types.ts';

/** Day beats month beats year or period: an incident is dated as precisely as its best claim allows. */
const PRECISION: Record<DatePrecision, number> = { day: 3, month: 2, year: 1, period: 1 };

/** Groups incident-scope claims into incidents (DESIGN §2.1–2.2), newest first, then by id. */
export function groupIncidents(claims: readonly ClaimRecord[]): Incident[] {
  // One pass: claims that share `incident` land in one bucket, in input order.
  const buckets = new Map<string, ClaimRecord[]>();
  for (const claim of claims) {
    if (claim.scope !== 'incident') continue; // aggregates are reference marks, never summed (§2.1)
    const id = claim.incident ?? claim.id;
    const bucket = buckets.get(id);
    if (bucket) bucket.push(claim);
    else buckets.set(id, [claim]);
  }

  const incidents: Incident[] = [];
  for (const [id, bucket] of buckets) {
    const counted = bucket.filter((claim) => claim.grade !== 'discounted');
    const dated = mostPrecise(counted);
    // Known only through discounted claims: nothing about it counts, so it is not shown as an incident.
    if (!dated) continue;
    incidents.push({
      id,
      claims: bucket,
      counted,
      range: rangeOf(counted),
      date: dated.date,
      region: dated.region,
      perpetrators: [...new Set(counted.flatMap((claim) => claim.perpetrators))].sort(),
    });
  }
  return incidents.sort((a, b) => compare(b.date.start, a.date.start) || compare(a.id, b.id));
}

/** Lowest of the mins, highest of the maxes; "unknown" claims, and claims not about killing, add no number and do not open the range. */
function rangeOf(counted: readonly ClaimRecord[]): Range | null {
  let low: number | null = null;
  let high = 0;
  let open = false;
  for (const { killed } of counted) {
    if (!killed || killed.min === null) continue;
    low = low === null ? killed.min : Math.min(low, killed.min);
    if (killed.max === null) open = true;
    else high = Math.max(high, killed.max);
  }
  return low === null ? null : { low, high: open ? null : high };
}

/** The most precisely dated claim; ties go to the earliest start, then to input order. */
function mostPrecise(counted: readonly ClaimRecord[]): ClaimRecord | undefined {
  let best: ClaimRecord | undefined;
  for (const claim of counted) {
    if (!best || beats(claim.date, best.date)) best = claim;
  }
  return best;
}

const beats = (a: ClaimDate, b: ClaimDate) =>
  PRECISION[a.precision] > PRECISION[b.precision] || (PRECISION[a.precision] === PRECISION[b.precision] && a.start < b.start);

/** Code-unit order, not locale order, so two builds sort the same on any machine. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
