import { describe, expect, it } from 'vitest';
import { regionMap } from './region-map.ts';
import { badNumbers, roundForSnapshot } from './test-round.ts';
import type { MapPoint } from './types.ts';

const point = (id: string, label: string, lat: number, lon: number, incidents: number, low = 0, high: number | null = 0): MapPoint => ({
  id,
  label,
  lat,
  lon,
  incidents,
  range: { low, high },
  href: `/regions/${id}/`,
});

const data = [
  point('mali-menaka', 'Ménaka', 15.92, 2.4, 6, 40, null),
  point('mali-mopti', 'Mopti', 14.49, -4.2, 2, 10, 12),
  point('burkina-sahel', 'Sahel (Burkina Faso)', 14.0, -0.5, 1, 0, 0),
];

describe('regionMap', () => {
  it('draws countries around the regions and a circle per region', () => {
    const g = regionMap(data, { id: 'map' });
    // Country paths are long: snapshot their names only, and the rest in full.
    expect(roundForSnapshot({ ...g, countries: g.countries.map((c) => c.name) })).toMatchSnapshot();
  });

  it('keeps only the countries in the frame', () => {
    const names = regionMap(data, { id: 'map' }).countries.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Mali', 'Burkina Faso', 'Niger']));
    expect(names).not.toContain('Brazil');
    expect(names).not.toContain('Japan');
  });

  it('puts every circle inside the frame, sized by incidents', () => {
    const g = regionMap(data, { id: 'map' });
    for (const c of g.circles) {
      expect(c.cx - c.r).toBeGreaterThanOrEqual(0);
      expect(c.cx + c.r).toBeLessThanOrEqual(g.width);
      expect(c.cy - c.r).toBeGreaterThanOrEqual(0);
      expect(c.cy + c.r).toBeLessThanOrEqual(g.height);
    }
    const r = Object.fromEntries(g.circles.map((c) => [c.id, c.r]));
    expect(r['mali-menaka']).toBe(24);
    expect(r['mali-menaka']! > r['mali-mopti']! && r['mali-mopti']! > r['burkina-sahel']!).toBe(true);
    // Areas, not radii, follow the counts.
    expect((r['mali-menaka']! / r['mali-mopti']!) ** 2).toBeCloseTo(3, 1);
  });

  it('puts east above west and north above south', () => {
    const g = regionMap(data, { id: 'map' });
    const at = Object.fromEntries(g.circles.map((c) => [c.id, c]));
    expect(at['mali-menaka']!.cx).toBeGreaterThan(at['mali-mopti']!.cx);
    expect(at['mali-menaka']!.cy).toBeLessThan(at['burkina-sahel']!.cy);
  });

  it('frames a single region with its surroundings', () => {
    const g = regionMap([point('mali-menaka', 'Ménaka', 15.92, 2.4, 1)], { id: 'map' });
    expect(g.circles).toHaveLength(1);
    expect(g.countries.map((c) => c.name)).toContain('Mali');
    expect(badNumbers(g)).toEqual([]);
  });

  it('gives an empty state, not NaN, for no data', () => {
    const g = regionMap([], { id: 'map' });
    expect(g.empty?.text).toBe('No located regions to map.');
    expect(g.countries).toEqual([]);
    expect(badNumbers(g)).toEqual([]);
  });
});
