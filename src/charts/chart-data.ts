// Turns claims into the data each chart draws. Every figure comes from the claims
// arithmetic (src/lib/claims); the charts only lay it out.
import { LAYER_NAMES, LAYERS } from './labels.ts';
import { andList, byWords } from '../lib/format/names.ts';
import type { Bar, Cell, Layer, MapPoint, MonthLayers, NetworkLink, NetworkNode, PeriodSpan, Range } from './types.ts';
import { binByMonth, groupIncidents, layerOf, partitionIncidents, speaksOfKilled, totalOf, type ClaimRecord, type Incident, type Total } from '../lib/claims/index.ts';
import type { CoMention } from '../lib/graph/co-mentions.ts';
import { indexBy } from '../lib/collections/index-by.ts';

/** A total's range for a chart, marked unknown when incidents were counted but none gave a number. */
const rangeOf = (total: Total): Range => (total.incidents > 0 && total.numbered === 0 ? { ...total.range, unknown: true } : total.range);

/** Where a chart's number links: the page listing the incidents it counts (DESIGN §2.5). */
export type IncidentsHref = (incidents: readonly Incident[], layer: Layer, perpetrator?: string) => string;

const cell = (incidents: readonly Incident[], layer: Layer, hrefOf: IncidentsHref | undefined): Cell => {
  const total = totalOf(incidents);
  return {
    range: incidents.length > 0 ? rangeOf(total) : { low: 0, high: 0 },
    incidents: total.incidents,
    numbered: total.numbered,
    claimIds: total.claimIds,
    ...(hrefOf && incidents.length > 0 && { href: hrefOf(incidents, layer) }),
  };
};

/** A single claim's figure as a chart range. */
const claimRange = ({ killed }: ClaimRecord): Range => (!killed || killed.min === null ? { low: 0, high: 0, unknown: true } : { low: killed.min, high: killed.max, ...(killed.approximate && { approximate: true }) });

/** How a chart names actors, regions and claimants, and where its numbers link. */
export interface ChartNames {
  /** Who gives a period total, named as everywhere: an actor's short name, a source's author ("ACLED"). */
  claimant: (id: string) => string;
  actor: (id: string) => string;
  region: (id: string) => string;
  /** The listing of some incidents of one layer. */
  incidents?: IncidentsHref;
  /** A claim's row, which a period total links to. */
  claim?: (claim: ClaimRecord) => string;
}

const plain: ChartNames = { claimant: (id) => id, actor: (id) => id, region: (id) => id };

/** Who a period total counts, in words: "civilians", "people" when the claim does not say, "MINUSMA peacekeepers". */
export function victimsWords(victims: ClaimRecord['victims'], actor: (id: string) => string): string {
  const kind = victims.category === 'unknown' || victims.category === 'mixed' ? 'people' : victims.category;
  return victims.actors.length > 0 ? `${andList(victims.actors.map(actor))} ${kind}` : kind;
}

/** A period total for a chart: its figure with who counted it, who killed whom, where and when (DESIGN §2.12). */
function periodSpan(c: ClaimRecord, names: ChartNames): PeriodSpan {
  return {
    id: c.id,
    claimant: names.claimant(c.claimant),
    from: c.date.start,
    to: c.date.end,
    range: claimRange(c),
    ...(c.killed && { phrase: c.killed.text }),
    layer: layerOf(c)!,
    victims: victimsWords(c.victims, names.actor),
    perpetrators: byWords(c.perpetrators.map(names.actor)),
    region: names.region(c.region),
    ...(names.claim && { href: names.claim(c) }),
  };
}

/** The period totals among some claims, by start then id: never added to anything. */
function periodTotals(claims: readonly ClaimRecord[], names: ChartNames): PeriodSpan[] {
  return claims
    .filter((c) => c.scope === 'aggregate' && speaksOfKilled(c) && layerOf(c) !== null)
    .map((c) => periodSpan(c, names))
    .sort((a, b) => (a.from === b.from ? (a.id < b.id ? -1 : 1) : a.from < b.from ? -1 : 1));
}

/**
 * Claimed killed by month, each incident in its one layer (DESIGN §2.4), on one contiguous
 * axis; incidents dated only to a year or a period are counted in `unbinned` and never
 * drawn by month; period totals (scope: aggregate) become spans naming who counted whom,
 * never added.
 */
