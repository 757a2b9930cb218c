import { incidentLayers, type Incident } from '../claims/index.ts';

/** What the GeoJSON needs of a region. */
export interface GeoRegion {
  name: string;
  level: 'country' | 'admin1' | 'admin2' | 'place';
  lat: number;
  lon: number;
}

/** The properties of each Feature, as `/data/` describes them. */
export const GEOJSON_PROPERTIES = [
  { name: 'id, url', description: "The incident id and its page; the Feature's own id is the incident id too." },
  { name: 'date, date_precision, date_start, date_end', description: 'As in incidents.csv.' },
  { name: 'region, region_name', description: 'The region whose coordinates the point stands at.' },
  { name: 'location_precision', description: 'place, admin2, admin1 or country: how much the point says about where it happened.' },
  { name: 'location_note', description: 'The same in words, e.g. "Placed at the centre of the country; the location is known only to the country."' },
  { name: 'perpetrators', description: 'Actor ids, as a list.' },
  { name: 'layer, killed_min, killed_max', description: "The incident's figure in its own layer; killed_min is null when no claim gives a number, killed_max null when open-ended or unknown." },
  { name: 'killed_known', description: 'false when no claim gives a number: the incident counts, but not as zero.' },
  { name: 'claims', description: 'Every claim id about it.' },
];

/** How far the point can be trusted, by the level of the region it stands for. */
const PRECISION: Record<GeoRegion['level'], string> = {
  place: 'the centre of the place named',
  admin2: 'the centre of a second-level administrative region; the place within it is not given',
  admin1: 'the centre of a first-level administrative region; the place within it is not given',
  country: 'the centre of the country; the location is known only to the country',
};

/**
 * Every incident as an RFC 7946 Feature at its region's coordinates ([lon, lat], WGS 84),
 * saying how precise that point is; incidents whose region has no coordinates are left out.
 */
export function incidentsGeojson(incidents: readonly Incident[], regionOf: (id: string) => GeoRegion | undefined, url: (id: string) => string) {
  return {
    type: 'FeatureCollection' as const,
    features: incidents.flatMap((i) => {
      const region = regionOf(i.region);
      if (!region) return [];
      const [layer] = incidentLayers(i);
      return [{
        type: 'Feature' as const,
        id: i.id,
        geometry: { type: 'Point' as const, coordinates: [region.lon, region.lat] },
        properties: {
          id: i.id,
          url: url(i.id),
          date: i.date.text,
          date_precision: i.date.precision,
          date_start: i.date.start,
          date_end: i.date.end,
          region: i.region,
          region_name: region.name,
          location_precision: region.level,
          location_note: `Placed at ${PRECISION[region.level]}.`,
          perpetrators: i.perpetrators,
          layer: layer?.layer ?? null,
          // null, never 0, when no claim gives a number; max null when open-ended.
          killed_min: layer?.range?.low ?? null,
          killed_max: layer?.range?.high ?? null,
          killed_known: Boolean(layer?.range),
          claims: i.claims.map((c) => c.id),
        },
      }];
    }),
  };
}
