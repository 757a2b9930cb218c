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

  it('counts each incident in one layer only: Ménaka and Moura in the headline, with their confirmed and fair figures', () => {
    // Ménaka 20–35 (the perpetrator's 51+ and the denial's 2 count in no total) + Moura 500.
    expect(totals.headline).toEqual({ incidents: 2, numbered: 2, range: { low: 520, high: 535 }, claimIds: ['menaka-hrw', 'moura-un'] });
  });

  it("leaves a perpetrator's boast and a denial of an incident the headline counts out of every other layer", () => {
    expect(totals.layers.claimed).toEqual(zero);
    expect(totals.layers.contested).toEqual(zero);
  });

  it('counts an incident known only through weak or unassessed claims in that layer, unknown as no figure', () => {
    expect(totals.layers.weak).toEqual({ incidents: 1, numbered: 1, range: { low: 24, high: null }, claimIds: ['ogossagou-local'] });
    expect(totals.layers.unassessed).toEqual({ incidents: 1, numbered: 0, range: { low: 0, high: 0 }, claimIds: ['tessit-unassessed'] });
  });

  it('adds up to no more incidents than there are: 4 incidents, 4 in the layers', () => {
    const counted = [totals.headline, ...Object.values(totals.layers)].reduce((n, t) => n + t.incidents, 0);
    expect(counted).toBe(4);
  });

  it('takes the most trusted layer that gives a figure: a confirmed "unknown" yields to a weak number', () => {
    const t = layeredTotals([c({ id: 'un', incident: 'x', grade: 'confirmed', killed: 'unknown' }), c({ id: 'local', incident: 'x', grade: 'weak', killed: 12 })]);
    expect(t.headline.incidents).toBe(0);
    expect(t.layers.weak).toEqual({ incidents: 1, numbered: 1, range: { low: 12, high: 12 }, claimIds: ['local'] });
  });

  it("counts a perpetrator's own figure when no other claim gives one", () => {
    const t = layeredTotals([c({ id: 'is', incident: 'y', perpetrators: ['is'], claimant: 'is', stance: 'claimed', grade: 'weak', killed: 'over 50' }), c({ id: 'gov', incident: 'y', grade: 'contested', killed: 'unknown' })]);
    expect(t.layers.claimed).toEqual({ incidents: 1, numbered: 1, range: { low: 51, high: null }, claimIds: ['is'] });
    expect(t.layers.contested.incidents).toBe(0);
  });

  it('adds nothing to killed totals for a claim only about abductions, not even "no figure"', () => {
    const t = layeredTotals([c({ id: 'kidnap', grade: 'fair', killed: undefined, abducted: 1 })]);
    expect(t.headline).toEqual(zero);
  });

  it('returns non-discounted aggregates as reference marks, added to no total', () => {
    expect(totals.aggregates.map((claim) => claim.id)).toEqual(['acled-2024']);
    const everyId = [totals.headline, ...Object.values(totals.layers)].flatMap((total) => total.claimIds);
    expect(everyId).not.toContain('acled-2024');
  });

  it('leaves a discounted claim out of every total', () => {
    const everyId = [totals.headline, ...Object.values(totals.layers)].flatMap((total) => total.claimIds);
    expect(everyId).not.toContain('moura-fama');
    expect(everyId).toHaveLength(4);
  });

  it('gives the same totals and incidents whatever the input order', () => {
    const reversed = layeredTotals(week.toReversed());
    expect([reversed.headline, reversed.layers]).toEqual([totals.headline, totals.layers]);
    const figures = (t: typeof totals) => Object.values(t.incidents).map((list) => list.map((i) => [i.id, i.range]));
    expect(figures(reversed)).toEqual(figures(totals));
  });

  it('is all zero for no claims', () => {
    expect(layeredTotals([])).toEqual({ headline: zero, layers: { weak: zero, contested: zero, unassessed: zero, claimed: zero }, incidents: { headline: [], weak: [], contested: [], unassessed: [], claimed: [] }, aggregates: [] });
  });

  it('lists the incidents behind each layer with their range in that layer, as a table under the total shows them', () => {
    const rows = (layer: keyof typeof totals.incidents) => totals.incidents[layer].map((i) => [i.id, i.range, i.counted.map((x) => x.id)]);
    expect(rows('headline')).toEqual([['menaka', { low: 20, high: 35 }, ['menaka-hrw']], ['moura', { low: 500, high: 500 }, ['moura-un']]]);
    expect(rows('contested')).toEqual([]);
    expect(rows('unassessed')).toEqual([['tessit-unassessed', null, ['tessit-unassessed']]]);
  });
});
