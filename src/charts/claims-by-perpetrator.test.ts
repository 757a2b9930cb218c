import { describe, expect, it } from 'vitest';
import { actorColor } from './actor-colors.ts';
import { claimsByPerpetrator, type ClaimsByPerpetratorGeometry } from './claims-by-perpetrator.ts';
import { ARROW_LENGTH } from './range-mark.ts';
import { badNumbers, roundForSnapshot } from './test-round.ts';
import type { Bar, Layer } from './types.ts';

const bar = (key: string, label: string, low: number, high: number | null, incidents = 1, extra: Partial<Bar> = {}): Bar => ({
  key,
  label,
  layer: 'headline',
  range: { low, high },
  incidents,
  href: `/actors/${key}/`,
  ...extra,
});

// The reported bug: IS Mozambique's "several" (3+) drawn as the longest bar.
const data = [
  bar('fama', 'FAMa', 320, null, 2, { shared: 1 }),
  bar('wagner-group', 'Wagner', 320, null, 2, { shared: 1 }),
  bar('jnim/claimed', 'JNIM: claimed by perpetrator', 51, null, 3, { layer: 'claimed' as Layer, numbered: 1 }),
  bar('islamic-state-mozambique/weak', 'IS Mozambique: weak', 3, null, 1, { layer: 'weak' as Layer }),
  bar('barkhane', 'Barkhane', 19, 19),
  bar('dozo', 'Dozo militia', 20, 35),
  bar('islamic-state-sahel/claimed', 'IS Sahel: claimed by perpetrator', 0, 0, 1, { layer: 'claimed' as Layer, numbered: 0, range: { low: 0, high: 0, unknown: true } }),
];

/** A row's figure read off the chart's own x axis. */
function readOff(g: ClaimsByPerpetratorGeometry, x: number): number {
  const ticks = g.xTicks.map((t) => ({ v: Number(t.label.replace(/,/g, '')), at: t.x }));
  const [a, b] = [ticks[0]!, ticks.at(-1)!];
  return Math.round(((x - a.at) / (b.at - a.at)) * (b.v - a.v) + a.v);
}
const row = (g: ClaimsByPerpetratorGeometry, label: string) => g.rows.find((r) => r.label.text === label)!;

