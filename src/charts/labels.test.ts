import { describe, expect, it } from 'vitest';
import { monthLabel, rangeLabel } from './labels.ts';

describe('labels', () => {
  it('reads ranges as the site writes them, unknown included', () => {
    expect(rangeLabel({ low: 51, high: null })).toBe('51+');
    expect(rangeLabel({ low: 20, high: 35 })).toBe('20–35');
    expect(rangeLabel({ low: 0, high: 0 })).toBe('0');
    expect(rangeLabel({ low: 0, high: 0, unknown: true })).toBe('unknown');
    expect(monthLabel('2022-09')).toBe('Sep 2022');
  });
});
