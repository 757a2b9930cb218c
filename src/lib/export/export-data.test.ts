import { describe, expect, it } from 'vitest';
import { groupIncidents } from '../claims/index.ts';
import { claimRecord } from '../claims/test-claims.ts';
import { claimsCsv, claimsJson, incidentsCsv } from './export-data.ts';

const claims = [
  claimRecord({ id: 'koumbori-jnim', incident: 'koumbori', killed: 'over 50', perpetrators: ['jnim'], claimant: 'jnim', stance: 'claimed', grade: 'weak', note: 'Spoils, "a drone", seized' }),
  claimRecord({ id: 'koumbori-army', incident: 'koumbori', killed: 53, grade: 'fair' }),
  claimRecord({ id: 'acled-2024', killed: 'more than 900', scope: 'aggregate', date: { from: '2024-01-01', to: '2024-12-31' } }),
  claimRecord({ id: 'acled-2024-others', killed: 'about 400', scope: 'aggregate', date: { from: '2024-01-01', to: '2024-12-31' } }),
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

  it('says which figures are approximate, and nothing where no figure is given', () => {
    const header = lines[0]!.split(',');
    const cell = (i: number, name: string) => lines[i]!.split(',')[header.indexOf(name)];
    expect(header.slice(header.indexOf('killed_min'), header.indexOf('killed_min') + 4)).toEqual(['killed_min', 'killed_max', 'killed_text', 'killed_approximate']);
    expect(cell(4, 'killed_text')).toBe('about 400');
    expect(cell(4, 'killed_approximate')).toBe('true');
    expect(cell(2, 'killed_approximate')).toBe('false');
    expect(cell(2, 'wounded_approximate')).toBe('');
  });
});

describe('claimsJson', () => {
  it("gives incidents the range of their own layer, as the totals do, with each layer's range beside it; never adding aggregates", () => {
    const json = claimsJson(claims, groupIncidents(claims), (id) => `/incidents/${id}/`);
    expect(json.incidents).toEqual([
      expect.objectContaining({
        id: 'koumbori',
        url: '/incidents/koumbori/',
        layer: 'headline',
        // The army's fair 53, not 51+ stretched by the attacker's own "over 50".
        killed: { min: 53, max: 53 },
        layers: [
          { layer: 'headline', killed: { min: 53, max: 53 }, claims: ['koumbori-army'] },
          { layer: 'claimed', killed: { min: 51, max: null }, claims: ['koumbori-jnim'] },
        ],
        claims: ['koumbori-jnim', 'koumbori-army'],
      }),
    ]);
    expect(json.claims.map((c) => c.layer)).toEqual(['claimed', 'headline', 'unassessed', 'unassessed']);
    // A period total belongs to no incident; the others name theirs.
    expect(json.claims.map((c) => c.incident)).toEqual(['koumbori', 'koumbori', null, null]);
  });

  it('says null, never 0, for an incident whose claims give no figure', () => {
    const unknown = [claimRecord({ id: 'tinzaouaten', grade: 'fair', killed: 'unknown' })];
    expect(claimsJson(unknown, groupIncidents(unknown)).incidents[0]).toMatchObject({ layer: 'headline', killed: null });
  });
});

describe('incidentsCsv', () => {
  it('has one row per incident with its layer, its figure there, every layer, its claims and page', () => {
    const incidents = groupIncidents(claims);
    const csv = incidentsCsv(incidents, (i) => i.claims, (id) => `https://x.org/incidents/${id}/`);
    expect(csv.split('\r\n')).toEqual([
      'id,date,date_precision,date_start,date_end,region,perpetrators,layer,killed_min,killed_max,layers,claims,briefs,url',
      'koumbori,2024-01-15,day,2024-01-15,2024-01-15,mali-menaka,jnim,headline,53,53,headline 53; claimed 51+,koumbori-jnim;koumbori-army,mw-weekly-2024-02-01,https://x.org/incidents/koumbori/',
      '',
    ]);
  });
});
