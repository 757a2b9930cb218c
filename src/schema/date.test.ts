import { describe, expect, it } from 'vitest';
import { ClaimDateSchema, IsoDateTimeSchema, IsoDaySchema } from './date.ts';

describe('dates', () => {
  it('accepts real days, quoted or as YAML dates', () => {
    expect(IsoDaySchema.parse('2024-02-29')).toBe('2024-02-29');
    expect(IsoDaySchema.parse(new Date('2022-09-29T00:00:00Z'))).toBe('2022-09-29');
  });

  it('refuses days that do not exist', () => {
    for (const bad of ['2024-02-30', '2023-02-29', '2024-13-45', '2024-1-5', 'soon']) {
      expect(IsoDaySchema.safeParse(bad).error?.issues[0]?.message).toBe(`"${bad}" is not a real date; expected "YYYY-MM-DD"`);
    }
  });

  it('accepts a data cutoff as a day or an instant', () => {
    expect(IsoDateTimeSchema.parse('2022-09-28T10:00Z')).toBe('2022-09-28T10:00Z');
    expect(IsoDateTimeSchema.safeParse('2022-09-28T25:00Z').success).toBe(false);
  });

  it('reads a claim date with its precision and span', () => {
    expect(ClaimDateSchema.parse('2022-09')).toEqual({ text: '2022-09', precision: 'month', start: '2022-09-01', end: '2022-09-30' });
    expect(ClaimDateSchema.parse(2024)).toEqual({ text: '2024', precision: 'year', start: '2024-01-01', end: '2024-12-31' });
    expect(ClaimDateSchema.parse('2024-02')).toMatchObject({ end: '2024-02-29' });
    expect(ClaimDateSchema.parse({ from: '2024-05-01', to: '2024-12-31' })).toEqual({ text: '2024-05-01 to 2024-12-31', precision: 'period', start: '2024-05-01', end: '2024-12-31' });
  });

  it('refuses impossible claim dates and reversed periods', () => {
    expect(ClaimDateSchema.safeParse('2024-13').error?.issues[0]?.message).toMatch(/^"2024-13" is not a real date; expected "YYYY", "YYYY-MM"/);
    expect(ClaimDateSchema.safeParse({ from: '2024-12-31', to: '2024-01-01' }).error?.issues[0]?.message).toBe('period ends (2024-01-01) before it starts (2024-12-31); expected from ≤ to');
  });
});
