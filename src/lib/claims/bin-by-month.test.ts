import { describe, expect, it } from 'vitest';
import { binByMonth } from './bin-by-month.ts';
import { groupIncidents } from './group-incidents.ts';
import { claimRecord as c } from './test-claims.ts';

const empty = { incidents: 0, numbered: 0, range: { low: 0, high: 0 }, claimIds: [] };

describe('binByMonth (DESIGN §2.6)', () => {
  it('bins day- and month-dated incidents by month, sets years and periods aside, and fills empty months', () => {
    const incidents = groupIncidents([
      c({ id: 'jan-day', date: '2024-01-15', killed: 10 }),
      c({ id: 'jan-month', date: '2024-01', killed: 5 }),
      c({ id: 'mar-day', date: '2024-03-02', killed: 'over 6' }),
      c({ id: 'year', date: '2023', killed: 100 }),
      // A period inside one month is still not a month: it is drawn as a period or not at all.
      c({ id: 'feb-period', date: { from: '2024-02-01', to: '2024-02-20' }, killed: 3 }),
    ]);
    const { months, unbinned } = binByMonth(incidents);
    expect(months).toEqual([
      { month: '2024-01', total: { incidents: 2, numbered: 2, range: { low: 15, high: 15 }, claimIds: ['jan-day', 'jan-month'] } },
      { month: '2024-02', total: empty },
      { month: '2024-03', total: { incidents: 1, numbered: 1, range: { low: 7, high: null }, claimIds: ['mar-day'] } },
    ]);
    // In input order, which groupIncidents made newest first.
    expect(unbinned.map((incident) => incident.id)).toEqual(['feb-period', 'year']);
  });

  it('runs contiguously across a year boundary', () => {
    const { months } = binByMonth(groupIncidents([c({ id: 'a', date: '2024-02-10' }), c({ id: 'b', date: '2023-11' })]));
    expect(months.map((bin) => [bin.month, bin.total.incidents])).toEqual([
      ['2023-11', 1],
      ['2023-12', 0],
      ['2024-01', 0],
      ['2024-02', 1],
    ]);
  });

  it('bins an incident by its most precise claim, even when another claim gives only the year', () => {
    const incidents = groupIncidents([
      c({ id: 'x-year', incident: 'x', date: '2023', killed: 'at least 40' }),
      c({ id: 'x-day', incident: 'x', date: '2023-07-04', killed: 45 }),
    ]);
    expect(binByMonth(incidents)).toEqual({
      months: [{ month: '2023-07', total: { incidents: 1, numbered: 1, range: { low: 40, high: null }, claimIds: ['x-day', 'x-year'] } }],
      unbinned: [],
    });
  });

  it('has no months when nothing is dated to a month', () => {
    const incidents = groupIncidents([c({ id: 'y', date: '2022' }), c({ id: 'p', date: { from: '2022-01-01', to: '2022-06-30' } })]);
    const { months, unbinned } = binByMonth(incidents);
    expect(months).toEqual([]);
    expect(unbinned.map((incident) => incident.id)).toEqual(['p', 'y']);
  });

  it('is empty for no incidents', () => {
    expect(binByMonth([])).toEqual({ months: [], unbinned: [] });
  });
});
