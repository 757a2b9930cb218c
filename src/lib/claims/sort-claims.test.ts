import { describe, expect, it } from 'vitest';
import { sortClaims } from './sort-claims.ts';
import { claimRecord } from './test-claims.ts';

describe('sortClaims', () => {
  it('puts the newest first, a month before the days of the previous month, ties by id', () => {
    const claims = [claimRecord({ id: 'b', date: '2022-03' }), claimRecord({ id: 'c', date: '2022-02-27' }), claimRecord({ id: 'a', date: '2022-03' }), claimRecord({ id: 'd', date: '2024' })];
    expect(sortClaims(claims).map((c) => c.id)).toEqual(['d', 'a', 'b', 'c']);
  });
});
