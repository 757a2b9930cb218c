// Turns claims into the data each chart draws. Every figure comes from the claims
// arithmetic (src/lib/claims); the charts only lay it out.
import { LAYER_LABELS, LAYERS } from '../charts/labels.ts';
import type { Bar, MapPoint, MonthLayers, NetworkLink, NetworkNode } from '../charts/types.ts';
import { binByMonth, groupIncidents, layerOf, totalOf, type ClaimRecord, type Total } from './claims/index.ts';
import type { CoMention } from './co-mentions.ts';
import { indexBy } from './index-by.ts';

/** A total's range for a chart, marked unknown when incidents were counted but none gave a number. */
const rangeOf = (total: Total) => (total.incidents > 0 && total.numbered === 0 ? { ...total.range, unknown: true } : total.range);

const cell = (total: Total | undefined) => ({
  range: total ? rangeOf(total) : { low: 0, high: 0 },
  incidents: total?.incidents ?? 0,
  claimIds: total?.claimIds ?? [],
});

/**
 * Claimed killed by month, one range per grade layer, on one contiguous axis; incidents
 * dated only to a year or a period are counted in `unbinned` and never drawn by month.
 */
export function monthlyLayers(claims: readonly ClaimRecord[]): { months: MonthLayers[]; unbinned: number } {
  const counted = claims.filter((c) => layerOf(c) !== null);
  const axis = binByMonth(groupIncidents(counted));
  const byLayer = indexBy(counted, (c) => [layerOf(c)!]);
  const totals = new Map(
    LAYERS.map((layer) => [layer, new Map(binByMonth(groupIncidents(byLayer.get(layer) ?? [])).months.map((m) => [m.month, m.total]))]),
  );
  return {
    months: axis.months.map(({ month }) => ({
      month,
      layers: Object.fromEntries(LAYERS.map((layer) => [layer, cell(totals.get(layer)!.get(month))])) as MonthLayers['layers'],
    })),
    unbinned: axis.unbinned.length,
  };
}

/**
 * Killed by each perpetrator as incident ranges, one bar per grade layer: the headline
 * bar counts confirmed and fair figures, and a perpetrator's boasts, weak and contested
 * figures get bars of their own, labelled, never merged into it.
 */
export function perpetratorBars(claims: readonly ClaimRecord[], labelOf: (id: string) => string, hrefOf: (id: string) => string, colorOf: (id: string) => string | undefined): Bar[] {
  const byPerpetrator = indexBy(claims.filter((c) => layerOf(c) !== null), (c) => c.perpetrators);
  return [...byPerpetrator].flatMap(([id, list]) => {
    const byLayer = indexBy(list, (c) => [layerOf(c)!]);
    const color = colorOf(id);
    return LAYERS.filter((layer) => byLayer.has(layer)).map((layer) => {
      const total = totalOf(groupIncidents(byLayer.get(layer)!));
      const label = layer === 'headline' ? labelOf(id) : `${labelOf(id)}: ${LAYER_LABELS[layer].toLowerCase()}`;
      return { key: `${id}/${layer}`, label, range: rangeOf(total), incidents: total.incidents, href: hrefOf(id), ...(color && { color }) };
    });
  });
}

/** Incidents at each region's coordinates, with the killed their confirmed and fair figures give. */
export function regionPoints(
  claims: readonly ClaimRecord[],
  regions: ReadonlyMap<string, { name: string; lat: number; lon: number }>,
  hrefOf: (id: string) => string,
): MapPoint[] {
  const counted = claims.filter((c) => layerOf(c) !== null);
  const headline = indexBy(groupIncidents(counted.filter((c) => layerOf(c) === 'headline')), (i) => [i.region]);
  return [...indexBy(groupIncidents(counted), (i) => [i.region])].flatMap(([id, list]) => {
    const region = regions.get(id);
    if (!region) return [];
    const killed = totalOf(headline.get(id) ?? []);
    return [{ id, label: region.name, lat: region.lat, lon: region.lon, incidents: list.length, range: killed.range, href: hrefOf(id) }];
  }).sort((a, b) => b.incidents - a.incidents || a.id.localeCompare(b.id));
}

/** The co-mention network around the given actors: nodes sized by briefs, links weighted by shared briefs. */
export function mentionNetwork(
  actors: readonly string[],
  briefsOf: (id: string) => number,
  mentions: ReadonlyMap<string, readonly CoMention[]>,
  labelOf: (id: string) => string,
  hrefOf: (id: string) => string,
  colorOf: (id: string) => string | undefined,
): { nodes: NetworkNode[]; links: NetworkLink[] } {
  const ids = new Set(actors);
  const links: NetworkLink[] = [];
  for (const source of [...ids].sort()) {
    for (const m of mentions.get(source) ?? []) if (ids.has(m.actor) && source < m.actor) links.push({ source, target: m.actor, weight: m.briefs });
  }
  return {
    nodes: [...ids].sort().map((id) => {
      const color = colorOf(id);
      return { id, label: labelOf(id), briefs: briefsOf(id), href: hrefOf(id), ...(color && { color }) };
    }),
    links,
  };
}

/** Incidents per month on a given axis of `YYYY-MM` months, for a sparkline. */
export function monthlyIncidents(claims: readonly ClaimRecord[], axis: readonly string[]): number[] {
  const bins = binByMonth(groupIncidents(claims.filter((c) => layerOf(c) !== null)));
  const counts = new Map(bins.months.map((m) => [m.month, m.total.incidents]));
  return axis.map((month) => counts.get(month) ?? 0);
}
