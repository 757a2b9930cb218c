import { describe, expect, it } from 'vitest';
import { groupIncidents } from '../claims/index.ts';
import { claimRecord as c } from '../claims/test-claims.ts';
import { incidentsGeojson } from './incidents-geojson.ts';

const regions = {
  'mali-moura': { name: 'Moura', level: 'place' as const, lat: 14.4, lon: -4.1 },
  mali: { name: 'Mali', level: 'country' as const, lat: 17.6, lon: -4 },
};

describe('incidentsGeojson (RFC 7946)', () => {
  const incidents = groupIncidents([
    c({ id: 'moura-ctp', incident: 'moura', region: 'mali-moura', date: '2022-03', grade: 'fair', killed: 'at least 300' }),
    c({ id: 'moura-jnim', incident: 'moura', region: 'mali-moura', date: '2022-03', grade: 'weak', killed: 'hundreds' }),
    c({ id: 'kidnap', region: 'mali', date: '2022-04', grade: 'fair', killed: 'unknown' }),
    c({ id: 'nowhere', region: 'atlantis', date: '2022-05' }),
  ]);
  const geo = incidentsGeojson(incidents, (id) => regions[id as keyof typeof regions], (id) => `https://x.org/incidents/${id}/`);

  it('is a FeatureCollection of Points in longitude, latitude order', () => {
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.map((f) => [f.id, f.geometry])).toEqual([
      ['kidnap', { type: 'Point', coordinates: [-4, 17.6] }],
      ['moura', { type: 'Point', coordinates: [-4.1, 14.4] }],
    ]);
  });

  it("states the location's precision and the figure in its own layer, null when unknown", () => {
    const [kidnap, moura] = geo.features.map((f) => f.properties);
    expect(moura).toMatchObject({ location_precision: 'place', layer: 'headline', killed_min: 300, killed_max: null, killed_known: true, date_precision: 'month' });
    expect(kidnap).toMatchObject({ location_precision: 'country', location_note: 'Placed at the centre of the country; the location is known only to the country.', killed_min: null, killed_known: false });
  });
});
