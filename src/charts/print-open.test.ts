import { describe, expect, it } from 'vitest';
import { printsOpen } from './print-open.ts';

const rows = (n: number) => ({ rows: Array.from({ length: n }, (_, i) => i) });

describe('printsOpen', () => {
  it('prints tables of up to 15 rows in all open, and longer ones not', () => {
    expect(printsOpen([rows(10), rows(5)])).toBe(true);
    expect(printsOpen([rows(16)])).toBe(false);
    expect(printsOpen([rows(8), rows(8)])).toBe(false);
  });
});
