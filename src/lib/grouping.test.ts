import { describe, expect, it } from 'vitest';
import { indexBy } from './index-by.ts';
import { groupBy } from './group-by.ts';
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
