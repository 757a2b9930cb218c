import { describe, expect, it } from 'vitest';
import { formatClaimDate, formatCutoff, formatDay, formatMonthName, formatRfc822 } from './format-date.ts';
import { publicationState } from './select-published.ts';

describe('dates for readers', () => {
  it('writes days, months and years in words', () => {
    expect(formatDay('2022-09-29')).toBe('29 September 2022');
    expect(formatDay('2022-09')).toBe('September 2022');
    expect(formatDay('2024')).toBe('2024');
    expect(formatMonthName('2022-09')).toBe('September');
    expect(formatMonthName('2022-01-31')).toBe('January');
  });

  it('writes a claim date at its own precision, a period as its two ends', () => {
    expect(formatClaimDate({ precision: 'month', text: '2022-03', start: '2022-03-01', end: '2022-03-31' })).toBe('March 2022');
    expect(formatClaimDate({ precision: 'period', text: '2024-05-01 to 2024-12-12', start: '2024-05-01', end: '2024-12-12' })).toBe('1 May 2024 – 12 December 2024');
  });

  it('keeps a cutoff time zone as written', () => {
    expect(formatCutoff('2022-09-28T10:00Z')).toBe('28 September 2022, 10:00 UTC');
    expect(formatCutoff('2022-09-28T10:00:30+02:00')).toBe('28 September 2022, 10:00 +02:00');
    expect(formatCutoff('2022-09-28')).toBe('28 September 2022');
  });

  it('writes RFC 822 dates for feeds', () => {
    expect(formatRfc822('2022-09-29')).toBe('Thu, 29 Sep 2022 00:00:00 GMT');
  });
});

describe('publicationState', () => {
  it('tells drafts, scheduled and public briefs apart', () => {
    const brief = (date: string, draft = false) => ({ id: 'x', data: { date, draft } });
    expect(publicationState(brief('2024-01-01', true), '2025-01-01')).toBe('draft');
    expect(publicationState(brief('2025-01-02'), '2025-01-01')).toBe('scheduled');
    expect(publicationState(brief('2025-01-01'), '2025-01-01')).toBe('public');
  });
});
