import { describe, expect, it } from 'vitest';
import { indexBy } from './index-by.ts';
import { groupBy } from './group-by.ts';
import { monthIndex } from '../dates/group-by-month.ts';
import { rankBy } from './rank-by.ts';

describe('rankBy', () => {
  it('counts each key once per item, most common first', () => {
    const briefs = [{ regions: ['gao', 'mali', 'gao'] }, { regions: ['mali'] }, { regions: ['kidal'] }];
    expect(rankBy(briefs, (b) => b.regions)).toEqual([{ key: 'mali', count: 2 }, { key: 'gao', count: 1 }, { key: 'kidal', count: 1 }]);
  });
});

describe('indexBy', () => {
  it('lists each item under each of its keys once, in order', () => {
    const index = indexBy([{ id: 1, a: ['x', 'y', 'x'] }, { id: 2, a: ['x'] }], (i) => i.a);
    expect([...index].map(([k, v]) => [k, v.map((i) => i.id)])).toEqual([['x', [1, 2]], ['y', [1]]]);
  });
});

describe('groupBy', () => {
  it('orders groups as asked, unknown keys last, items as given', () => {
    const groups = groupBy([{ k: 'pmc', n: 1 }, { k: 'zeta', n: 2 }, { k: 'jihadist', n: 3 }, { k: 'pmc', n: 4 }], (i) => i.k, ['jihadist', 'pmc']);
    expect(groups.map((g) => [g.key, g.items.map((i) => i.n)])).toEqual([['jihadist', [3]], ['pmc', [1, 4]], ['zeta', [2]]]);
  });
});

describe('monthIndex', () => {
  const brief = (date: string) => ({ data: { date } });
  it('gives each month its count and the page where it starts, pages of the given size', () => {
    const briefs = ['2024-03-20', '2024-03-02', '2024-01-15', '2023-12-30', '2023-12-01', '2023-11-11', '2023-02-01'].map(brief);
    expect(monthIndex(briefs, 2)).toEqual([
      { year: '2024', count: 3, months: [{ month: '2024-03', count: 2, page: 1 }, { month: '2024-01', count: 1, page: 2 }] },
      {
        year: '2023',
        count: 4,
        months: [
          // December starts on page 2 (after 2024-01-15) and runs on to page 3.
          { month: '2023-12', count: 2, page: 2 },
          { month: '2023-11', count: 1, page: 3 },
          { month: '2023-02', count: 1, page: 4 },
        ],
      },
    ]);
  });
  it('is empty for no items', () => {
    expect(monthIndex([], 100)).toEqual([]);
  });
});
