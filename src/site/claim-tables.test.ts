import { describe, expect, it } from 'vitest';
import { claimRecord } from '../lib/claims/test-claims.ts';
import { shownIncidents, shownRows } from './claim-tables.ts';

const claim = (id: string, date: string) => claimRecord({ id, date });
const table = { key: 'region-x', claims: [claim('b', '2021-05-01'), claim('a', '2023-01-10'), claim('c', '2019-07-01'), claim('d', '2022-02-02')] };

describe('shownRows', () => {
  it('lists every row, in the table\'s order, up to the limit', () => {
    expect(shownRows(table, 4)).toEqual({ claims: table.claims, omitted: 0 });
    expect(shownRows(table, undefined).omitted).toBe(0);
  });

  it('beyond the limit, lists the newest claims first and says how many are left out', () => {
    const shown = shownRows(table, 2);
    expect(shown.claims.map((c) => c.id)).toEqual(['a', 'd']);
    expect(shown.omitted).toBe(2);
  });
});

describe('shownIncidents', () => {
  const incidents = [
    { id: 'x', date: { start: '2020-01-01' } },
    { id: 'y', date: { start: '2024-03-01' } },
    { id: 'z', date: { start: '2022-06-01' } },
  ];
  it('keeps all, as given, up to the limit; beyond it the newest first', () => {
    expect(shownIncidents(incidents, 3)).toEqual({ incidents, omitted: 0 });
    expect(shownIncidents(incidents, 2)).toEqual({ incidents: [incidents[1], incidents[2]], omitted: 1 });
  });
});
