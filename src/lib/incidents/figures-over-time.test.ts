import { describe, expect, it } from 'vitest';
import { claimRecord } from '../claims/test-claims.ts';
import { figuresOverTime } from './figures-over-time.ts';

const reported = (brief: string, briefDate: string, fields: Parameters<typeof claimRecord>[0]) => ({ ...claimRecord({ incident: 'moura', ...fields }), brief, briefDate });

describe('figuresOverTime', () => {
  it("gives the incident's figure after each brief, by today's rule", () => {
    const claims = [
      reported('b1', '2022-05-06', { id: 'jnim', grade: 'weak', stance: 'alleged', claimant: 'jnim', killed: 'hundreds' }),
      reported('b1', '2022-05-06', { id: 'ctp', grade: 'fair', killed: 'at least 300' }),
      reported('b2', '2023-09-21', { id: 'mckay', grade: 'fair', killed: 'over 300' }),
      reported('b3', '2024-01-10', { id: 'fake', grade: 'discounted', killed: 5 }),
    ];
    expect(figuresOverTime(claims)).toEqual([
      { brief: 'b1', briefDate: '2022-05-06', layer: 'headline', range: { low: 300, high: null } },
      { brief: 'b2', briefDate: '2023-09-21', layer: 'headline', range: { low: 300, high: null } },
      { brief: 'b3', briefDate: '2024-01-10', layer: 'headline', range: { low: 300, high: null } },
    ]);
  });

  it('shows a weak first report before a fair one arrives', () => {
    const claims = [
      reported('b1', '2023-09-08', { id: 'jnim', grade: 'weak', stance: 'claimed', claimant: 'jnim', perpetrators: ['jnim'], killed: 'over 50' }),
      reported('b2', '2023-09-22', { id: 'army', grade: 'fair', killed: 17 }),
    ];
    expect(figuresOverTime(claims).map((f) => [f.layer, f.range])).toEqual([
      ['claimed', { low: 51, high: null }],
      ['headline', { low: 17, high: 17 }],
    ]);
  });
});
