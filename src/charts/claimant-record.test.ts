import { randomLcg } from 'd3';
import { describe, expect, it } from 'vitest';
import { claimantRecordChart, type ClaimantRecordGeometry, type PairMark, type RecordPair } from './claimant-record.ts';
import { textWidth } from './place-labels.ts';
import { ARROW_LENGTH } from './range-mark.ts';
import { badNumbers, roundForSnapshot } from './test-round.ts';
import type { Range } from './types.ts';

const pair = (key: string, own: Range, independent: Range, comparison: string): RecordPair => ({ key, label: key, href: `/incidents/${key}/`, own, independent, comparison });
const UNKNOWN: Range = { low: 0, high: 0, unknown: true };

// A group's tolls beside a monitor's: higher, overlapping (open ends), lower, and a denial.
const data = [
  pair('Koumbori', { low: 51, high: null }, { low: 10, high: 12 }, 'higher'),
  pair('Moura', { low: 200, high: null }, { low: 300, high: null }, 'overlapping'),
  pair('Gao', { low: 3, high: 5 }, { low: 20, high: 35 }, 'lower'),
  pair('Ménaka', UNKNOWN, { low: 7, high: 7 }, 'denied'),
];

/** A figure read off the chart's own axis. */
function readOff(g: ClaimantRecordGeometry, x: number): number {
  const ticks = g.xTicks.map((t) => ({ v: Number(t.label.replace(/,/g, '')), at: t.x }));
  const [a, b] = [ticks[0]!, ticks.at(-1)!];
  return Math.round(((x - a.at) / (b.at - a.at)) * (b.v - a.v) + a.v);
}
const row = (g: ClaimantRecordGeometry, key: string) => g.rows.find((r) => r.key === key)!;
/** Where a mark ends, its arrow included. */
const end = (m: PairMark) => Math.max(m.bar.x + m.bar.width, m.uncertain ? m.uncertain.x + m.uncertain.width : 0, m.arrow ? m.arrow.x2 + 5 : 0);

describe('claimantRecordChart', () => {
  it('draws each incident as the claimant\'s range above the independent one', () => {
    const g = claimantRecordChart(data, { id: 'record', claimant: 'JNIM' });
    expect(badNumbers(g)).toEqual([]);
    expect(roundForSnapshot(g)).toMatchSnapshot();
  });

  it('ends every mark at its figure on one scale, the uncertain part lighter, open ends a short arrow', () => {
    const g = claimantRecordChart(data, { id: 'r', claimant: 'JNIM' });
    const [own, independent] = row(g, 'Gao').marks;
    expect([readOff(g, own.bar.x + own.bar.width), readOff(g, own.uncertain!.x + own.uncertain!.width)]).toEqual([3, 5]);
    expect([readOff(g, independent.bar.x + independent.bar.width), readOff(g, independent.uncertain!.x + independent.uncertain!.width)]).toEqual([20, 35]);
    const [hundreds, atLeast300] = row(g, 'Moura').marks;
    expect(readOff(g, hundreds.bar.x + hundreds.bar.width)).toBe(200);
    expect(hundreds.arrow!.x2 + 5 - hundreds.arrow!.x1).toBeCloseTo(ARROW_LENGTH, 0);
    expect(readOff(g, atLeast300.bar.x + atLeast300.bar.width)).toBe(300);
    expect([hundreds.value.text, atLeast300.value.text, own.value.text, independent.value.text]).toEqual(['200+ JNIM', '300+ independent', '3–5 JNIM', '20–35 independent']);
    expect(row(g, 'Moura').label.text).toBe('Moura: overlapping');
  });

  it('draws no figure as a hollow box, off the scale, never as 0', () => {
    const g = claimantRecordChart(data, { id: 'r', claimant: 'Junta' });
    const [denied] = row(g, 'Ménaka').marks;
    expect([denied.kind, denied.value.text, denied.uncertain, denied.arrow]).toEqual(['unknown', 'no figure Junta', null, null]);
    expect(g.table.rows.find((r) => r.header.text === 'Ménaka')!.cells.map((c) => c.text)).toEqual(['no figure', '7', 'denied']);
    expect(row(g, 'Ménaka').title).toBe('Ménaka: Junta no figure, independent 7, denied');
  });

  it('draws the first incidents given up to the limit, the table keeping them all', () => {
    const g = claimantRecordChart(data, { id: 'r', claimant: 'JNIM', limit: 2 });
    expect([g.rows.map((r) => r.key), g.omitted, g.table.rows.length]).toEqual([['Koumbori', 'Moura'], 2, 4]);
    expect(g.desc.endsWith('The data table lists 2 more.')).toBe(true);
    // The scale is that of the drawn marks: Gao's 35 is not drawn, Moura's 300 is the largest.
    expect(Number(g.xTicks.at(-1)!.label)).toBe(300);
    expect(claimantRecordChart(data, { id: 'r', claimant: 'JNIM' }).omitted).toBeUndefined();
  });

  it('says when there is nothing to draw', () => {
    const g = claimantRecordChart([], { id: 'r', claimant: 'JNIM' });
    expect([g.rows.length, g.xTicks.length, g.empty?.text, g.desc]).toEqual([0, 0, 'No incident with an independent figure.', 'No incident with an independent figure.']);
  });

  it('cuts a long incident name to the drawing\'s width, keeping it whole in the title and table', () => {
    const long = pair('A village near the border of two regions with a very long name, Sep 2023', { low: 1, high: 1 }, { low: 1, high: 1 }, 'overlapping');
    const g = claimantRecordChart([long], { id: 'r', claimant: 'JNIM', width: 360, fontSize: 13 });
    expect(g.rows[0]!.label.text.endsWith('…')).toBe(true);
    expect(textWidth(g.rows[0]!.label.text, 13)).toBeLessThanOrEqual(360 - 16);
    expect(g.table.rows[0]!.header.text).toBe(long.label);
  });
});

