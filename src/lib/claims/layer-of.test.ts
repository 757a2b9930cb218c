import { describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../schema/claim.ts';
import { layerNameOf, layerOf } from './layer-of.ts';
import { claimRecord } from './test-claims.ts';

const islamicState: Partial<ClaimInput> = { perpetrators: ['islamic-state-sahel'], claimant: 'islamic-state-sahel', stance: 'claimed' };

describe('layerOf (DESIGN §2.4)', () => {
  it.each([
    ['confirmed', 'headline'],
    ['fair', 'headline'],
    ['weak', 'weak'],
    ['contested', 'contested'],
    ['unassessed', 'unassessed'],
    ['discounted', null],
  ] as const)('a reported claim graded %s → %j', (grade, layer) => {
    expect(layerOf(claimRecord({ id: 'c', grade }))).toBe(layer);
  });

  it('puts an ungraded claim in the unassessed layer (the schema default)', () => {
    expect(layerOf(claimRecord({ id: 'c' }))).toBe('unassessed');
  });

  it.each([
    ['weak', 'claimed'],
    ['contested', 'claimed'],
    ['unassessed', 'claimed'],
    ['fair', 'headline'],
    ['confirmed', 'headline'],
    ['discounted', null],
  ] as const)("an Islamic State claim of its own kills graded %s → %j", (grade, layer) => {
    expect(layerOf(claimRecord({ id: 'c', ...islamicState, grade }))).toBe(layer);
  });

  it('finds the claimant among several perpetrators', () => {
    const claim = claimRecord({ id: 'c', ...islamicState, perpetrators: ['jnim', 'islamic-state-sahel'], grade: 'weak' });
    expect(layerOf(claim)).toBe('claimed');
  });

  it("does not treat a rival's claim as the perpetrator's own", () => {
    const claim = claimRecord({ id: 'c', perpetrators: ['islamic-state-sahel'], claimant: 'jnim', stance: 'claimed', grade: 'weak' });
    expect(layerOf(claim)).toBe('weak');
  });

  it('keeps a contested government denial in the contested layer, even when the army is the perpetrator', () => {
    const denial: Partial<ClaimInput> = { perpetrators: ['malian-armed-forces'], claimant: 'malian-armed-forces', stance: 'denied', grade: 'contested' };
    expect(layerOf(claimRecord({ id: 'c', ...denial }))).toBe('contested');
    expect(layerOf(claimRecord({ id: 'c', ...denial, claimant: 'mali-government' }))).toBe('contested');
  });
});

describe('layerNameOf', () => {
  it('names the layer as tables show it, and a discounted claim as counted nowhere', () => {
    expect(layerNameOf(claimRecord({ id: 'c', grade: 'fair' }))).toBe('Headline (confirmed and fair)');
    expect(layerNameOf(claimRecord({ id: 'c', ...islamicState, grade: 'weak' }))).toBe('Claimed by the perpetrator');
    expect(layerNameOf(claimRecord({ id: 'c', grade: 'discounted' }))).toBe('Discounted (counted nowhere)');
  });
});
