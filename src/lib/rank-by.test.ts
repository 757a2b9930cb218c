import { describe, expect, it } from 'vitest';
import { indexBy } from './index-by.ts';
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
