import { describe, expect, it } from 'vitest';
import { incidentTimelineChart } from './incident-timeline.ts';
import { badNumbers, roundForSnapshot } from './test-round.ts';

const koumbori = [
  { date: '2023-09-08', layer: 'claimed' as const, range: { low: 51, high: null } },
  { date: '2023-10-01', layer: 'headline' as const, range: { low: 12, high: 20 } },
];
const marks = [
  { date: '2023-09-08', kind: 'published' as const, title: '8 Sep 2023: JNIM, “over 50”' },
  { date: '2023-10-01', kind: 'published' as const, title: '1 Oct 2023: army, “12-20”' },
  { date: '2023-10-15', kind: 'corrected' as const, title: '15 Oct 2023: correction' },
];

describe('incidentTimelineChart', () => {
  const g = incidentTimelineChart(koumbori, marks, { id: 'koumbori' });

  it('draws the low end as a step line to the last mark, the high end only where it is a number', () => {
    // A legend row of 26 px above, then y: 0–60 over 202–50 px; x: 8 Sep–15 Oct 2023 over 44–584 px (1 Oct at 23/37 of the way).
    expect(g.low).toBe('M44,72.8L379.7,72.8L379.7,171.6L584,171.6L584,171.6'); // 51 until 1 Oct, then 12
    expect(g.high).toBe('M379.7,151.3L584,151.3L584,151.3'); // open at first: 20 from 1 Oct only
  });

  it('draws an open high end as a short arrow labelled with the range, never up to the axis top', () => {
    expect(g.arrows).toHaveLength(1);
    expect(g.arrows[0]!.label).toBe('51+');
    expect(g.arrows[0]!.y1 - g.arrows[0]!.y2).toBe(14);
  });

  it('keeps the scale at the largest supported figure', () => {
    expect(g.yTicks.map((t) => t.label)).toEqual(['0', '20', '40', '60']);
  });

  it('says every figure in words and in a table', () => {
    expect(g.desc).toBe('2 figures over time. From 8 September 2023: 51+ (Claimed by the perpetrator); From 1 October 2023: 12–20 (Headline (confirmed and fair)). Today: 12–20.');
    expect(g.table.rows.map((r) => [r.header.text, ...r.cells.map((c) => c.text)])).toEqual([
      ['8 September 2023', '51+', 'Claimed by the perpetrator'],
      ['1 October 2023', '12–20', 'Headline (confirmed and fair)'],
    ]);
  });

  it('says in a legend what each line and marker means, the open end pointing up as on the chart', () => {
    expect(g.legend.map((l) => l.text.label)).toEqual(['low end', 'high end', 'no upper bound', 'claim published', 'correction']);
    expect(Math.max(...g.legend.map((l) => l.swatch.y + l.swatch.size))).toBeLessThan(Math.min(...g.arrows.map((a) => a.y2)));
  });

  it('marks an unknown figure as such in a band under the axis, never on the zero line', () => {
    const u = incidentTimelineChart([{ date: '2024-07-01', layer: 'headline', range: null }], [], { id: 'u' });
    // The zero line is at y 202; the band is under the claims' markers.
    expect(u.unknown).toEqual([{ x: 44, y: 238, label: 'no figure' }]);
    expect(u.legend.map((l) => l.text.label)).toEqual(['no figure (under the axis)']);
    expect(u.low).toBe('');
    expect(badNumbers(u)).toEqual([]);
  });

  it('links each figure of its table to the claim behind it', () => {
    const linked = incidentTimelineChart([{ ...koumbori[0]!, claims: ['koumbori-jnim'] }], marks, { id: 'k', claimHref: (id) => `/claims/2023/#claim-${id}` });
    expect(linked.table.rows[0]!.cells[0]).toEqual({ text: '51+', href: '/claims/2023/#claim-koumbori-jnim' });
  });

  it('matches its snapshot', () => {
    expect(badNumbers(g)).toEqual([]);
    expect(roundForSnapshot(g)).toMatchSnapshot();
  });
});
