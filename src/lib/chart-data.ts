// Turns claims into the data each chart draws. Every figure comes from the claims
// arithmetic (src/lib/claims); the charts only lay it out.
import { LAYER_LABELS, LAYERS } from '../charts/labels.ts';
import type { Bar, Cell, Layer, MapPoint, MonthLayers, NetworkLink, NetworkNode, PeriodSpan, Range } from '../charts/types.ts';
import { binByMonth, groupIncidents, layerOf, totalOf, type ClaimRecord, type Total } from './claims/index.ts';
import type { CoMention } from './co-mentions.ts';
import { indexBy } from './index-by.ts';

/** A total's range for a chart, marked unknown when incidents were counted but none gave a number. */
const rangeOf = (total: Total): Range => (total.incidents > 0 && total.numbered === 0 ? { ...total.range, unknown: true } : total.range);

const cell = (total: Total | undefined): Cell => ({
  range: total ? rangeOf(total) : { low: 0, high: 0 },
  incidents: total?.incidents ?? 0,
  numbered: total?.numbered ?? 0,
  claimIds: total?.claimIds ?? [],
});

/** A single claim's figure as a chart range. */
const claimRange = ({ killed }: ClaimRecord): Range => (killed.min === null ? { low: 0, high: 0, unknown: true } : { low: killed.min, high: killed.max, ...(killed.approximate && { approximate: true }) });

/**
 * Claimed killed by month, one range per grade layer, on one contiguous axis; incidents
 * dated only to a year or a period are counted in `unbinned` and never drawn by month;
 * period totals (scope: aggregate) become spans naming their claimant, never added.
 */
export function monthlyLayers(claims: readonly ClaimRecord[], claimantOf: (id: string) => string = (id) => id): { months: MonthLayers[]; unbinned: number; spans: PeriodSpan[] } {
  const counted = claims.filter((c) => layerOf(c) !== null);
  const axis = binByMonth(groupIncidents(counted));
  const byLayer = indexBy(counted, (c) => [layerOf(c)!]);
  const totals = new Map(
    LAYERS.map((layer) => [layer, new Map(binByMonth(groupIncidents(byLayer.get(layer) ?? [])).months.map((m) => [m.month, m.total]))]),
  );
  const spans = counted
    .filter((c) => c.scope === 'aggregate')
    .map((c): PeriodSpan => ({ id: c.id, claimant: claimantOf(c.claimant), from: c.date.start, to: c.date.end, range: claimRange(c), phrase: c.killed.text, layer: layerOf(c)! }))
    .sort((a, b) => (a.from === b.from ? (a.id < b.id ? -1 : 1) : a.from < b.from ? -1 : 1));
  return {
    months: axis.months.map(({ month }) => ({
      month,
      layers: Object.fromEntries(LAYERS.map((layer) => [layer, cell(totals.get(layer)!.get(month))])) as MonthLayers['layers'],
    })),
    unbinned: axis.unbinned.length,
    spans,
  };
}

/**
 * Killed by each perpetrator as incident ranges, one bar per grade layer: the headline
 * bar counts confirmed and fair figures, and a perpetrator's boasts, weak and contested
 * figures get bars of their own, labelled, never merged into it. An incident with several
 * perpetrators is counted under each, and the bar says so (`shared`).
 */
export function perpetratorBars(claims: readonly ClaimRecord[], labelOf: (id: string) => string, hrefOf: (id: string) => string, colorOf: (id: string) => string | undefined): Bar[] {
  const incidentClaims = claims.filter((c) => layerOf(c) !== null && c.scope === 'incident');
  const byPerpetrator = indexBy(incidentClaims, (c) => c.perpetrators);
  // How many perpetrators each incident of each layer is drawn under, by the arithmetic's own incidents.
  const perpetratorsOf = new Map(
    [...indexBy(incidentClaims, (c) => [layerOf(c)!])].flatMap(([layer, list]) => groupIncidents(list).map((i) => [`${layer}/${i.id}`, i.perpetrators.length] as const)),
  );
  return [...byPerpetrator].flatMap(([id, list]) => {
    const byLayer = indexBy(list, (c) => [layerOf(c)!]);
    const color = colorOf(id);
    return LAYERS.filter((layer) => byLayer.has(layer)).map((layer): Bar => {
      const incidents = groupIncidents(byLayer.get(layer)!);
      const total = totalOf(incidents);
      const shared = incidents.filter((i) => (perpetratorsOf.get(`${layer}/${i.id}`) ?? 0) > 1).length;
      const label = layer === 'headline' ? labelOf(id) : `${labelOf(id)}: ${LAYER_LABELS[layer].toLowerCase()}`;
      return {
        key: `${id}/${layer}`,
        label,
        layer,
        range: rangeOf(total),
        incidents: total.incidents,
        numbered: total.numbered,
        ...(shared > 0 && { shared }),
        href: hrefOf(id),
        ...(color && { color }),
      };
    });
  });
}

/**
 * Incidents at each region's coordinates: the circle by the headline figure (confirmed and
 * fair), the other layers as rings, unknown where no claim gave a number; a region known
 * only as a country is marked so, as it sits at the country's centroid.
 */
export function regionPoints(
  claims: readonly ClaimRecord[],
  regions: ReadonlyMap<string, { name: string; lat: number; lon: number; level?: string }>,
  hrefOf: (id: string) => string,
): MapPoint[] {
  const counted = claims.filter((c) => layerOf(c) !== null && c.scope === 'incident');
  const byLayer = indexBy(counted, (c) => [layerOf(c)!]);
  const layerTotals = new Map(LAYERS.map((layer) => [layer, indexBy(groupIncidents(byLayer.get(layer) ?? []), (i) => [i.region])]));
  return [...indexBy(groupIncidents(counted), (i) => [i.region])].flatMap(([id, list]): MapPoint[] => {
    const region = regions.get(id);
    if (!region) return [];
    const figure = (layer: Layer) => {
      const incidents = layerTotals.get(layer)!.get(id);
      return incidents ? rangeOf(totalOf(incidents)) : undefined;
    };
    const layers = Object.fromEntries(SIDE_LAYERS.flatMap((layer) => {
      const r = figure(layer);
      return r ? [[layer, r]] : [];
    }));
    return [{
      id,
      label: region.name,
      lat: region.lat,
      lon: region.lon,
      incidents: list.length,
      ...(list.some((i) => i.range === null) && { silent: list.filter((i) => i.range === null).length }),
      range: figure('headline') ?? { low: 0, high: 0, unknown: true },
      ...(Object.keys(layers).length > 0 && { layers }),
      ...(region.level === 'country' && { precision: 'country' as const }),
      href: hrefOf(id),
    }];
  }).sort((a, b) => b.incidents - a.incidents || a.id.localeCompare(b.id));
}

const SIDE_LAYERS = LAYERS.filter((layer): layer is Exclude<Layer, 'headline'> => layer !== 'headline');

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

/** When a brief's charts are frozen: its data cutoff (or date) and its own slug. */
export interface AsOf {
  /** `YYYY-MM-DD`, or an instant whose day counts. */
  cutoff: string;
  /** The brief whose charts these are: its own claims are always in. */
  brief: string;
}

/**
 * The claims the site held as of a brief's cutoff (DESIGN §2.9): those reported in briefs
 * published on or before the cutoff's day, and the brief's own; nothing published later.
 */
export function claimsAsOf(claims: readonly ClaimRecord[], asOf: AsOf): ClaimRecord[] {
  const day = asOf.cutoff.slice(0, 10);
  return claims.filter((c) => c.brief === asOf.brief || c.briefDate <= day);
}
