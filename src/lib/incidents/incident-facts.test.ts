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
      victims: [
        { category: 'civilians', actors: [], claimants: ['ctp', 'mckay'] },
        { category: 'militants', actors: ['jnim'], claimants: ['fama'] },
      ],
      briefs: ['b1', 'b2'],
      claimants: ['ctp', 'fama', 'mckay'],
    });
  });

  it('names a victim actor only with the category its own claim gives, and reads unknown as "not stated"', () => {
    const militants = claimRecord({ id: 'm', claimant: 'fama', victims: { category: 'militants', actors: ['jnim'] } });
    const unstated = claimRecord({ id: 'u', claimant: 'un', victims: { category: 'unknown' } });
    expect(incidentFacts([militants, unstated]).victims).toEqual([
      { category: 'militants', actors: ['jnim'], claimants: ['fama'] },
      { category: 'not stated', actors: [], claimants: ['un'] },
    ]);
  });
});
