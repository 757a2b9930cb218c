import { describe, expect, it } from 'vitest';
import { layeredTotals } from './layered-totals.ts';
import { claimRecord as c } from './test-claims.ts';

const zero = { incidents: 0, numbered: 0, range: { low: 0, high: 0 }, claimIds: [] };

// One realistic week: three accounts of Ménaka, two of Moura, and figures of every grade.
const week = [
  c({ id: 'menaka-is', incident: 'menaka', perpetrators: ['islamic-state-sahel'], claimant: 'islamic-state-sahel', stance: 'claimed', grade: 'weak', killed: 'over 50' }),
  c({ id: 'menaka-hrw', incident: 'menaka', perpetrators: ['islamic-state-sahel'], claimant: 'hrw', stance: 'reported', grade: 'fair', killed: '20-35' }),
  c({ id: 'menaka-gov', incident: 'menaka', perpetrators: ['islamic-state-sahel'], claimant: 'mali-government', stance: 'denied', grade: 'contested', killed: 2 }),
  c({ id: 'moura-un', incident: 'moura', perpetrators: ['malian-armed-forces', 'wagner-group'], claimant: 'un-ohchr', grade: 'confirmed', killed: 500 }),
  c({ id: 'moura-fama', incident: 'moura', perpetrators: ['malian-armed-forces'], claimant: 'malian-armed-forces', stance: 'claimed', grade: 'discounted', killed: 203 }),
  c({ id: 'ogossagou-local', claimant: 'local-media', grade: 'weak', killed: 'dozens' }),
  c({ id: 'tessit-unassessed', killed: 'unknown' }),
  c({ id: 'acled-2024', scope: 'aggregate', grade: 'fair', date: { from: '2024-01-01', to: '2024-12-31' }, killed: 'more than 900' }),
  c({ id: 'acled-2024-fake', scope: 'aggregate', grade: 'discounted', date: '2024', killed: 5000 }),
];

describe('layeredTotals (DESIGN §2.1, §2.4)', () => {
  const totals = layeredTotals(week);

  it('counts only confirmed and fair figures in the headline, each incident once', () => {
    // Ménaka 20–35 (the perpetrator's 51+ and the denial's 2 stay in their own layers) + Moura 500.
    expect(totals.headline).toEqual({ incidents: 2, numbered: 2, range: { low: 520, high: 535 }, claimIds: ['menaka-hrw', 'moura-un'] });
  });

  it("draws a perpetrator's own claim in the claimed layer, open if it is open", () => {
    expect(totals.layers.claimed).toEqual({ incidents: 1, numbered: 1, range: { low: 51, high: null }, claimIds: ['menaka-is'] });
  });

  it('draws weak, contested and unassessed figures in their own layers', () => {
    expect(totals.layers.weak).toEqual({ incidents: 1, numbered: 1, range: { low: 24, high: null }, claimIds: ['ogossagou-local'] });
    expect(totals.layers.contested).toEqual({ incidents: 1, numbered: 1, range: { low: 2, high: 2 }, claimIds: ['menaka-gov'] });
    expect(totals.layers.unassessed).toEqual({ incidents: 1, numbered: 0, range: { low: 0, high: 0 }, claimIds: ['tessit-unassessed'] });
  });

  it('returns non-discounted aggregates as reference marks, added to no total', () => {
    expect(totals.aggregates.map((claim) => claim.id)).toEqual(['acled-2024']);
    const everyId = [totals.headline, ...Object.values(totals.layers)].flatMap((total) => total.claimIds);
    expect(everyId).not.toContain('acled-2024');
  });

  it('leaves a discounted claim out of every total', () => {
    const everyId = [totals.headline, ...Object.values(totals.layers)].flatMap((total) => total.claimIds);
    expect(everyId).not.toContain('moura-fama');
    expect(everyId).toHaveLength(6);
  });

  it('gives the same totals whatever the input order', () => {
    expect(layeredTotals(week.toReversed())).toEqual(totals);
  });

  it('is all zero for no claims', () => {
    expect(layeredTotals([])).toEqual({ headline: zero, layers: { claimed: zero, weak: zero, contested: zero, unassessed: zero }, incidents: { headline: [], claimed: [], weak: [], contested: [], unassessed: [] }, aggregates: [] });
  });

  it('lists the incidents behind each layer with their range in that layer, as a table under the total shows them', () => {
    const rows = (layer: keyof typeof totals.incidents) => totals.incidents[layer].map((i) => [i.id, i.range]);
    expect(rows('headline')).toEqual([['menaka', { low: 20, high: 35 }], ['moura', { low: 500, high: 500 }]]);
    expect(rows('contested')).toEqual([['menaka', { low: 2, high: 2 }]]);
    expect(rows('unassessed')).toEqual([['tessit-unassessed', null]]);
  });
});
