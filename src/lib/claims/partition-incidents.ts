import { groupIncidents } from './group-incidents.ts';
import { incidentLayers } from './incident-layers.ts';
import type { ClaimRecord, Incident, Layer } from './types.ts';

/** Whether a claim speaks of people killed; one only about wounded or abducted adds nothing to killed totals. */
export const speaksOfKilled = (claim: Pick<ClaimRecord, 'killed'>): boolean => claim.killed !== undefined;

/**
 * The incidents of some claims, each in exactly one layer (DESIGN §2.4): its own layer, with
 * that layer's range, claims and perpetrators only, so no incident counts in two totals or
 * two marks. Incidents newest first within each layer; aggregates and claims that are not
 * about killing are left out.
 */
export function partitionIncidents(claims: readonly ClaimRecord[]): Record<Layer, Incident[]> {
  const byLayer: Record<Layer, Incident[]> = { headline: [], weak: [], contested: [], unassessed: [], claimed: [] };
  for (const incident of groupIncidents(claims.filter(speaksOfKilled))) {
    const [own] = incidentLayers(incident);
    if (!own) continue;
    byLayer[own.layer].push({ ...incident, counted: own.claims, range: own.range, perpetrators: [...new Set(own.claims.flatMap((c) => c.perpetrators))].sort() });
  }
  return byLayer;
}
