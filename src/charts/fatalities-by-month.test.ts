import { describe, expect, it } from 'vitest';
import { fatalitiesByMonth, type FatalitiesByMonthGeometry, type RangeBar } from './fatalities-by-month.ts';
import { ARROW_LENGTH } from './range-mark.ts';
import { badNumbers, roundForSnapshot } from './test-round.ts';
import type { Layer, MonthLayers, Range } from './types.ts';

type Cells = Partial<Record<Layer, [low: number, high: number | null, incidents: number, numbered?: number]>>;

/** A month with the given layers; the others empty. A cell with no numbered incident is unknown. */
function month(name: string, cells: Cells): MonthLayers {
  const cell = (layer: Layer) => {
    const [low, high, incidents, numbered = incidents] = cells[layer] ?? [0, 0, 0];
    const range: Range = incidents > 0 && numbered === 0 ? { low: 0, high: 0, unknown: true } : { low, high };
    return { range, incidents, numbered, claimIds: incidents > 0 ? [`${name}-${layer}`] : [], ...(incidents > 0 && { href: `/claims/#${name}-${layer}` }) };
  };
  return {
    month: name,
    layers: { headline: cell('headline'), claimed: cell('claimed'), weak: cell('weak'), contested: cell('contested'), unassessed: cell('unassessed') },
  };
}

/** A mark's figure read off the chart's own y axis, as a reader would: by the gridlines' labels. */
function readOff(g: FatalitiesByMonthGeometry, y: number): number {
  const ticks = g.yTicks.map((t) => ({ v: Number(t.label.replace(/,/g, '')), at: t.line!.y1 }));
  const [a, b] = [ticks[0]!, ticks.at(-1)!];
  return Math.round(((y - a.at) / (b.at - a.at)) * (b.v - a.v) + a.v);
}
const top = (b: RangeBar) => b.bar.y;

// The shape of the reported bug: "at least 3" the month before an exact 200, an open 51+, and
// a month whose claims give no figure.
const data = [
  month('2022-08', { headline: [3, null, 1] }),
  month('2022-09', { headline: [200, 200, 1], claimed: [51, null, 1] }),
  month('2022-11', { headline: [20, 35, 2], weak: [0, 0, 2, 0] }),
];

