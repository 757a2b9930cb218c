import { describe, expect, it } from 'vitest';
import { fatalitiesByMonth } from './fatalities-by-month.ts';
import { badNumbers, roundForSnapshot } from './test-round.ts';
import type { Layer, MonthLayers, Range } from './types.ts';

type Cells = Partial<Record<Layer, [low: number, high: number | null, incidents: number]>>;

/** A month with the given layers; the others empty. */
function month(name: string, cells: Cells): MonthLayers {
  const cell = (layer: Layer) => {
    const [low, high, incidents] = cells[layer] ?? [0, 0, 0];
    const range: Range = { low, high };
    return { range, incidents, claimIds: incidents > 0 ? [`${name}-${layer}`] : [] };
  };
  return {
    month: name,
    layers: { headline: cell('headline'), claimed: cell('claimed'), weak: cell('weak'), contested: cell('contested'), unassessed: cell('unassessed') },
  };
}

const data = [
  month('2022-09', { headline: [20, 35, 2], claimed: [51, null, 1] }),
  month('2022-11', { headline: [4, 4, 1], weak: [10, 30, 1], contested: [3, null, 1], unassessed: [0, 0, 1] }),
];

describe('fatalitiesByMonth', () => {
  it('draws ranges by month and grade', () => {
    const g = fatalitiesByMonth(data, { id: 'wagner', href: (m, layer) => `/claims/#${m}-${layer}` });
    expect(roundForSnapshot(g)).toMatchSnapshot();
  });

  it('keeps a quiet month on the axis rather than closing the gap, but not in the table', () => {
    const g = fatalitiesByMonth(data, { id: 'c' });
    expect(g.xTicks.map((t) => t.label)).toEqual(['Sep 2022', 'Oct 2022', 'Nov 2022']);
    expect(g.table.rows.map((r) => r.header.text)).toEqual(['Sep 2022', 'Nov 2022']);
  });

  it('marks an open range as open: up to the top, an arrow and a "+"', () => {
    const g = fatalitiesByMonth(data, { id: 'c' });
    const claimed = g.bars.find((b) => b.layer === 'claimed')!;
    expect(claimed.open).toBe(true);
    expect(claimed.arrow).toMatch(/^M.*Z$/);
    expect(claimed.plus).not.toBeNull();
    expect(claimed.y + claimed.height).toBeGreaterThan(claimed.y);
    expect(claimed.label).toContain('51+ killed');
    const closed = g.bars.find((b) => b.layer === 'headline')!;
    expect([closed.open, closed.arrow, closed.plus]).toEqual([false, null, null]);
    expect(g.desc).toContain('2 open-ended ranges are drawn as arrows');
    expect(g.table.rows[0]!.cells[1]!.text).toBe('51+ (1 incident)');
  });

  it('puts layers side by side, never on top of one another', () => {
    const g = fatalitiesByMonth(data, { id: 'c' });
    const nov = g.bars.filter((b) => b.month === '2022-11').sort((a, b) => a.x - b.x);
    for (let i = 1; i < nov.length; i++) expect(nov[i]!.x).toBeGreaterThanOrEqual(nov[i - 1]!.x + nov[i - 1]!.width);
    expect(nov.map((b) => b.layer)).toEqual(['headline', 'weak', 'contested', 'unassessed']);
  });

  it('tells grades apart by pattern, with ids unique to the chart', () => {
    const a = fatalitiesByMonth(data, { id: 'a' });
    const b = fatalitiesByMonth(data, { id: 'b' });
    expect(a.patterns.map((p) => [p.layer, p.mark])).toEqual([['claimed', 'hatch'], ['weak', 'dots'], ['contested', 'cross']]);
    expect(a.patterns.map((p) => p.id)).not.toEqual(b.patterns.map((p) => p.id));
    expect(a.bars.find((x) => x.layer === 'weak')!.fill).toBe('url(#a-pattern-weak)');
    expect(a.bars.find((x) => x.layer === 'headline')!.fill).toBeNull();
    expect(a.ids).toEqual({ base: 'a', title: 'a-title', desc: 'a-desc' });
  });

  it('draws a single value as a visible bar', () => {
    const g = fatalitiesByMonth([month('2023-01', { headline: [7, 7, 1] })], { id: 'c' });
    expect(g.bars).toHaveLength(1);
    expect(g.bars[0]!.height).toBeGreaterThanOrEqual(2);
    expect(g.xTicks).toHaveLength(1);
    expect(badNumbers(g)).toEqual([]);
    expect(g.desc).toContain('Jan 2023');
  });

  it('gives an empty state, not NaN, for no data', () => {
    const g = fatalitiesByMonth([], { id: 'c' });
    expect(g.empty?.text).toBe('No casualty claims in this period.');
    expect(g.bars).toEqual([]);
    expect(g.yTicks).toEqual([]);
    expect(badNumbers(g)).toEqual([]);
  });

  it('gives the empty state when the months hold no claims', () => {
    const g = fatalitiesByMonth([month('2023-01', {}), month('2023-02', {})], { id: 'c' });
    expect(g.empty?.text).toBe('No casualty claims in this period.');
    expect(g.desc).toBe('No casualty claims to draw.');
    expect(g.table.rows).toEqual([]);
    expect(badNumbers(g)).toEqual([]);
  });

  it('rejects a month that is not YYYY-MM', () => {
    expect(() => fatalitiesByMonth([month('2022-13', {})], { id: 'c' })).toThrow('month "2022-13" is not of the form YYYY-MM');
  });
});