// Property test over seeded random records: whatever the figures, each mark ends at the figure
// it stands for, none reaches past the largest supported figure, an open range's bar is never
// longer than a larger closed one, and no figure is drawn hollow, never as 0.
describe('claimantRecordChart over random records', () => {
  const figures: Range[] = [{ low: 0, high: 0 }, { low: 7, high: 7 }, { low: 20, high: 35 }, { low: 3, high: null }, { low: 300, high: null }, { low: 51, high: null }, { low: 200, high: 200 }];
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`seed ${seed}`, () => {
      const random = randomLcg(seed);
      const pick = (list: readonly Range[]) => list[Math.floor(random() * list.length)]!;
      // The claimant may give no figure; the independent side always has one.
      const pairs = Array.from({ length: 1 + Math.floor(random() * 8) }, (_, i) => pair(`i${i}`, pick([...figures, UNKNOWN]), pick(figures), 'overlapping'));
      for (const [width, fontSize] of [[720, 14], [360, 13]] as const) {
        const g = claimantRecordChart(pairs, { id: 'p', claimant: 'C', width, fontSize });
        expect(badNumbers(g)).toEqual([]);
        const ranges = pairs.flatMap((p) => [p.own, p.independent]);
        const most = Math.max(...ranges.filter((r) => !r.unknown).map((r) => r.high ?? r.low));
        const marks = g.rows.flatMap((r) => r.marks);
        for (const [n, mark] of marks.entries()) {
          const range = ranges[n]!;
          if (range.unknown) {
            expect([mark.kind, mark.value.text]).toEqual(['unknown', 'no figure C']);
            continue;
          }
          if (range.low === 0 && range.high === 0) {
            expect([mark.kind, mark.value.text]).toEqual(['zero', mark.which === 'own' ? '0 C' : '0 independent']);
            continue;
          }
          expect(readOff(g, mark.bar.x + mark.bar.width)).toBe(range.low);
          if (range.high !== null && range.high > range.low) expect(readOff(g, mark.uncertain!.x + mark.uncertain!.width)).toBe(range.high);
          if (range.high === null) expect(mark.arrow!.x2 + 5 - mark.arrow!.x1).toBeCloseTo(ARROW_LENGTH, 0);
          // Arrows aside, no mark reaches past the largest supported figure.
          expect(readOff(g, mark.bar.x + mark.bar.width + (mark.uncertain?.width ?? 0))).toBeLessThanOrEqual(most);
        }
        for (const [a, open] of marks.entries()) {
          if (ranges[a]!.unknown || ranges[a]!.high !== null) continue;
          for (const [b, exact] of marks.entries()) {
            const closed = ranges[b]!;
            if (closed.unknown || closed.high === null || closed.high <= ranges[a]!.low) continue;
            expect(open.bar.x + open.bar.width).toBeLessThanOrEqual(end(exact) + 0.25);
          }
        }
      }
    });
  }
});
