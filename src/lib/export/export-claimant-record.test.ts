import { describe, expect, it } from 'vitest';
import { claimantRecords, groupIncidents } from '../claims/index.ts';
import { claimRecord } from '../claims/test-claims.ts';
import { claimantRecordCsv, claimantRecordJson } from './export-claimant-record.ts';

// A group's boast and a monitor's count of one attack, and the group's boast alone about another.
const records = claimantRecords(
  groupIncidents([
    claimRecord({ id: 'boast', incident: 'raid', date: '2024-03-09', perpetrators: ['group'], claimant: 'group', stance: 'claimed', grade: 'weak', killed: { min: 60, max: null, text: '=60 or more, "at least"' } }),
    claimRecord({ id: 'count', incident: 'raid', date: '2024-03-09', perpetrators: ['group'], claimant: 'monitor', grade: 'fair', killed: '12-15' }),
    claimRecord({ id: 'alone', date: '2024-01-02', perpetrators: ['group'], claimant: 'group', stance: 'claimed', grade: 'weak', killed: 'unknown' }),
  ]),
);
const name = (id: string) => ({ group: 'The Group', monitor: 'Monitor' })[id] ?? id;

describe('claimantRecordCsv', () => {
  it('writes one row per claimant and incident, claimants in the order given, unknown ends empty, text never a formula', () => {
    expect(claimantRecordCsv(records, ['monitor', 'group'], name).split('\r\n')).toEqual([
      'claimant,claimant_name,incident,incident_date,comparison,factor,claimant_phrases,claimant_low,claimant_high,independent_low,independent_high,independent_claimants,claims,briefs',
      'monitor,Monitor,raid,2024-03-09,no-independent-figure,,12-15,12,15,,,,count,mw-weekly-2024-02-01',
      `group,The Group,raid,2024-03-09,higher,4,"'=60 or more, ""at least""",60,,12,15,monitor,boast,mw-weekly-2024-02-01`,
      'group,The Group,alone,2024-01-02,no-independent-figure,,unknown,,,,,,alone,mw-weekly-2024-02-01',
      '',
    ]);
  });
});

describe('claimantRecordJson', () => {
  it('carries the same rows, a missing figure null, never 0', () => {
    const { rows } = claimantRecordJson(records, ['group'], name);
    expect(rows.map((r) => [r.incident, r.comparison, r.factor, r.claimant_low, r.claimant_high, r.independent_low, r.independent_high, r.independent_claimants])).toEqual([
      ['raid', 'higher', 4, 60, null, 12, 15, ['monitor']],
      ['alone', 'no-independent-figure', null, null, null, null, null, []],
    ]);
  });
});
