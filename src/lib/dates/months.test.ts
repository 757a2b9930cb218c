import { describe, expect, it } from 'vitest';
import { monthLabel, monthName, monthNumber, monthOfNumber } from './months.ts';

describe('month names', () => {
  it('names a month in full or in three letters', () => {
    expect(monthName(9)).toBe('September');
    expect(monthName(6, 'short')).toBe('Jun');
    expect(monthName(1, 'short')).toBe('Jan');
    expect(() => monthName(13)).toThrow('month 13 is not from 1 to 12');
  });

  it('labels a month or a day in it with its year, as a chart axis does', () => {
    expect(monthLabel('2022-09')).toBe('Sep 2022');
    expect(monthLabel('2024-12-31')).toBe('Dec 2024');
  });
});

describe('month arithmetic', () => {
  it('counts across a year boundary and back', () => {
    expect(monthNumber('2023-01') - monthNumber('2022-11')).toBe(2);
    expect(monthOfNumber(monthNumber('2022-12') + 1)).toBe('2023-01');
    expect(monthOfNumber(monthNumber('0999-03'))).toBe('0999-03');
  });

  it('refuses a month that is not YYYY-MM', () => {
    expect(() => monthNumber('2022-13')).toThrow('month "2022-13" is not of the form YYYY-MM');
    expect(() => monthNumber('2022-9')).toThrow('not of the form YYYY-MM');
  });
});
