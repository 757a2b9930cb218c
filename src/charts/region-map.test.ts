import { describe, expect, it } from 'vitest';
import { UNKNOWN_SIZE } from './range-mark.ts';
import { regionMap } from './region-map.ts';
import { badNumbers, roundForSnapshot } from './test-round.ts';
import type { MapPoint, Range } from './types.ts';

const point = (id: string, label: string, lat: number, lon: number, incidents: number, range: Range, extra: Partial<MapPoint> = {}): MapPoint => ({
  id,
  label,
  lat,
  lon,
  incidents,
  range,
  href: `/regions/${id}/`,
  ...extra,
});
const none: Range = { low: 0, high: 0, unknown: true };

const data = [
  point('mali-moura', 'Moura', 14.2, -4.4, 1, { low: 300, high: null }, { layers: { weak: { low: 200, high: null } } }),
  point('mali-mopti', 'Mopti', 14.49, -4.2, 1, { low: 10, high: 12 }),
  point('mali-gao', 'Gao', 16.27, -0.04, 1, { low: 75, high: 75 }),
  point('burkina-faso-koumbori', 'Koumbori', 13.9, -2.3, 1, none, { layers: { claimed: { low: 51, high: null } } }),
  point('mali-tinzaouaten', 'Tinzaouaten', 19.95, 2.9, 1, none),
  point('mali', 'Mali', 17.5, -4, 2, { low: 0, high: 0 }, { precision: 'country', silent: 1 }),
];
const circle = (g: ReturnType<typeof regionMap>, id: string) => g.circles.find((c) => c.id === id)!;

