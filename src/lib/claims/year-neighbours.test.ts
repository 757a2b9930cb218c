import { describe, expect, it } from 'vitest';
import { yearNeighbours } from './year-neighbours.ts';

describe('yearNeighbours', () => {
  const years = ['2025', '2023', '2022'];
  it('gives the newer and the older year, skipping years without claims', () => {
    expect(yearNeighbours(years, '2023')).toEqual({ newer: '2025', older: '2022' });
    expect(yearNeighbours(years, '2025')).toEqual({ older: '2023' });
    expect(yearNeighbours(years, '2022')).toEqual({ newer: '2023' });
    expect(yearNeighbours(years, '1999')).toEqual({});
  });
});
