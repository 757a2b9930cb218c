import { describe, expect, it } from 'vitest';
import { partitionIncidents } from './partition-incidents.ts';
import { claimRecord as c } from './test-claims.ts';

describe('partitionIncidents (DESIGN §2.4)', () => {
  // Moura: fair reports naming the army and Wagner, JNIM's weak "hundreds" blaming Wagner alone.
  const claims = [
    c({ id: 'ctp', incident: 'moura', grade: 'fair', perpetrators: ['fama', 'wagner-group'], killed: 'at least 300' }),
    c({ id: 'jnim', incident: 'moura', grade: 'weak', stance: 'alleged', claimant: 'jnim', perpetrators: ['wagner-group', 'dozo'], killed: 'hundreds' }),
    c({ id: 'acled', scope: 'aggregate', grade: 'fair', date: '2024', killed: 'more than 900' }),
    c({ id: 'kidnap', grade: 'fair', killed: undefined, abducted: 1 }),
  ];
  const partition = partitionIncidents(claims);

  it('puts an incident in its own layer only, with that layer claims, range and perpetrators', () => {
    expect(partition.headline.map((i) => [i.id, i.range, i.counted.map((x) => x.id), i.perpetrators])).toEqual([['moura', { low: 300, high: null }, ['ctp'], ['fama', 'wagner-group']]]);
    expect(partition.weak).toEqual([]);
  });

  it('leaves out period totals and claims that are not about killing', () => {
    expect(Object.values(partition).flat().map((i) => i.id)).toEqual(['moura']);
  });
});
