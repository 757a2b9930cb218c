import { describe, expect, it } from 'vitest';
import { groupIncidents } from './claims/index.ts';
import { claimRecord } from './claims/test-claims.ts';
import { claimsCsv, claimsJson } from './export-data.ts';

const claims = [
  claimRecord({ id: 'koumbori-jnim', incident: 'koumbori', killed: 'over 50', perpetrators: ['jnim'], claimant: 'jnim', stance: 'claimed', grade: 'weak', note: 'Spoils, "a drone", seized' }),
  claimRecord({ id: 'koumbori-army', incident: 'koumbori', killed: 53, grade: 'fair' }),
  claimRecord({ id: 'acled-2024', killed: 'more than 900', scope: 'aggregate', date: { from: '2024-01-01', to: '2024-12-31' } }),
];

describe('claimsCsv', () => {
  const lines = claimsCsv(claims).split('\r\n');

  it('has one row per claim with min, max and the phrase as written', () => {
    expect(lines.length).toBe(claims.length + 2); // header, rows, final empty line
    const header = lines[0]!.split(',');
    const row = (i: number) => Object.fromEntries(header.map((h, n) => [h, lines[i]!.match(/("([^"]|"")*"|[^,]*)(,|$)/g)![n]!.replace(/,$/, '')]));
    expect(row(1)).toMatchObject({ id: 'koumbori-jnim', killed_min: '51', killed_max: '', killed_text: 'over 50', layer: 'claimed', note: '"Spoils, ""a drone"", seized"' });
    expect(row(3)).toMatchObject({ id: 'acled-2024', date_precision: 'period', date_start: '2024-01-01', killed_min: '901', scope: 'aggregate' });
  });
});

describe('claimsJson', () => {
  it('gives incidents their range and claims, never adding aggregates', () => {
    const json = claimsJson(claims, groupIncidents(claims));
    expect(json.incidents).toEqual([expect.objectContaining({ id: 'koumbori', killed: { min: 51, max: null }, claims: ['koumbori-jnim', 'koumbori-army'] })]);
    expect(json.claims.map((c) => c.layer)).toEqual(['claimed', 'headline', 'unassessed']);
  });
});