describe('claimsByPerpetrator', () => {
  it('draws one range mark per perpetrator and layer', () => {
    const g = claimsByPerpetrator(data, { id: 'perp' });
    expect(badNumbers(g)).toEqual([]);
    expect(roundForSnapshot(g)).toMatchSnapshot();
  });

  it('draws "several" as the short bar it is, not to the edge of the axis', () => {
    const g = claimsByPerpetrator(data, { id: 'p' });
    const several = row(g, 'IS Mozambique: weak');
    expect(readOff(g, several.bar.x + several.bar.width)).toBe(3);
    expect(several.arrow!.x2 + 5 - several.arrow!.x1).toBeCloseTo(ARROW_LENGTH, 0);
    expect(several.value.text).toBe('3+');
    // Shorter, arrow included, than the exact 19 of Barkhane.
    const barkhane = row(g, 'Barkhane');
    expect(several.arrow!.x2 + 5).toBeLessThan(barkhane.bar.x + barkhane.bar.width);
    expect(readOff(g, barkhane.bar.x + barkhane.bar.width)).toBe(19);
  });

  it('sorts by the largest figure a claim supports, and lists those without one last in the table', () => {
    const g = claimsByPerpetrator(data, { id: 'p' });
    expect(g.rows.map((r) => r.label.text)).toEqual(['FAMa', 'Wagner', 'JNIM: claimed by perpetrator', 'Dozo militia', 'Barkhane', 'IS Mozambique: weak']);
    expect(g.table.rows.map((r) => r.header.text)).toEqual([...g.rows.map((r) => r.label.text), 'IS Sahel: claimed by perpetrator']);
  });

  it('draws the uncertain part of a closed range lighter', () => {
    const g = claimsByPerpetrator(data, { id: 'p' });
    const dozo = row(g, 'Dozo militia');
    expect(readOff(g, dozo.bar.x + dozo.bar.width)).toBe(20);
    expect(readOff(g, dozo.uncertain!.x + dozo.uncertain!.width)).toBe(35);
    expect(dozo.value.text).toBe('20–35');
  });

  it('never draws no figure on the value scale: it names it under the axis, and the table says "no figure", never 0', () => {
    const g = claimsByPerpetrator(data, { id: 'p' });
    expect(g.rows.find((r) => r.label.text === 'IS Sahel: claimed by perpetrator')).toBeUndefined();
    expect(g.noFigure.map((l) => l.text).join(' ')).toBe('No figure given: IS Sahel: claimed by perpetrator (1 incident).');
    expect(g.noFigure[0]!.y).toBeGreaterThan(g.plot.bottom);
    expect(g.table.rows.at(-1)!.cells.map((c) => c.text)).toEqual(['Claimed by the perpetrator', 'no figure', '1 incident', '']);
  });

  it('says how many incidents give no figure, beside the figure and off its scale', () => {
    const g = claimsByPerpetrator(data, { id: 'p' });
    expect(row(g, 'JNIM: claimed by perpetrator').title).toBe('JNIM: claimed by perpetrator, Claimed by the perpetrator: 51+ killed, 3 incidents, 2 give no figure');
    expect(row(g, 'JNIM: claimed by perpetrator').value.text).toBe('51+ +2 no figure');
  });

  it('links each mark and its table numbers to the incidents behind them', () => {
    const g = claimsByPerpetrator([bar('jnim/claimed', 'JNIM', 51, null, 1, { incidentsHref: '/incidents/koumbori/' })], { id: 'p' });
    expect(g.rows[0]!.incidentsHref).toBe('/incidents/koumbori/');
    expect(g.table.rows[0]!.cells.slice(1, 3).map((c) => c.href)).toEqual(['/incidents/koumbori/', '/incidents/koumbori/']);
  });

  it('marks incidents counted under several perpetrators: do not add', () => {
    const g = claimsByPerpetrator(data, { id: 'p' });
    expect(row(g, 'FAMa').value.text).toBe('320+*');
    expect(g.footnote.map((l) => l.text).join(' ')).toBe('* Incidents with several perpetrators are counted under each perpetrator; do not add the bars.');
    expect(g.table.rows[0]!.cells[3]!.text).toBe('1 counted under each perpetrator; do not add');
    expect(claimsByPerpetrator([bar('barkhane', 'Barkhane', 19, 19)], { id: 'p' }).footnote).toEqual([]);
  });

  it('tells layers apart by pattern in the actor colour, and keeps each actor colour', () => {
    const g = claimsByPerpetrator(data, { id: 'p' });
    expect(row(g, 'FAMa').fill).toBeNull();
    expect(row(g, 'JNIM: claimed by perpetrator').fill).toMatch(/^url\(#p-pattern-\d+\)$/);
    expect(g.patterns.map((p) => [p.mark, p.color])).toEqual([['hatch', actorColor('jnim')], ['dots', actorColor('islamic-state-mozambique')]]);
    const colored = claimsByPerpetrator([bar('jnim', 'JNIM', 1, 1, 1, { color: '#123456' })], { id: 'p' });
    expect(colored.rows[0]!.color).toBe('#123456');
  });

  it('draws at most `limit` rows, the largest figures, and keeps every row in the table', () => {
    const g = claimsByPerpetrator(data, { id: 'p', limit: 2 });
    expect(g.rows.map((r) => r.label.text)).toEqual(['FAMa', 'Wagner']);
    expect(g.omitted).toBe(4);
    expect(g.table.rows).toHaveLength(7);
    expect(g.desc).toMatch(/The data table lists 4 more\.$/);
    expect(g.height).toBeLessThan(claimsByPerpetrator(data, { id: 'p' }).height);
  });

  it('gives an empty state, not NaN, for no data', () => {
    const g = claimsByPerpetrator([], { id: 'p' });
    expect(g.empty?.text).toBe('No claims with a known perpetrator.');
    expect(g.xTicks).toEqual([]);
    expect(badNumbers(g)).toEqual([]);
  });
});
