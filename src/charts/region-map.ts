import { geoBounds, geoMercator, geoPath, scaleSqrt } from 'd3';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { chartIds, round1, type ChartIds, type DataTable, type EmptyState } from './geometry.ts';
import { incidentsLabel, incidentsNote, LAYER_NAMES, LAYERS, rangeLabel } from './labels.ts';
import { placeLabels, spotsAround, textWidth, type Box } from './place-labels.ts';
import { largestSupported, UNKNOWN_SIZE } from './range-mark.ts';
import type { Layer, MapPoint, Range } from './types.ts';

/** Options of the regional map. */
export interface RegionMapOptions {
  /** Unique on the page: prefixes the ids of the title and description. */
  id: string;
  width?: number;
  /** Height of the map itself; the key below adds to it. */
  height?: number;
  /** Radius of the circle of the largest figure a claim supports. */
  maxRadius?: number;
  /** Size of every text, in viewBox pixels (at least 12). */
  fontSize?: number;
  /** A place to show when there are no claims: the map becomes its locator. */
  /** `country`: the place is a whole country, so the map shows more around it. */
  locator?: { label: string; lat: number; lon: number; country?: boolean } | undefined;
}

type SideLayer = Exclude<Layer, 'headline'>;
const SIDE: readonly SideLayer[] = LAYERS.filter((l): l is SideLayer => l !== 'headline');

/** A country outline, clipped to the map, and its name where there is room. */
export interface CountryShape {
  name: string;
  d: string;
  /** The country a locator map points at (a country's own page): shaded, its name not repeated. */
  here?: boolean;
}

/** A country's name on the map. */
export interface CountryLabel { x: number; y: number; text: string }

