// What each chart on a page draws: the claims it covers, turned into chart data by
// src/lib/chart-data.ts, and the "Source:" line naming who made the figures.
import type { ClaimRecord } from '../lib/claims/index.ts';
import { mentionNetwork, monthlyIncidents, monthlyLayers, perpetratorBars, regionPoints } from '../lib/chart-data.ts';
import { paths } from './paths.ts';
import { names, type Site } from './site.ts';

/** The chart types a page or a brief's `::chart` can ask for. */
export type ChartType = 'fatalities-by-month' | 'claims-by-perpetrator' | 'region-map' | 'actor-network' | 'sparkline';

/** Which claims a chart covers: the given ones, an actor's as perpetrator, a region's, or all. */
export interface ChartScope {
  claims?: readonly ClaimRecord[] | undefined;
  actor?: string | undefined;
  region?: string | undefined;
}

function claimsIn(site: Site, { claims, actor, region }: ChartScope): readonly ClaimRecord[] {
  if (claims) return claims;
  const byActor = actor ? new Set(site.claimsAsPerpetrator.get(actor) ?? []) : undefined;
  const byRegion = region ? site.claimsByRegion.get(region) ?? [] : site.claims;
  return byActor ? byRegion.filter((c) => byActor.has(c)) : byRegion;
}

/** "Claims recorded in the briefs, from al-Naba, Human Rights Watch …": who made the figures drawn. */
function sourceLine(site: Site, claims: readonly ClaimRecord[]): string {
  const publishers = [...new Set(claims.flatMap((c) => c.sources).map((id) => site.sources.get(id)?.data.publisher ?? id))].sort();
  return publishers.length === 0 ? 'Casualty claims recorded in the briefs.' : `Casualty claims recorded in the briefs, as reported by ${publishers.join(', ')}.`;
}

/** The data and source line of one chart. */
export function chartInput(site: Site, type: ChartType, scope: ChartScope) {
  const claims = claimsIn(site, scope);
  const name = names(site);
  const source = sourceLine(site, claims);
  switch (type) {
    case 'fatalities-by-month':
      return { type, source, ...monthlyLayers(claims) };
    case 'claims-by-perpetrator':
      return { type, source, data: perpetratorBars(claims, name.actor, paths.actor, (id) => site.actorColors.get(id)) };
    case 'region-map':
      return { type, source: `${source} Country outlines: Natural Earth.`, data: regionPoints(claims, new Map([...site.regions].map(([id, r]) => [id, r.data])), paths.region) };
    case 'actor-network': {
      const around = scope.actor ? [scope.actor, ...(site.coMentions.get(scope.actor) ?? []).slice(0, 12).map((m) => m.actor)] : [...site.actors.keys()];
      return {
        type,
        source: 'Actors named together in the briefs.',
        data: mentionNetwork(around, (id) => site.briefsByActor.get(id)?.length ?? 0, site.coMentions, name.actor, paths.actor, (id) => site.actorColors.get(id)),
      };
    }
    case 'sparkline':
      return { type, source, values: monthlyIncidents(claims, site.monthAxis) };
  }
}

const TITLES: Record<ChartType, string> = {
  'fatalities-by-month': 'Claimed killed by month',
  'claims-by-perpetrator': 'Claimed killed by perpetrator',
  'region-map': 'Where the claims were made',
  'actor-network': 'Actors named together',
  sparkline: 'Claimed incidents by month',
};

/** The caption of a chart a brief embeds: "Claimed killed by month: Wagner, Mali". */
export function chartCaption(slot: { type: string; actor?: string | undefined; region?: string | undefined }, site: Site): string {
  const name = names(site);
  const scope = [slot.actor && name.actor(slot.actor), slot.region && name.region(slot.region)].filter(Boolean);
  return `${TITLES[slot.type as ChartType] ?? slot.type}${scope.length > 0 ? `: ${scope.join(', ')}` : ', all briefs'}`;
}
