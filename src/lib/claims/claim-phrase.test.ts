import { describe, expect, it } from 'vitest';
import { claimPhrase } from './claim-phrase.ts';
import { claimRecord as c } from './test-claims.ts';

describe('claimPhrase', () => {
  it('gives the killed phrase as written', () => {
    expect(claimPhrase(c({ id: 'a', killed: 'over 50', wounded: 3 }))).toBe('over 50');
  });

  it('names what a claim without a killed figure gives, never a toll', () => {
    expect(claimPhrase(c({ id: 'b', killed: undefined, abducted: 1 }))).toBe('1 abducted');
    expect(claimPhrase(c({ id: 'c', killed: undefined, wounded: 'dozens', abducted: 'several' }))).toBe('dozens wounded, several abducted');
  });
});