/** A region: a circle by its headline figure, rings for the other layers, or a hollow box for no figure. */
export interface RegionCircle {
  id: string;
  href: string;
  cx: number;
  cy: number;
  /** Radius of the headline figure's low end; 0 when the headline gives no figure. */
  r: number;
  /** Radius of the headline's closed high end, drawn lighter; null when none. */
  rHigh: number | null;
  /** One ring per other layer with a figure, by the largest figure it supports. */
  rings: { layer: SideLayer; r: number }[];
  /** No layer gave a number here: a hollow box, never a circle of zero. */
  unknown: boolean;
  /** The headline figure is exactly zero: a dot, unlike the hollow box of no figure. */
  zero: boolean;
  /** Known only to the country: drawn at its centroid, outlined dashed, and noted. */
  atCountry: boolean;
  label: { x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end' } | null;
  /** A line from the circle to a label placed away from it; null when the label sits beside it. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
  title: string;
}

/** One entry of the key under the map. */
export interface MapKey {
  kind: 'size' | 'headline' | SideLayer | 'unknown' | 'country';
  /** The swatch's centre and, for a size, its radius. */
  cx: number;
  cy: number;
  r: number;
  text: { x: number; y: number; label: string };
}

/** Everything the component draws. */
export interface RegionMapGeometry {
  ids: ChartIds;
  width: number;
  height: number;
  fontSize: number;
  empty: EmptyState | null;
  /** The map's frame (the key lies below it). */
  frame: { width: number; height: number };
  countries: CountryShape[];
  countryLabels: CountryLabel[];
  circles: RegionCircle[];
  locator: { cx: number; cy: number; label: { x: number; y: number; text: string } } | null;
  key: MapKey[];
  /** Said under the map when a claim sits at a country's centroid; null otherwise. */
  centroidNote: string | null;
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
/** A country as one projection draws it: its outline, area and centroid in viewBox pixels. */
type Outline = { name: string; d: string | null; area: number; x: number; y: number };
const outlineCache = new Map<string, readonly Outline[]>();
/** The outlines of the countries in a frame, drawn once per projection (the key) and process. */
function countryOutlines(key: string, draw: () => Outline[]): readonly Outline[] {
  let outlines = outlineCache.get(key);
  if (!outlines) {
    // A bound on memory for a long-running dev server: the oldest drawings go first.
    if (outlineCache.size >= 2000) outlineCache.delete(outlineCache.keys().next().value!);
    outlines = draw();
    outlineCache.set(key, outlines);
  }
  return outlines;
}
/** Whether a country's bounds may meet the frame; those across the antimeridian always may. */
const mayMeet = ({ bounds: [[w, s], [e, n]] }: Country, [[west, south], [east, north]]: [[number, number], [number, number]]) =>
  w > e || (w <= east && e >= west && s <= north && n >= south);

/** Largest supported figure first (unknowns last), then by incidents and name. */
const reach = (p: MapPoint) => largestSupported([p.range, ...Object.values(p.layers ?? {})]);
const byFigure = (a: MapPoint, b: MapPoint) => reach(b) - reach(a) || b.incidents - a.incidents || a.label.localeCompare(b.label, 'en') || a.id.localeCompare(b.id, 'en');

/** A point's incidents, and how many of them give a number. */
const counts = (p: MapPoint) => ({ incidents: p.incidents, numbered: p.incidents - (p.silent ?? 0) });

/** What a region's label and title say of its figures: "320+", "claimed 51+", "no figure". */
function figureText(p: MapPoint): string {
  if (!p.range.unknown) return rangeLabel(p.range);
  const side = SIDE.find((layer) => p.layers?.[layer] && !p.layers[layer]!.unknown);
  return side ? `${LAYER_NAMES[side].short.toLowerCase()} ${rangeLabel(p.layers![side]!)}` : 'no figure';
}

/**
 * Country outlines and names around the regions; a circle per region whose area is its
 * headline figure, rings for the other layers, a hollow box where no claim gave a number;
 * labels placed so they do not collide. With no claims, a locator of one place.
 */
export function regionMap(data: readonly MapPoint[], options: RegionMapOptions): RegionMapGeometry {
  const { width = 640, height = 420, maxRadius = 24, fontSize: font = 12, locator } = options;
  const ids = chartIds(options.id);
  const sorted = [...data].sort(byFigure);
  const located = sorted.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
  const usedSide = SIDE.filter((layer) => sorted.some((p) => p.layers?.[layer]));
  const table: DataTable = {
    caption: 'Incidents and claimed killed by region',
    columns: ['Region', 'Incidents', LAYER_NAMES.headline.name, ...usedSide.map((l) => LAYER_NAMES[l].name)],
    numeric: [1, 2, ...usedSide.map((_, i) => i + 3)],
    rows: sorted.map((p) => ({
      header: { text: p.precision === 'country' ? `${p.label} (country only)` : p.label, href: p.href },
      // Each number links to the incidents it counts, listed by layer on the region's page.
      cells: [
        { text: p.silent ? `${p.incidents} (${p.silent} ${p.silent === 1 ? 'gives' : 'give'} no figure)` : String(p.incidents), href: `${p.href}#claims-heading` },
        { text: rangeLabel(p.range), href: p.range.unknown ? `${p.href}#claims-heading` : `${p.href}#region-incidents-headline` },
        ...usedSide.map((l) => (p.layers?.[l] ? { text: rangeLabel(p.layers[l]!), href: `${p.href}#region-incidents-${l}` } : { text: '—' })),
      ],
    })),
  };
  const base = { ids, width, fontSize: font, frame: { width, height }, table };
  if (located.length === 0 && !locator) {
    const text = 'No located regions to map.';
    return { ...base, height, empty: { text, x: round1(width / 2), y: round1(height / 2) }, countries: [], countryLabels: [], circles: [], locator: null, key: [], centroidNote: null, desc: text };
  }

  // 1. Fit a Mercator projection to the points' extent, padded so that a lone point or a
  //    tight cluster still shows the countries around it.
  const spots = located.length > 0 ? located : [locator!];
  const lons = spots.map((p) => p.lon);
  const lats = spots.map((p) => Math.max(-80, Math.min(80, p.lat)));
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const pad = Math.max(located.length > 0 ? 2 : locator?.country ? 10 : 5, 0.2 * Math.max(east - west, north - south));
  const corners = { type: 'MultiPoint' as const, coordinates: [[west - pad, Math.max(-80, south - pad)], [east + pad, Math.min(80, north + pad)]] };
  const inset = maxRadius + 4;
  const projection = geoMercator().fitExtent([[inset, inset], [width - inset, height - inset]], corners);
  projection.clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);
  const project = (lon: number, lat: number) => projection([lon, lat]) ?? [0, 0];

  // 2. Country outlines; those wholly outside the frame draw nothing and are left out
  //    (most without projecting them, by their bounds).
  //    The outlines depend only on the projection, so many maps of the same place (the
  //    locator maps of a region's incidents) share one drawing of them.
  const outlines = countryOutlines(JSON.stringify([corners.coordinates, width, height, inset]), () => {
    const [west0 = -180, north0 = 90] = projection.invert?.([0, 0]) ?? [];
    const [east0 = 180, south0 = -90] = projection.invert?.([width, height]) ?? [];
    const frame: [[number, number], [number, number]] = [[west0, south0], [east0, north0]];
    return countries().filter((c) => mayMeet(c, frame)).map((country) => {
      const [x, y] = path.centroid(country.feature);
      return { name: country.feature.properties.name, d: path(country.feature), area: path.area(country.feature), x, y };
    });
  });
  const here = located.length === 0 ? locator?.label : undefined;
  const shapes = outlines.flatMap(({ name, d }): CountryShape[] => (d ? [{ name, d, ...(name === here && { here: true }) }] : []));

  // 3. Circles: area by figure, on one scale up to the largest figure a claim supports.
  const most = largestSupported(located.flatMap((p) => [p.range, ...Object.values(p.layers ?? {})]));
  const r = scaleSqrt([0, Math.max(most, 1)], [0, maxRadius]);
  // The smallest circle is still wider than a "no figure" box, so unknown never looks larger than a figure.
  const radius = (v: number) => round1(Math.max(UNKNOWN_SIZE / 2 + 1, r(v)));
  const circles = located.map((p): RegionCircle => {
    const [cx, cy] = project(p.lon, p.lat);
    const known = !p.range.unknown && p.range.high !== 0;
    const rings = usedSide.flatMap((layer) => {
      const fig = p.layers?.[layer];
      return fig && !fig.unknown && (fig.high ?? fig.low) > 0 ? [{ layer, r: radius(fig.high ?? fig.low) }] : [];
    });
    const rHigh = known && p.range.high !== null && p.range.high > p.range.low ? radius(p.range.high) : null;
    const figures = [p.range, ...Object.values(p.layers ?? {})] as Range[];
    const unknown = figures.every((f) => f.unknown) || (!known && rings.length === 0 && p.range.unknown === true);
    const atCountry = p.precision === 'country';
    return {
      id: p.id,
      href: p.href,
      cx: round1(cx),
      cy: round1(cy),
      r: known ? radius(p.range.low) : 0,
      rHigh,
      rings,
      unknown,
      zero: !p.range.unknown && p.range.high === 0 && rings.length === 0,
      atCountry,
      label: null,
      leader: null,
      title: `${p.label}${atCountry ? ' (known only to the country, drawn at its centre)' : ''}: ${incidentsNote(counts(p))}; ${LAYER_NAMES.headline.name}: ${rangeLabel(p.range)}${usedSide.filter((l) => p.layers?.[l]).map((l) => `; ${LAYER_NAMES[l].name}: ${rangeLabel(p.layers![l]!)}`).join('')}`,
    };
  });

  // 4. Labels that do not collide: each region tries right, left, above, below its circle
  //    (largest figures first), then country names fill the room that is left.
  const outer = (c: RegionCircle) => Math.max(c.r, c.rHigh ?? 0, ...c.rings.map((g) => g.r), c.unknown || c.r === 0 ? UNKNOWN_SIZE / 2 + 1 : 0);
  const obstacles: Box[] = circles.map((c) => ({ x: c.cx - outer(c), y: c.cy - outer(c), width: 2 * outer(c), height: 2 * outer(c) }));
  const texts = located.map((p) => `${p.label}${p.precision === 'country' ? ' (country)' : ''} ${figureText(p)}`);
  // Beside the circle first; then further out, tied to it by a leader line.
  const candidates = circles.map((c, i) => spotsAround({ x: c.cx, y: c.cy, r: outer(c) }, textWidth(texts[i]!, font), font, [4, 4 + 2 * maxRadius]));
  const locatorSpot = located.length === 0 && locator ? project(locator.lon, locator.lat) : null;
  const locatorText = locator?.label ?? '';
  const locatorCandidates = locatorSpot ? spotsAround({ x: locatorSpot[0], y: locatorSpot[1], r: 6 }, textWidth(locatorText, font), font, [3]) : [];
  const countryCandidates = outlines.flatMap(({ name, area, x, y }) => {
    if (name === here) return [];
    const w = textWidth(name.toUpperCase(), font) * 1.3;
    if (!Number.isFinite(x) || !Number.isFinite(y) || area < (w * font * 3)) return [];
    // At the centroid, or a line or two above or below it when a region sits there.
    return [{ name, x, spots: [0, font + 6, -(font + 6), 2 * (font + 6), -2 * (font + 6)].map((dy) => ({ y: y + dy, box: { x: x - w / 2, y: y + dy - font / 2 - 2, width: w, height: font + 2 } })) }];
  });
  const all = [
    ...(locatorSpot ? [locatorCandidates.map((c) => c.box)] : []),
    ...candidates.map((list) => list.map((c) => c.box)),
    ...countryCandidates.map((c) => c.spots.map((s) => s.box)),
  ];
  const chosen = placeLabels(all, [...obstacles, ...(locatorSpot ? [{ x: locatorSpot[0] - 6, y: locatorSpot[1] - 6, width: 12, height: 12 }] : [])], { x: 2, y: 2, width: width - 4, height: height - 4 });
  let k = 0;
  let locatorLabel: { x: number; y: number; text: string } | null = null;
  if (locatorSpot) {
    const c = chosen[k++];
    const at = locatorCandidates[c ?? 0]!.at;
    locatorLabel = { x: round1(at.x), y: round1(at.y), text: locatorText };
  }
  circles.forEach((circle, i) => {
    const c = chosen[k++];
    if (c === null || c === undefined) return;
    const { at, far: leader, end } = candidates[i]![c]!;
    circle.label = { x: round1(at.x), y: round1(at.y), text: texts[i]!, anchor: at.anchor };
    if (leader) {
      // From the circle's edge towards the label.
      const [ex, ey] = end as [number, number];
      const len = Math.hypot(ex - circle.cx, ey - circle.cy) || 1;
      const r0 = Math.max(circle.r, UNKNOWN_SIZE / 2);
      circle.leader = { x1: round1(circle.cx + ((ex - circle.cx) * r0) / len), y1: round1(circle.cy + ((ey - circle.cy) * r0) / len), x2: round1(ex), y2: round1(ey) };
    }
  });
  const countryLabels = countryCandidates.flatMap((c) => {
    const i = chosen[k++];
    return i === null || i === undefined ? [] : [{ x: round1(c.x), y: round1(c.spots[i]!.y + font / 3), text: c.name }];
  });

  // 5. The key below the map: sizes (the largest figure and a quarter of it), then what
  //    each kind of mark means, wrapped into rows.
  const entries: { kind: MapKey['kind']; r: number; label: string }[] = [];
  if (located.length > 0) {
    if (most > 0) for (const v of [...new Set([most, Math.ceil(most / 4)])]) entries.push({ kind: 'size', r: radius(v), label: `${v.toLocaleString('en-GB')} killed` });
    if (circles.some((c) => c.r > 0)) entries.push({ kind: 'headline', r: 6, label: 'confirmed, fair' });
    for (const layer of usedSide) if (circles.some((c) => c.rings.some((g) => g.layer === layer))) entries.push({ kind: layer, r: 6, label: LAYER_NAMES[layer].name.toLowerCase() });
    if (circles.some((c) => c.unknown)) entries.push({ kind: 'unknown', r: 6, label: 'no figure given' });
    if (circles.some((c) => c.atCountry)) entries.push({ kind: 'country', r: 6, label: 'known only to the country' });
  }
  const { key, bottom: keyBottom } = keyRows(entries, width, height + 6, font);
  const totalHeight = Math.ceil(key.length > 0 ? keyBottom + 4 : height);

  const atCountry = located.filter((p) => p.precision === 'country');
  const centroidNote = atCountry.length === 0
    ? null
    : `${atCountry.map((p) => `${p.label} (${incidentsLabel(p.incidents)})`).join(', ')}: located only to the country, so ${atCountry.length === 1 && atCountry[0]!.incidents === 1 ? 'its claim is' : 'these claims are'} drawn at the country's centre, not where ${atCountry.length === 1 && atCountry[0]!.incidents === 1 ? 'it' : 'they'} happened.`;

  return {
    ...base,
    height: totalHeight,
    empty: null,
    countries: shapes,
    countryLabels,
    circles,
    locator: locatorSpot && locatorLabel ? { cx: round1(locatorSpot[0]), cy: round1(locatorSpot[1]), label: locatorLabel } : null,
    key,
    centroidNote,
    desc: located.length > 0 ? describe(sorted) : `Locator map: ${locatorText} and the countries around it. No casualty claims are recorded here.`,
  };
}

/** The key's entries wrapped into rows from `top` down, each row as tall as its largest swatch. */
function keyRows(entries: readonly { kind: MapKey['kind']; r: number; label: string }[], width: number, top: number, font: number): { key: MapKey[]; bottom: number } {
  const key: MapKey[] = [];
  const wOf = (e: (typeof entries)[number]) => 2 * Math.max(e.r, 6) + 6 + textWidth(e.label, font) + 16;
  let ky = top;
  for (let i = 0; i < entries.length; ) {
    const row: (typeof entries)[number][] = [];
    let kx = 8;
    while (i < entries.length && (row.length === 0 || kx + wOf(entries[i]!) <= width)) {
      row.push(entries[i]!);
      kx += wOf(entries[i]!);
      i++;
    }
    const rowHeight = Math.max(font + 8, ...row.map((e) => 2 * e.r + 6));
    kx = 8;
    for (const e of row) {
      const cx = kx + Math.max(e.r, 6);
      key.push({ kind: e.kind, cx: round1(cx), cy: round1(ky + rowHeight / 2), r: e.r, text: { x: round1(cx + Math.max(e.r, 6) + 6), y: round1(ky + rowHeight / 2 + font / 3), label: e.label } });
      kx += wOf(e);
    }
    ky += rowHeight;
  }
  return { key, bottom: ky };
}

/** The numbers in words, largest figure first. */
function describe(points: readonly MapPoint[]): string {
  const list = points.map((p) => `${p.label}${p.precision === 'country' ? ' (known only to the country)' : ''} ${incidentsNote(counts(p))}, ${figureText(p)}`).join('; ');
  return `Map of ${points.length === 1 ? 'one region' : `${points.length} regions`}, circle area by the confirmed and fair figure, rings for other layers, a hollow box where no claim gave a figure: ${list}.`;
}
