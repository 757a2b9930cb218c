import { groupIncidents } from './group-incidents.ts';
import { LAYER_ORDER } from './layer-names.ts';
import { layerOf } from './layer-of.ts';
import type { ClaimRecord, Incident, Layer, Range } from './types.ts';

/** An incident's figure in one layer: the range of that layer's claims only. */
export interface LayerRange {
  layer: Layer;
  /** `null` when none of the layer's claims gives a number. */
  range: Range | null;
  /** The layer's claims, in the incident's order. */
  claims: ClaimRecord[];
}

/**
 * An incident's range in each layer that holds one of its claims (DESIGN §2.2, §2.4). The
 * first entry is the incident's own layer, the one it is counted in: the most trusted layer
 * whose claims give a figure, else the most trusted one holding a claim; the others follow
 * in layer order. Discounted claims are in none.
 */
export function incidentLayers(incident: Pick<Incident, 'counted'>): LayerRange[] {
  const byLayer = new Map<Layer, ClaimRecord[]>();
  for (const claim of incident.counted) {
    const layer = layerOf(claim)!;
    const list = byLayer.get(layer);
    if (list) list.push(claim);
    else byLayer.set(layer, [claim]);
  }
  const layers = LAYER_ORDER.filter((layer) => byLayer.has(layer)).map((layer) => {
    const claims = byLayer.get(layer)!;
    // The same rule as any incident's range, applied to this layer's claims alone.
    const [one] = groupIncidents(claims.map((c) => ({ ...c, incident: 'one' })));
    return { layer, range: one?.range ?? null, claims };
  });
  const own = layers.findIndex((l) => l.range !== null);
  return own > 0 ? [layers[own]!, ...layers.slice(0, own), ...layers.slice(own + 1)] : layers;
}
