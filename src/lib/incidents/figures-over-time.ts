import { groupIncidents, incidentLayers, type ClaimRecord, type Layer, type Range } from '../claims/index.ts';

/** An incident's figure as it stood once a brief had reported it. */
export interface FigureThen {
  brief: string;
  briefDate: string;
  /** The layer of the figure then; `null` when every claim so far was discounted. */
  layer: Layer | null;
  range: Range | null;
}

/**
 * How an incident's figure changed as briefs reported it: after each brief, oldest
 * first, the figure its claims so far give, by the same rule as today's figure.
 */
export function figuresOverTime(claimsOldestFirst: readonly ClaimRecord[]): FigureThen[] {
  const steps: FigureThen[] = [];
  claimsOldestFirst.forEach((claim, n) => {
    const next = claimsOldestFirst[n + 1];
    if (next && next.brief === claim.brief) return;
    // One incident of the claims reported so far, whatever ids they were written with.
    const [incident] = groupIncidents(claimsOldestFirst.slice(0, n + 1).map((c) => ({ ...c, incident: 'then', scope: 'incident' as const })));
    const [layer] = incident ? incidentLayers(incident) : [];
    steps.push({ brief: claim.brief, briefDate: claim.briefDate, layer: layer?.layer ?? null, range: layer?.range ?? null });
  });
  return steps;
}
