import { describe, expect, it } from 'vitest';
import { layeredTotals } from './layered-totals.ts';
import { layerRows, layersInUse } from './layer-rows.ts';
import { claimRecord as c } from './test-claims.ts';

describe('layerRows and layersInUse', () => {
  const totals = layeredTotals([
    c({ id: 'moura-ctp', incident: 'moura', grade: 'fair', killed: 'at least 300' }),
    c({ id: 'moura-jnim', incident: 'moura', grade: 'weak', claimant: 'jnim', stance: 'alleged', killed: 'hundreds' }),
    c({ id: 'raid', grade: 'fair', killed: 'unknown' }),
    c({ id: 'ambush', grade: 'weak', killed: 'several' }),
  ]);

  it('labels and words each layer, with the incidents behind it', () => {
    expect(layerRows(totals, ['headline', 'weak']).map((r) => [r.label, r.text.figure, r.text.detail, r.incidents.map((i) => i.id)])).toEqual([
      ['Headline (confirmed and fair)', '300+', 'in 2 incidents; 1 of 2 incidents gives no figure', ['moura', 'raid']],
      ['Weak', '3+', 'in 1 incident', ['ambush']],
    ]);
  });

  it('names the layers that count any incident, in order', () => {
    expect(layersInUse([totals, layeredTotals([c({ id: 'x', grade: 'contested' })])])).toEqual(['headline', 'weak', 'contested']);
    expect(layersInUse([])).toEqual([]);
  });
});
