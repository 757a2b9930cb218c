import { describe, expect, it } from 'vitest';
import { claimRecord } from '../claims/test-claims.ts';
import { incidentFacts } from './incident-facts.ts';

describe('incidentFacts', () => {
  it('gathers places, victims, briefs and claimants once each, in report order', () => {
    const a = { ...claimRecord({ id: 'a', place: 'Moura, Djenné cercle', claimant: 'ctp', victims: { category: 'civilians' } }), brief: 'b1' };
    const b = { ...claimRecord({ id: 'b', place: 'Moura', claimant: 'fama', victims: { category: 'militants', actors: ['jnim'] } }), brief: 'b1' };
    const c = { ...claimRecord({ id: 'c', place: 'Moura', claimant: 'mckay', victims: { category: 'civilians' } }), brief: 'b2' };
    expect(incidentFacts([a, b, c])).toEqual({
      places: ['Moura, Djenné cercle', 'Moura'],
      victimCategories: ['civilians', 'militants'],
      victimActors: ['jnim'],
      briefs: ['b1', 'b2'],
      claimants: ['ctp', 'fama', 'mckay'],
    });
  });
});
