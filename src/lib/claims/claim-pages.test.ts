import { describe, expect, it } from 'vitest';
import { claimPages } from './claim-pages.ts';
import { sortClaims } from './sort-claims.ts';
import { claimRecord as c } from './test-claims.ts';

describe('claimPages', () => {
  const claims = sortClaims([
    c({ id: 'a', date: '2024-03-01' }),
    c({ id: 'b', date: '2024-02' }),
    c({ id: 'c', date: '2024' }),
    c({ id: 'd', date: '2022-05-06' }),
    c({ id: 'e', date: { from: '2022-01-01', to: '2023-12-31' } }),
  ]);
  const pages = (perPage: number) => claimPages(claims, perPage).map((p) => [p.key, p.claims.map((x) => x.id)]);

  it('gives each year one page, newest first, when it fits', () => {
    expect(pages(10)).toEqual([['2024', ['a', 'b', 'c']], ['2022', ['d', 'e']]]);
  });

  it('splits a long year into numbered parts, keeping the order', () => {
    expect(pages(2)).toEqual([['2024', ['a', 'b']], ['2024/2', ['c']], ['2022', ['d', 'e']]]);
  });

  it('is empty for no claims', () => {
    expect(claimPages([], 5)).toEqual([]);
  });
});
