import { describe, expect, it } from 'vitest';
import { formatTotal } from './format-total.ts';

const total = (low: number, high: number | null) => ({ incidents: 1, numbered: 1, range: { low, high }, claimIds: ['c'] });

describe('formatTotal', () => {
  it.each([
    [51, null, '51+'],
    [20, 35, '20\u201335'],
    [20, 20, '20'],
    [0, 0, '0'],
    [0, null, '0+'],
  ])('low %j, high %j → %j', (low, high, text) => {
    expect(formatTotal(total(low, high))).toBe(text);
  });

  it('joins a range with an en dash, never a hyphen', () => {
    expect(formatTotal(total(20, 35))).not.toContain('-');
  });

  it('says "no figure", not zero, when no incident gave a number', () => {
    expect(formatTotal({ incidents: 2, numbered: 0, range: { low: 0, high: 0 }, claimIds: ['a', 'b'] })).toBe('no figure');
  });
});