describe('regionMap', () => {
  it('draws countries around the regions and a circle per region', () => {
    const g = regionMap(data, { id: 'map' });
    expect(badNumbers(g)).toEqual([]);
    // Country paths are long: snapshot their names only, and the rest in full.
    expect(roundForSnapshot({ ...g, countries: g.countries.map((c) => c.name) })).toMatchSnapshot();
  });

  it('keeps only the countries in the frame, and names the larger ones', () => {
    const g = regionMap(data, { id: 'map' });
    const names = g.countries.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Mali', 'Burkina Faso', 'Niger']));
    expect(names).not.toContain('Brazil');
    expect(g.countryLabels.map((c) => c.text)).toEqual(expect.arrayContaining(['Mali', 'Mauritania', 'Algeria']));
  });

  it('sizes circles by area to the headline figure, on one scale up to the largest figure supported', () => {
    const g = regionMap(data, { id: 'map', maxRadius: 24 });
    const [moura, gao] = [circle(g, 'mali-moura'), circle(g, 'mali-gao')];
    expect(moura.r).toBe(24);
    // Areas, not radii, follow the figures: 300 against 75.
    expect((moura.r / gao.r) ** 2).toBeCloseTo(4, 1);
    for (const c of g.circles) expect(Math.max(c.r, c.rHigh ?? 0, ...c.rings.map((r) => r.r))).toBeLessThanOrEqual(24);
  });

  it('links every number of its table to the incidents it counts, on the region page', () => {
    const g = regionMap(data, { id: 'map' });
    const moura = g.table.rows.find((r) => r.header.text === 'Moura')!;
    expect(moura.cells.filter((c) => c.text !== '—').every((c) => c.href?.startsWith(moura.header.href!))).toBe(true);
    expect(moura.cells[1]!.href).toBe(`${moura.header.href}#region-incidents-headline`);
  });

  it('draws the smallest figure wider than a "no figure" box', () => {
    const g = regionMap([...data, { id: 'mali-kidal', label: 'Kidal', lat: 18.44, lon: 1.41, incidents: 1, range: { low: 1, high: null }, href: '/regions/mali-kidal/' }], { id: 'map', maxRadius: 24 });
    // 1 against Moura's 300 would be a circle of 1.4 px radius: it is drawn at 4.
    expect(circle(g, 'mali-kidal').r).toBe(4);
    expect(2 * circle(g, 'mali-kidal').r).toBeGreaterThan(UNKNOWN_SIZE);
  });

  it('draws the high end of a closed range lighter, and other layers as rings', () => {
    const g = regionMap(data, { id: 'map' });
    expect(circle(g, 'mali-mopti').rHigh).toBeGreaterThan(circle(g, 'mali-mopti').r);
    expect(circle(g, 'mali-moura').rings).toEqual([{ layer: 'weak', r: expect.closeTo(19.6, 1) }]);
    expect(circle(g, 'burkina-faso-koumbori')).toMatchObject({ r: 0, unknown: false, rings: [{ layer: 'claimed' }] });
    expect(circle(g, 'burkina-faso-koumbori').label?.text).toBe('Koumbori claimed 51+');
  });

  it('tells no figure (a hollow box) from a real zero (a dot), and never writes 0 for no figure', () => {
    const g = regionMap(data, { id: 'map' });
    expect(circle(g, 'mali-tinzaouaten')).toMatchObject({ r: 0, unknown: true, zero: false });
    expect(circle(g, 'mali-tinzaouaten').label?.text).toBe('Tinzaouaten no figure');
    expect(circle(g, 'mali')).toMatchObject({ unknown: false, zero: true });
    expect(g.table.rows.find((r) => r.header.text === 'Tinzaouaten')!.cells.map((c) => c.text)).toEqual(['1', 'no figure', '—', '—']);
    expect(g.table.rows.find((r) => r.header.text === 'Mali (country only)')!.cells[0]!.text).toBe('2 (1 gives no figure)');
    expect(circle(g, 'mali').title).toContain('2 incidents, 1 gives no figure');
    expect(g.key.map((k) => k.text.label)).toEqual(['300 killed', '75 killed', 'confirmed, fair', 'weak', 'claimed by the perpetrator', 'no figure given', 'known only to the country']);
  });

  it('notes a claim placed at a country centroid because it is known only to the country', () => {
    const g = regionMap(data, { id: 'map' });
    expect(circle(g, 'mali').atCountry).toBe(true);
    expect(g.centroidNote).toBe("Mali (2 incidents): located only to the country, so these claims are drawn at the country's centre, not where they happened.");
    expect(regionMap(data.slice(0, 2), { id: 'map' }).centroidNote).toBeNull();
  });

  it('places labels that do not collide with each other or with the circles', () => {
    for (const width of [720, 360]) {
      const g = regionMap(data, { id: 'map', width, height: width === 720 ? 420 : 300, fontSize: width === 720 ? 14 : 13 });
      const font = g.fontSize;
      const boxes = g.circles.flatMap((c) => (c.label ? [{ id: c.id, ...labelBox(c.label, font) }] : []));
      for (const a of boxes) for (const b of boxes) if (a !== b) expect(overlap(a, b), `${a.id} / ${b.id}`).toBe(false);
      for (const a of boxes) for (const c of g.circles) {
        const r = Math.max(c.r, c.rHigh ?? 0, ...c.rings.map((x) => x.r));
        if (r > 0) expect(overlap(a, { x: c.cx - r, y: c.cy - r, w: 2 * r, h: 2 * r }), `${a.id} on ${c.id}`).toBe(false);
      }
    }
  });

  it('puts east right of west and north above south', () => {
    const g = regionMap(data, { id: 'map' });
    expect(circle(g, 'mali-gao').cx).toBeGreaterThan(circle(g, 'mali-moura').cx);
    expect(circle(g, 'mali-tinzaouaten').cy).toBeLessThan(circle(g, 'mali-moura').cy);
  });

  it('becomes a locator of one place when there are no claims', () => {
    const g = regionMap([], { id: 'map', locator: { label: 'Bamako', lat: 12.64, lon: -8.0 } });
    expect(g.empty).toBeNull();
    expect(g.locator?.label.text).toBe('Bamako');
    expect(g.countries.map((c) => c.name)).toContain('Mali');
    expect(g.countryLabels.map((c) => c.text)).toContain('Guinea');
    expect(g.key).toEqual([]);
    expect(g.desc).toBe('Locator map: Bamako and the countries around it. No casualty claims are recorded here.');
    expect(badNumbers(g)).toEqual([]);
  });

  it("shades the country a country's own locator points at, without repeating its name", () => {
    const g = regionMap([], { id: 'map', locator: { label: 'Niger', lat: 17.6, lon: 8.1 } });
    expect(g.countries.filter((c) => c.here).map((c) => c.name)).toEqual(['Niger']);
    expect(g.countryLabels.map((c) => c.text)).not.toContain('Niger');
    expect(g.countryLabels.map((c) => c.text)).toContain('Algeria');
  });

  it('gives an empty state, not NaN, for no data and no place', () => {
    const g = regionMap([], { id: 'map' });
    expect(g.empty?.text).toBe('No located regions to map.');
    expect(g.countries).toEqual([]);
    expect(badNumbers(g)).toEqual([]);
  });
});

const CHAR = 0.58;
function labelBox(label: { x: number; y: number; text: string; anchor: string }, font: number) {
  const w = label.text.length * font * CHAR;
  const x = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
  // Shrunk by a pixel on each side: touching is not colliding.
  return { x: x + 1, y: label.y - font + 1, w: w - 2, h: font - 1 };
}
const overlap = (a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
