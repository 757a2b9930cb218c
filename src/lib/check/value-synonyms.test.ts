import { describe, expect, it } from 'vitest';
import { synonymOf } from './value-synonyms.ts';

describe('synonymOf', () => {
  it('finds the value another word stands for, among the failing field’s values only', () => {
    expect(synonymOf('Boasted', ['claimed', 'reported'])).toBe('claimed');
    expect(synonymOf('disputed', ['confirmed', 'fair', 'weak', 'contested'])).toBe('contested');
    expect(synonymOf('contested', ['claimed', 'disputed'])).toBe('disputed');
    expect(synonymOf('boasted', ['civilians', 'military'])).toBeUndefined();
  });
});
