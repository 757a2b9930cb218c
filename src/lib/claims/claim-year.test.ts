import { describe, expect, it } from 'vitest';
import { claimYear } from './claim-year.ts';
import { claimRecord as c } from './test-claims.ts';

describe('claimYear', () => {
  it('lists a claim under the year its date starts, a period too', () => {
    expect(claimYear(c({ id: 'a', date: '2022-03' }))).toBe('2022');
    expect(claimYear(c({ id: 'b', date: { from: '2013-07-01', to: '2023-09-11' } }))).toBe('2013');
  });
});
