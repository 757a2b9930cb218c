import { geoBounds, geoMercator, geoPath, max, scaleSqrt } from 'd3';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { chartIds, round1, type ChartIds, type DataTable, type EmptyState } from './geometry.ts';
import { incidentsLabel, rangeLabel } from './labels.ts';
import type { MapPoint } from './types.ts';

/** Options of the regional map. */
export interface RegionMapOptions {
  /** Unique on the page: prefixes the ids of the title and description. */
  id: string;
  width?: number;
  height?: number;
  /** Radius of the circle of the region with the most incidents. */
  maxRadius?: number;
}

/** A country outline, clipped to the map. */
export interface CountryShape {
  name: string;
  d: string;
}

/** A region: a circle sized by its incidents, and its name. */
export interface RegionCircle {
  id: string;
  href: string;
  cx: number;
  cy: number;
  r: number;
  label: { x: number; y: number; text: string; anchor: 'start' | 'end' };
  title: string;
}

/** A reference circle in the size legend. */
export interface SizeKey {
  cx: number;
  cy: number;
  r: number;
  label: { x: number; y: number; text: string };
}

/** Everything the component draws. */
export interface RegionMapGeometry {
  ids: ChartIds;
  width: number;
  height: number;
  empty: EmptyState | null;
  countries: CountryShape[];
  circles: RegionCircle[];
  sizeKey: SizeKey[];
  desc: string;
  table: DataTable;
}

type CountryProperties = { name: string };
const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<CountryProperties> }>;
type Country = { feature: Feature<Polygon | MultiPolygon, CountryProperties>; bounds: [[number, number], [number, number]] };
let world: Country[] | undefined;
/** The countries as GeoJSON with their bounds, converted once per process. */
function countries(): Country[] {
  if (!world) {
    const collection = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
    world = collection.features.map((f) => ({ feature: f, bounds: geoBounds(f) }));
  }
  return world;
}
/** Whether a country's bounds may meet the frame; those across the antimeridian always may. */
const mayMeet = ({ bounds: [[w, s], [e, n]] }: Country, [[west, south], [east, north]]: [[number, number], [number, number]]) =>
  w > e || (w <= east && e >= west && s <= north && n >= south);

/** Most incidents first, then by name. */
const byIncidents = (a: MapPoint, b: MapPoint) => b.incidents - a.incidents || a.label.localeCompare(b.label, 'en') || a.id.localeCompare(b.id, 'en');

/** Country outlines around the regions, with a circle per region sized by its incidents. */
export function regionMap(data: readonly MapPoint[], options: RegionMapOptions): RegionMapGeometry {
  const { width = 640, height = 420, maxRadius = 24 } = options;
  const ids = chartIds(options.id);
  const sorted = [...data].sort(byIncidents);
  const located = sorted.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
  const table: DataTable = {
    caption: 'Incidents and claimed killed by region',
    columns: ['Region', 'Incidents', 'Killed (confirmed and fair figures)'],
    numeric: [1, 2],
    rows: sorted.map((p) => ({ header: { text: p.label, href: p.href }, cells: [{ text: String(p.incidents) }, { text: rangeLabel(p.range) }] })),
  };
  if (located.length === 0) {
    const text = 'No located regions to map.';
    const empty = { text, x: round1(width / 2), y: round1(height / 2) };
    return { ids, width, height, empty, countries: [], circles: [], sizeKey: [], desc: text, table };
  }

  // 1. Fit a Mercator projection to the points' extent, padded so that a lone point or a
  //    tight cluster still shows the countries around it.
  const lons = located.map((p) => p.lon);
  const lats = located.map((p) => Math.max(-80, Math.min(80, p.lat)));
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const pad = Math.max(2, 0.2 * Math.max(east - west, north - south));
  const corners = { type: 'MultiPoint' as const, coordinates: [[west - pad, Math.max(-80, south - pad)], [east + pad, Math.min(80, north + pad)]] };
  const inset = maxRadius + 4;
  const projection = geoMercator().fitExtent([[inset, inset], [width - inset, height - inset]], corners);
  projection.clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);

  // 2. Country outlines; those wholly outside the frame draw nothing and are left out
  //    (most without projecting them, by their bounds).
  const [west0 = -180, north0 = 90] = projection.invert?.([0, 0]) ?? [];
  const [east0 = 180, south0 = -90] = projection.invert?.([width, height]) ?? [];
  const frame: [[number, number], [number, number]] = [[west0, south0], [east0, north0]];
  const shapes = countries().flatMap((country) => {
    const d = mayMeet(country, frame) ? path(country.feature) : null;
    return d ? [{ name: country.feature.properties.name, d }] : [];
  });

  // 3. Circles, largest first so that smaller ones stay on top and clickable.
  const most = max(located, (p) => p.incidents) ?? 0;
  const r = scaleSqrt([0, Math.max(most, 1)], [0, maxRadius]);
  const radius = (n: number) => round1(Math.max(3, r(n)));
  const circles = located.map((p): RegionCircle => {
    const [cx = 0, cy = 0] = projection([p.lon, p.lat]) ?? [];
    const cr = radius(p.incidents);
    const left = cx > width * 0.7;
    return {
      id: p.id,
      href: p.href,
      cx: round1(cx),
      cy: round1(cy),
      r: cr,
      label: { x: round1(left ? cx - cr - 4 : cx + cr + 4), y: round1(cy + 4), text: p.label, anchor: left ? 'end' : 'start' },
      title: `${p.label}: ${incidentsLabel(p.incidents)}, ${rangeLabel(p.range)} killed (confirmed and fair figures)`,
    };
  });

  // 4. Size key in the lower left: the largest count and a quarter of it.
  const keys = [...new Set([most, Math.ceil(most / 4)])].filter((n) => n > 0);
  const sizeKey = keys.map((n) => {
    const kr = radius(n);
    const cy = height - 8 - kr;
    return { cx: round1(8 + maxRadius), cy: round1(cy), r: kr, label: { x: round1(14 + 2 * maxRadius), y: round1(cy - kr + 4), text: incidentsLabel(n) } };
  });

  return { ids, width, height, empty: null, countries: shapes, circles, sizeKey, desc: describe(sorted), table };
}

/** The numbers in words, most incidents first. */
function describe(points: readonly MapPoint[]): string {
  const list = points.map((p) => `${p.label} ${incidentsLabel(p.incidents)}, ${rangeLabel(p.range)} killed (confirmed and fair figures)`).join('; ');
  return `Map of ${points.length === 1 ? 'one region' : `${points.length} regions`}, circles sized by incidents: ${list}.`;
}
