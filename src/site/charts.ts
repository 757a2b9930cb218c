// What each chart on a page draws: the claims it covers, turned into chart data by
// src/charts/chart-data.ts, and the "Source:" line naming who made the figures.
import { claimYear, type ClaimRecord } from '../lib/claims/index.ts';
import { claimsAsOf, mentionNetwork, monthlyIncidents, monthlyLayers, perpetratorBars, regionPoints, type AsOf, type ChartNames, type IncidentsHref } from '../charts/chart-data.ts';
import { formatCutoff } from '../lib/dates/format-date.ts';
import { paths } from './paths.ts';
import { claimHref, names, type Site } from './site.ts';

/** The chart types a page or a brief's `::chart` can ask for. */
export type ChartType = 'fatalities-by-month' | 'claims-by-perpetrator' | 'region-map' | 'actor-network' | 'sparkline';

/** Which claims a chart covers: the given ones, an actor's as perpetrator, a region's, or all; in a brief, as of its cutoff. */
export interface ChartScope {
  claims?: readonly ClaimRecord[] | undefined;
  actor?: string | undefined;
  region?: string | undefined;
  /** A brief's chart: frozen at its data cutoff (or date), so what a reader cites does not change. */
  asOf?: AsOf | undefined;
}

function claimsIn(site: Site, { claims, actor, region, asOf }: ChartScope): readonly ClaimRecord[] {
  if (claims) return asOf ? claimsAsOf(claims, asOf) : claims;
  const byActor = actor ? new Set(site.claimsAsPerpetrator.get(actor) ?? []) : undefined;
  const byRegion = region ? site.claimsByRegion.get(region) ?? [] : site.claims;
  const scoped = byActor ? byRegion.filter((c) => byActor.has(c)) : byRegion;
  return asOf ? claimsAsOf(scoped, asOf) : scoped;
}

/**
 * Where a chart's number links (DESIGN §2.5): one incident's page, or the table of a year's
 * incidents in that layer (a month's cell), or a perpetrator's incidents in that layer.
 */
const incidentsHref: IncidentsHref = (incidents, layer, perpetrator) => {
  if (incidents.length === 1) return paths.incident(incidents[0]!.id);
  if (perpetrator) return `${paths.actor(perpetrator)}#perpetrator-incidents-${layer}`;
  const year = claimYear(incidents[0]!);
  return `${paths.claimsPage(year)}#totals-${year}-${layer}`;
};

/** How the charts name actors, regions and claimants, and where their numbers link. */
const chartNames = (site: Site): ChartNames => {
  const name = names(site);
  return { claimant: name.claimant, actor: name.actor, region: name.region, incidents: incidentsHref, claim: (c) => claimHref(site, c) };
};

/** The note under a frozen chart: when its data stops, and where the latest figures are. */
export function frozenNote(site: Site, scope: ChartScope): { text: string; link: { href: string; text: string } } | undefined {
  if (!scope.asOf) return undefined;
  const name = names(site);
  const link = scope.actor
    ? { href: paths.actor(scope.actor), text: `The latest figures are on the ${name.actor(scope.actor)} page.` }
    : scope.region
      ? { href: paths.region(scope.region), text: `The latest figures are on the ${name.region(scope.region)} page.` }
      : { href: paths.claims(), text: 'The latest figures are on the claims page.' };
  return { text: `Data as of ${formatCutoff(scope.asOf.cutoff)}, when this brief was written; claims reported later are not drawn.`, link };
}

/** "Claims recorded in the briefs, from al-Naba, Human Rights Watch …": who made the figures drawn. */
function sourceLine(site: Site, claims: readonly ClaimRecord[]): string {
  const publishers = [...new Set(claims.flatMap((c) => c.sources).map((id) => site.sources.get(id)?.data.publisher ?? id))].sort();
  return publishers.length === 0 ? 'Casualty claims recorded in the briefs.' : `Casualty claims recorded in the briefs, as reported by ${publishers.join(', ')}.`;
}

/** The data and source line of one chart. */
export function chartInput(site: Site, type: ChartType, scope: ChartScope, locate?: string) {
  const claims = claimsIn(site, scope);
  const name = names(site);
  const source = sourceLine(site, claims);
  switch (type) {
    case 'fatalities-by-month':
      return { type, source, ...monthlyLayers(claims, chartNames(site)) };
    case 'claims-by-perpetrator':
      return { type, source, data: perpetratorBars(claims, name.actor, paths.actor, (id) => site.actorColors.get(id), incidentsHref) };
    case 'region-map': {
      const place = locate ? site.regions.get(locate)?.data : undefined;
      return {
        type,
        source: `${claims.length > 0 ? source : 'Region coordinates from the site\'s region records.'} Country outlines: Natural Earth.`,
        data: regionPoints(claims, site.regionData, paths.region),
        locator: place && { label: place.name, lat: place.lat, lon: place.lon, ...(place.level === 'country' && { country: true }) },
      };
    }
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
