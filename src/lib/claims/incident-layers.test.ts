import { describe, expect, it } from 'vitest';
import { groupIncidents } from './group-incidents.ts';
import { incidentLayers } from './incident-layers.ts';
import { claimRecord as c } from './test-claims.ts';

// Moura as the starter content records it: three fair reports, a weak "hundreds" from
// JNIM, the army's own claim and the government's denial with no figure.
const [moura] = groupIncidents([
  c({ id: 'ctp', incident: 'moura', grade: 'fair', killed: 'at least 300' }),
  c({ id: 'jnim', incident: 'moura', grade: 'weak', stance: 'alleged', claimant: 'jnim', killed: 'hundreds' }),
  c({ id: 'fama', incident: 'moura', grade: 'contested', stance: 'claimed', claimant: 'fama', perpetrators: ['fama'], killed: 'unknown' }),
  c({ id: 'mckay', incident: 'moura', grade: 'fair', killed: 'over 300' }),
  c({ id: 'denial', incident: 'moura', grade: 'contested', stance: 'denied', claimant: 'malian-government', killed: 'unknown' }),
  c({ id: 'fake', incident: 'moura', grade: 'discounted', killed: 5 }),
]);

describe('incidentLayers (DESIGN §2.2, §2.4)', () => {
  const layers = incidentLayers(moura!);

  it("ranges each layer over its own claims, so JNIM's weak 200+ never lowers the headline 300+", () => {
    expect(layers.map((l) => [l.layer, l.range, l.claims.map((x) => x.id)])).toEqual([
      ['headline', { low: 300, high: null }, ['ctp', 'mckay']],
      ['weak', { low: 200, high: null }, ['jnim']],
      ['contested', null, ['denial']],
      ['claimed', null, ['fama']],
    ]);
  });

  it('puts first the most trusted layer that gives a figure, ahead of a more trusted one that gives none', () => {
    const [x] = groupIncidents([c({ id: 'un', incident: 'x', grade: 'confirmed', killed: 'unknown' }), c({ id: 'local', incident: 'x', grade: 'weak', killed: 12 })]);
    expect(incidentLayers(x!).map((l) => [l.layer, l.range])).toEqual([['weak', { low: 12, high: 12 }], ['headline', null]]);
  });

  it('falls back to the next layer down when no claim is confirmed or fair', () => {
    const [koumbori] = groupIncidents([c({ id: 'k', grade: 'weak', killed: 'over 50' })]);
    expect(incidentLayers(koumbori!)).toEqual([{ layer: 'weak', range: { low: 51, high: null }, claims: [koumbori!.claims[0]] }]);
  });
});