export function monthlyLayers(claims: readonly ClaimRecord[], names: ChartNames = plain): { months: MonthLayers[]; unbinned: number; spans: PeriodSpan[] } {
  const partition = partitionIncidents(claims);
  const axis = binByMonth(LAYERS.flatMap((layer) => partition[layer]));
  const byMonth = new Map(LAYERS.map((layer) => [layer, indexBy(partition[layer], (i) => (i.date.precision === 'day' || i.date.precision === 'month' ? [i.date.start.slice(0, 7)] : []))]));
  return {
    months: axis.months.map(({ month }) => ({
      month,
      layers: Object.fromEntries(LAYERS.map((layer) => [layer, cell(byMonth.get(layer)!.get(month) ?? [], layer, names.incidents)])) as MonthLayers['layers'],
    })),
    unbinned: axis.unbinned.length,
    spans: periodTotals(claims, names),
  };
}

/**
 * Killed by each perpetrator, each incident in its one layer: the headline bar counts
 * incidents that confirmed or fair figures give, and a perpetrator's boasts, weak and
 * contested figures are bars of their own, labelled, for the incidents no more trusted
 * claim gives a figure. An incident with several perpetrators is counted under each, and
 * the bar says so (`shared`).
 */
export function perpetratorBars(claims: readonly ClaimRecord[], labelOf: (id: string) => string, hrefOf: (id: string) => string, colorOf: (id: string) => string | undefined, incidentsHref?: IncidentsHref): Bar[] {
  const partition = partitionIncidents(claims);
  const byPerpetrator = new Map<string, Map<Layer, Incident[]>>();
  for (const layer of LAYERS) {
    for (const incident of partition[layer]) {
      for (const id of incident.perpetrators) {
        const layers = byPerpetrator.get(id) ?? byPerpetrator.set(id, new Map()).get(id)!;
        const list = layers.get(layer);
        if (list) list.push(incident);
        else layers.set(layer, [incident]);
      }
    }
  }
  return [...byPerpetrator].flatMap(([id, byLayer]) => {
    const color = colorOf(id);
    return LAYERS.filter((layer) => byLayer.has(layer)).map((layer): Bar => {
      const incidents = byLayer.get(layer)!;
      const total = totalOf(incidents);
      const shared = incidents.filter((i) => i.perpetrators.length > 1).length;
      const label = layer === 'headline' ? labelOf(id) : `${labelOf(id)}: ${LAYER_NAMES[layer].name.toLowerCase()}`;
      return {
        key: `${id}/${layer}`,
        label,
        layer,
        range: rangeOf(total),
        incidents: total.incidents,
        numbered: total.numbered,
        ...(shared > 0 && { shared }),
        href: hrefOf(id),
        ...(incidentsHref && { incidentsHref: incidentsHref(incidents, layer, id) }),
        ...(color && { color }),
      };
    });
  });
}

/**
 * Incidents at each region's coordinates, each in its one layer: the circle by the headline
 * incidents' figure, the other layers' incidents as rings, and incidents that give no
 * figure counted beside, never sized; a region known only as a country is marked so, as it
 * sits at the country's centroid.
 */
export function regionPoints(
  claims: readonly ClaimRecord[],
  regions: ReadonlyMap<string, { name: string; lat: number; lon: number; level?: string }>,
  hrefOf: (id: string) => string,
): MapPoint[] {
  const partition = partitionIncidents(claims);
  const byLayer = new Map(LAYERS.map((layer) => [layer, indexBy(partition[layer], (i) => [i.region])]));
  const all = LAYERS.flatMap((layer) => partition[layer]);
  return [...indexBy(all, (i) => [i.region])].flatMap(([id, list]): MapPoint[] => {
    const region = regions.get(id);
    if (!region) return [];
    const figure = (layer: Layer) => {
      const incidents = byLayer.get(layer)!.get(id)?.filter((i) => i.range !== null);
      return incidents && incidents.length > 0 ? totalOf(incidents).range : undefined;
    };
    const layers = Object.fromEntries(SIDE_LAYERS.flatMap((layer) => {
      const r = figure(layer);
      return r ? [[layer, r]] : [];
    }));
    const silent = list.filter((i) => i.range === null).length;
    return [{
      id,
      label: region.name,
      lat: region.lat,
      lon: region.lon,
      incidents: list.length,
      ...(silent > 0 && { silent }),
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
  const bins = binByMonth(groupIncidents(claims.filter((c) => layerOf(c) !== null && speaksOfKilled(c))));
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
