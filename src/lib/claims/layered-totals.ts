import { groupIncidents } from './group-incidents.ts';
import { layerOf } from './layer-of.ts';
import { totalOf } from './total-of.ts';
import type { ClaimRecord, Incident, Layer, SideLayer, Total } from './types.ts';

/** The headline total, the layers drawn beside it, and the aggregates shown as reference marks. */
export interface LayeredTotals {
  /** Confirmed and fair figures only. */
  headline: Total;
  /** Each drawn separately; never added to the headline or to each other, as they overlap. */
  layers: Record<SideLayer, Total>;
  /** The incidents behind each layer's total, each with its range in that layer only, newest first. */
  incidents: Record<Layer, Incident[]>;
  /** Non-discounted `scope: aggregate` claims, in input order; never added to any total (DESIGN §2.1). */
  aggregates: ClaimRecord[];
}

/** Splits claims by layer and sums each layer's own incidents (DESIGN §2.4). */
export function layeredTotals(claims: readonly ClaimRecord[]): LayeredTotals {
  const byLayer: Record<Layer, ClaimRecord[]> = { headline: [], claimed: [], weak: [], contested: [], unassessed: [] };
  const aggregates: ClaimRecord[] = [];
  for (const claim of claims) {
    const layer = layerOf(claim);
    if (layer === null) continue;
    if (claim.scope === 'aggregate') aggregates.push(claim);
    else byLayer[layer].push(claim);
  }
  // Each layer forms its incidents from its own claims only, so a perpetrator's "over 50"
  // cannot widen the range of the same incident in the headline.
  const incidents = Object.fromEntries(Object.entries(byLayer).map(([layer, list]) => [layer, groupIncidents(list)])) as Record<Layer, Incident[]>;
  const total = (layer: Layer) => totalOf(incidents[layer]);
  return {
    headline: total('headline'),
    layers: { claimed: total('claimed'), weak: total('weak'), contested: total('contested'), unassessed: total('unassessed') },
    incidents,
    aggregates,
  };
}
