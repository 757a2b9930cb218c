import { layerOf } from './layer-of.ts';
import { partitionIncidents, speaksOfKilled } from './partition-incidents.ts';
import { totalOf } from './total-of.ts';
import type { ClaimRecord, Incident, Layer, SideLayer, Total } from './types.ts';

/** The headline total, the layers beside it, and the aggregates shown as reference marks. */
export interface LayeredTotals {
  /** Incidents whose confirmed or fair claims give a figure, or that have only such claims. */
  headline: Total;
  /** The other layers; each incident is in exactly one layer, so they can be read side by side. */
  layers: Record<SideLayer, Total>;
  /** The incidents behind each layer's total, each with its range in that layer only, newest first. */
  incidents: Record<Layer, Incident[]>;
  /** Non-discounted `scope: aggregate` claims, in input order; never added to any total (DESIGN §2.1). */
  aggregates: ClaimRecord[];
}

/** Puts each incident in its one layer and sums each layer (DESIGN §2.3, §2.4). */
export function layeredTotals(claims: readonly ClaimRecord[]): LayeredTotals {
  const incidents = partitionIncidents(claims);
  const total = (layer: Layer) => totalOf(incidents[layer]);
  return {
    headline: total('headline'),
    layers: { weak: total('weak'), contested: total('contested'), unassessed: total('unassessed'), claimed: total('claimed') },
    incidents,
    aggregates: claims.filter((claim) => claim.scope === 'aggregate' && speaksOfKilled(claim) && layerOf(claim) !== null),
  };
}