describe('fatalitiesByMonth', () => {
  it('draws ranges by month and grade', () => {
    const g = fatalitiesByMonth(data, { id: 'wagner' });
    expect(badNumbers(g)).toEqual([]);
    expect(roundForSnapshot(g)).toMatchSnapshot();
  });

  it('draws each bar to its low end on the axis: "at least 3" is short, the exact 200 reaches 200', () => {
    const g = fatalitiesByMonth(data, { id: 'c' });
    const [three, exact, fiftyOne] = [g.bars[0]!, g.bars[1]!, g.bars[2]!];
    expect([three.month, exact.month, fiftyOne.month]).toEqual(['2022-08', '2022-09', '2022-09']);
    expect(readOff(g, top(three))).toBe(3);
    expect(readOff(g, top(exact))).toBe(200);
    expect(readOff(g, top(fiftyOne))).toBe(51);
    expect(top(three)).toBeGreaterThan(top(exact));
  });

  it('ends an open range in a short arrow of constant length with its figure, never at the top of the axis', () => {
    const g = fatalitiesByMonth(data, { id: 'c' });
    const open = g.bars.filter((b) => b.arrow);
    expect(open.map((b) => b.text?.label)).toEqual(['3+', '51+']);
    for (const b of open) expect(b.bar.y - (b.arrow!.y2 - 5)).toBeCloseTo(ARROW_LENGTH, 0);
    // The arrow of 51+ stops far below the exact 200.
    expect(open[1]!.arrow!.y2).toBeGreaterThan(top(g.bars[1]!));
  });

  it('draws the uncertain part of a closed range lighter, from the low end to the high end', () => {
    const g = fatalitiesByMonth(data, { id: 'c' });
    const range = g.bars.find((b) => b.month === '2022-11' && b.layer === 'headline')!;
    expect(readOff(g, range.bar.y)).toBe(20);
    expect(readOff(g, range.uncertain!.y)).toBe(35);
    expect(range.uncertain!.y + range.uncertain!.height).toBeCloseTo(range.bar.y, 1);
    expect(g.legend.map((l) => l.text.label)).toContain('lighter: up to the high end');
  });

  it('counts incidents that give no figure in a band under the axis, never on the value scale and never as 0', () => {
    const g = fatalitiesByMonth(data, { id: 'c' });
    expect(g.bars.find((b) => b.layer === 'weak')).toBeUndefined();
    expect(g.noFigure!.marks).toEqual([expect.objectContaining({ month: '2022-11', text: expect.objectContaining({ label: '2' }), title: 'Nov 2022: 2 incidents give no figure (Weak: 2)', href: '/claims/#2022-11-weak' })]);
    // Below the month labels, outside the plot.
    expect(g.noFigure!.marks[0]!.box.y).toBeGreaterThan(g.plot.bottom + 14);
    expect(g.tables[0]!.rows[2]!.cells[1]!.text).toBe('no figure (2 incidents)');
    expect(g.legend.map((l) => l.text.label)).toContain('incidents giving no figure (under the axis)');
    expect(g.bars.filter((b) => b.text?.label === '0')).toEqual([]);
  });

  it('links every mark and every number of its table to the incidents behind it', () => {
    const g = fatalitiesByMonth(data, { id: 'c' });
    expect(g.bars.map((b) => b.href)).toEqual(['/claims/#2022-08-headline', '/claims/#2022-09-headline', '/claims/#2022-09-claimed', '/claims/#2022-11-headline']);
    const cells = g.tables[0]!.rows.flatMap((r) => r.cells).filter((c) => c.text !== '—');
    expect(cells.every((c) => c.href)).toBe(true);
  });

  it('says how many incidents of a month give no figure', () => {
    const g = fatalitiesByMonth([month('2023-09', { claimed: [51, null, 5, 1] })], { id: 'c' });
    expect(g.bars[0]!.title).toBe('Sep 2023, Claimed by the perpetrator: 51+ killed, 5 incidents, 4 give no figure');
    expect(g.tables[0]!.rows[0]!.cells[0]!.text).toBe('51+ (5 incidents, 4 give no figure)');
  });

  it('keeps a short quiet stretch on the axis and compresses a long one into a break', () => {
    const g = fatalitiesByMonth([...data, month('2023-06', { headline: [4, 4, 1] })], { id: 'c' });
    expect(g.breaks).toEqual([expect.objectContaining({ title: '6 months without claims, Dec 2022 to May 2023, compressed' })]);
    expect(g.tables[0]!.rows.map((r) => r.header.text)).toEqual(['Aug 2022', 'Sep 2022', 'Nov 2022', 'Jun 2023']);
  });

  it('draws period totals as labelled spans naming the claimant, never on the y axis', () => {
    const spans = [{ id: 'acled-2022', claimant: 'ACLED', from: '2022-01-01', to: '2022-12-31', range: { low: 901, high: null }, phrase: 'more than 900', layer: 'headline' as const, victims: 'people', perpetrators: 'by FAMa and Wagner', region: 'Mali', href: '/claims/2022/#claim-acled-2022' }];
    const g = fatalitiesByMonth(data, { id: 'c', spans });
    expect(g.spans).toHaveLength(1);
    expect(g.spans[0]!.text.label).toBe('ACLED, 2022, Mali: more than 900 people killed (901+) by FAMa and Wagner');
    expect(g.spans[0]!.href).toBe('/claims/2022/#claim-acled-2022');
    // The axis reaches the year's first and last months, so the bracket spans it end to end.
    expect([g.spans[0]!.before, g.spans[0]!.after]).toEqual([false, false]);
    expect([g.spans[0]!.x1, g.spans[0]!.x2]).toEqual([g.plot.left, g.plot.right]);
    expect(g.tables[0]!.rows.map((r) => r.header.text)).toEqual(['Aug 2022', 'Sep 2022', 'Nov 2022']);
    // 901 is never a bar: the axis still ends at the largest figure of a month.
    expect(Math.max(...g.yTicks.map((t) => Number(t.label)))).toBe(200);
    expect(g.tables[1]!.columns).toEqual(['Claimant', 'Period', 'Killed', 'Victims', 'Perpetrators', 'Region', 'Layer']);
    expect(g.tables[1]!.rows[0]!.cells).toEqual([
      { text: '2022' }, { text: '901+ (“more than 900”)', href: '/claims/2022/#claim-acled-2022' }, { text: 'people' }, { text: 'by FAMa and Wagner' }, { text: 'Mali' }, { text: 'Headline (confirmed and fair)' },
    ]);
    expect(g.desc).toContain('Period total, not added: ACLED, 2022, Mali: more than 900 people killed (901+) by FAMa and Wagner.');
  });

  it('draws at most `spanLimit` period totals, the largest figures, and keeps them all in the table', () => {
    const span = (id: string, low: number, high: number | null, unknown = false) => ({ id, claimant: 'ACLED', from: '2022-01-01', to: '2022-12-31', range: { low, high, ...(unknown && { unknown }) }, layer: 'headline' as const, victims: 'people', perpetrators: 'by perpetrators not named', region: 'Mali' });
    const spans = [span('a', 10, 10), span('b', 0, 0, true), span('c', 500, null), span('d', 40, 60)];
    const g = fatalitiesByMonth(data, { id: 'c', spans, spanLimit: 2 });
    // 500+ and 40–60 are drawn, in the order given; no figure goes first.
    expect(g.spans.map((s) => s.id)).toEqual(['c', 'd']);
    expect(g.omittedSpans).toBe(2);
    expect(g.tables[1]!.rows).toHaveLength(4);
    expect(g.desc).toMatch(/The data table lists 2 more period totals\.$/);
    expect(fatalitiesByMonth(data, { id: 'c', spans, spanLimit: 4 }).omittedSpans).toBeUndefined();
  });

  it('puts layers side by side, never on top of one another', () => {
    const g = fatalitiesByMonth([month('2022-11', { headline: [4, 4, 1], weak: [10, 30, 1], contested: [3, null, 1], unassessed: [1, 1, 1] })], { id: 'c' });
    const nov = [...g.bars].sort((a, b) => a.bar.x - b.bar.x);
    for (let i = 1; i < nov.length; i++) expect(nov[i]!.bar.x).toBeGreaterThanOrEqual(nov[i - 1]!.bar.x + nov[i - 1]!.bar.width);
    expect(nov.map((b) => b.layer)).toEqual(['headline', 'weak', 'contested', 'unassessed']);
  });

  it('tells grades apart by pattern, with ids unique to the chart', () => {
    const d = [month('2022-11', { headline: [4, 4, 1], claimed: [1, 1, 1], weak: [10, 30, 1], contested: [3, null, 1] })];
    const a = fatalitiesByMonth(d, { id: 'a' });
    const b = fatalitiesByMonth(d, { id: 'b' });
    expect(a.patterns.map((p) => [p.layer, p.mark])).toEqual([['weak', 'dots'], ['contested', 'cross'], ['claimed', 'hatch']]);
    expect(a.patterns.map((p) => p.id)).not.toEqual(b.patterns.map((p) => p.id));
    expect(a.patterns.map((p) => p.id)).toEqual(['a-weak', 'a-contested', 'a-claimed']);
    expect(a.ids).toEqual({ base: 'a', title: 'a-title', desc: 'a-desc' });
  });

  it('gives an empty state, not NaN and not a zero axis, for no data', () => {
    for (const d of [[], [month('2023-01', {}), month('2023-02', {})]]) {
      const g = fatalitiesByMonth(d, { id: 'c' });
      expect(g.empty?.text).toBe('No casualty claims in this period.');
      expect(g.bars).toEqual([]);
      expect(g.yTicks).toEqual([]);
      expect(g.tables[0]!.rows).toEqual([]);
      expect(badNumbers(g)).toEqual([]);
    }
  });

  it('rejects a month that is not YYYY-MM', () => {
    expect(() => fatalitiesByMonth([month('2022-13', {})], { id: 'c' })).toThrow('month "2022-13" is not of the form YYYY-MM');
  });
});
