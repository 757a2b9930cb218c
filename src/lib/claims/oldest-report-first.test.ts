import { describe, expect, it } from 'vitest';
import { oldestReportFirst } from './oldest-report-first.ts';
import { claimRecord } from './test-claims.ts';

describe('oldestReportFirst', () => {
  it('orders by the brief that reported each claim, keeping the written order within a brief', () => {
    const at = (id: string, briefDate: string) => ({ ...claimRecord({ id }), briefDate });
    const claims = [at('mckay', '2023-09-21'), at('ctp', '2022-05-06'), at('hrw', '2022-05-06')];
    expect(oldestReportFirst(claims).map((c) => c.id)).toEqual(['ctp', 'hrw', 'mckay']);
  });
});
