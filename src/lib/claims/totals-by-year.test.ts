import { describe, expect, it } from 'vitest';
import { layeredTotals } from './layered-totals.ts';
import { claimRecord as c } from './test-claims.ts';
import { totalsByYear } from './totals-by-year.ts';

const claims = [
  c({ id: 'moura-ctp', incident: 'moura', date: '2022-03', grade: 'fair', killed: 'at least 300' }),
  // Dated only to the year by a later report: still Moura, still 2022, counted once.
  c({ id: 'moura-mckay', incident: 'moura', date: '2022', grade: 'fair', killed: 'over 300' }),
  c({ id: 'gao', date: '2025-02', grade: 'fair', killed: 'at least 20' }),
  c({ id: 'kidnap', date: '2022-04', grade: 'fair', killed: 'unknown' }),
  c({ id: 'acled', date: { from: '2024-01-01', to: '2024-12-31' }, scope: 'aggregate', grade: 'fair', killed: 'more than 900' }),
  c({ id: 'fake', date: '2023-05', grade: 'discounted', killed: 400 }),
];

describe('totalsByYear', () => {
  const years = totalsByYear(claims);

  it('splits the totals by the year of each incident, newest first', () => {
    expect(years.map((y) => [y.year, y.totals.headline.incidents, y.totals.headline.numbered, y.totals.headline.range])).toEqual([
      ['2025', 1, 1, { low: 20, high: null }],
      ['2024', 0, 0, { low: 0, high: 0 }],
      ['2023', 0, 0, { low: 0, high: 0 }],
      ['2022', 2, 1, { low: 300, high: null }],
    ]);
    expect(years.find((y) => y.year === '2024')!.totals.aggregates.map((a) => a.id)).toEqual(['acled']);
  });

  it('adds up, year by year, to the all-time total', () => {
    const all = layeredTotals(claims).headline;
    const sum = years.reduce((s, y) => s + y.totals.headline.range.low, 0);
    expect(sum).toBe(all.range.low);
    expect(years.reduce((s, y) => s + y.totals.headline.incidents, 0)).toBe(all.incidents);
  });
});
