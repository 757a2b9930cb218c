import { describe, expect, it } from 'vitest';
import { claimRecord } from '../claims/test-claims.ts';
import type { ClaimInput } from '../../schema/claim.ts';
import { incidentTimeline } from './incident-timeline.ts';
import type { CorrectionRecord } from './list-corrections.ts';

const inBrief = (brief: string, fields: Partial<ClaimInput> & Pick<ClaimInput, 'id'>) => ({ ...claimRecord(fields), brief, briefDate: brief.slice(0, 10) });
const may = '2022-05-06-central-mali';
const sept = '2023-09-21-after-minusma';
const moura = [
  inBrief(may, { id: 'ctp', killed: 'at least 300', claimant: 'ctp-2022-05-05', grade: 'fair' }),
  inBrief(may, { id: 'fama', killed: 'unknown', claimant: 'fama', stance: 'claimed', grade: 'contested', perpetrators: ['fama'] }),
  inBrief(may, { id: 'jnim', killed: 'hundreds', claimant: 'jnim', stance: 'alleged', grade: 'weak' }),
  inBrief(sept, { id: 'mckay', killed: 'over 300', claimant: 'mckay-2023-09-11', grade: 'fair' }),
  inBrief(sept, { id: 'denial', killed: 'unknown', claimant: 'malian-government', stance: 'denied', grade: 'contested' }),
];
const correction = (date: string, claims: string[]): CorrectionRecord => ({ date, text: `Corrected on ${date}.`, claims, brief: may, briefTitle: 'Central Mali', briefDate: '2022-05-06', anchor: `correction-${date}` });

describe('incidentTimeline', () => {
  it('lists each claim on its brief day and each correction naming one, oldest first', () => {
    const t = incidentTimeline('moura-2022-03', moura, [correction('2022-05-20', ['jnim', 'elsewhere']), correction('2022-06-01', ['elsewhere'])]);
    expect(t.entries.map((e) => (e.kind === 'published' ? `${e.date} ${e.claimant} "${e.phrase}" ${e.grade}` : e.kind === 'corrected' ? `${e.date} corrected ${e.claims.join(',')}` : ''))).toEqual([
      '2022-05-06 ctp-2022-05-05 "at least 300" fair',
      '2022-05-06 fama "unknown" contested',
      '2022-05-06 jnim "hundreds" weak',
      '2022-05-20 corrected jnim',
      '2023-09-21 mckay-2023-09-11 "over 300" fair',
      '2023-09-21 malian-government "unknown" contested',
    ]);
  });

  it('lists two corrections of one day in the order of their briefs, whatever order they come in', () => {
    const later = { ...correction('2026-12-02', ['mckay']), brief: sept, briefTitle: 'After MINUSMA', briefDate: '2023-09-21' };
    const earlier = correction('2026-12-02', ['ctp']);
    const t = incidentTimeline('moura-2022-03', moura, [later, earlier]);
    expect(t.entries.filter((e) => e.kind === 'corrected').map((e) => (e.kind === 'corrected' ? e.correction.briefTitle : ''))).toEqual(['Central Mali', 'After MINUSMA']);
  });

  it('keeps a figure its claim gives as "about 400" approximate', () => {
    const t = incidentTimeline('x', [inBrief(may, { id: 'acled', killed: 'about 400', grade: 'fair' })], []);
    expect(t.today.range).toEqual({ low: 400, high: 400, approximate: true });
  });

  it("keeps Moura's headline at 300+ when a later, higher open claim arrives", () => {
    const t = incidentTimeline('moura-2022-03', moura, []);
    expect(t.steps).toEqual([{ date: '2022-05-06', layer: 'headline', range: { low: 300, high: null }, claims: ['ctp'] }]);
    expect(t.today).toEqual({ date: '2022-05-06', layer: 'headline', range: { low: 300, high: null }, claims: ['ctp', 'mckay'] });
    expect(t.before).toBeNull();
  });

  it('records what the figure was before a later brief changed it', () => {
    const claims = [
      inBrief('2023-09-08-koumbori', { id: 'boast', killed: 'over 50', claimant: 'jnim', stance: 'claimed', grade: 'weak', perpetrators: ['jnim'] }),
      inBrief('2023-10-01-later', { id: 'army', killed: '12-20', claimant: 'burkinabe-forces', grade: 'fair', perpetrators: ['jnim'] }),
      inBrief('2023-11-01-later', { id: 'ngo', killed: 25, claimant: 'acled', grade: 'confirmed', perpetrators: ['jnim'] }),
    ];
    const t = incidentTimeline('koumbori', claims, []);
    expect(t.steps.map((s) => [s.date, s.layer, s.range])).toEqual([
      ['2023-09-08', 'claimed', { low: 51, high: null }],
      ['2023-10-01', 'headline', { low: 12, high: 20 }],
      ['2023-11-01', 'headline', { low: 12, high: 25 }],
    ]);
    expect(t.before?.range).toEqual({ low: 12, high: 20 });
    expect(t.today.claims).toEqual(['army', 'ngo']);
  });

  it('steps to a corrected figure on the day it replaced the old one, and says what it was before', () => {
    const losses = inBrief('2025-03-27-gao', { id: 'tz', killed: { min: 24, max: null, text: 'dozens' }, grade: 'fair' });
    const fix = { ...correction('2026-12-02', ['tz']), brief: '2025-03-27-gao' };
    const t = incidentTimeline('tinzaouaten', [losses], [fix], [{ claim: 'tz', killed: { min: null, max: null, text: 'unknown', approximate: false }, until: '2026-12-02' }]);
    expect(t.entries.map((e) => `${e.date} ${e.kind}${e.kind === 'revised' ? ` “${e.from}” → “${e.to}”` : e.kind === 'published' ? ` “${e.phrase}”` : ''}`)).toEqual([
      '2025-03-27 published “unknown”',
      '2026-12-02 revised “unknown” → “dozens”',
      '2026-12-02 corrected',
    ]);
    expect(t.steps.map((s) => [s.date, s.range])).toEqual([
      ['2025-03-27', null],
      ['2026-12-02', { low: 24, high: null }],
    ]);
    expect(t.before).toEqual({ date: '2025-03-27', layer: 'headline', range: null, claims: ['tz'] });
  });

  it('keeps an incident with no figure unknown, never zero', () => {
    const t = incidentTimeline('tinzaouaten', [inBrief('2025-03-27-gao', { id: 'tz', killed: 'unknown', grade: 'fair' })], []);
    expect(t.today).toEqual({ date: '2025-03-27', layer: 'headline', range: null, claims: ['tz'] });
  });

  it('leaves discounted claims out of the figure but on the record', () => {
    const t = incidentTimeline('x', [inBrief('2024-01-01-a', { id: 'a', killed: 5, grade: 'fair' }), inBrief('2024-02-01-b', { id: 'b', killed: 500, grade: 'discounted' })], []);
    expect(t.steps).toHaveLength(1);
    expect(t.entries.map((e) => e.kind === 'published' && e.layer)).toEqual(['headline', null]);
    expect(t.steps.map((s) => s.range)).toEqual([{ low: 5, high: 5 }]);
  });
});
