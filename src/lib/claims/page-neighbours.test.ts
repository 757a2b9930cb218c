import { describe, expect, it } from 'vitest';
import { pageNeighbours } from './page-neighbours.ts';

describe('pageNeighbours', () => {
  const years = ['2025', '2023', '2022'];
  it('gives the newer and the older page, skipping years without claims', () => {
    expect(pageNeighbours(years, '2023')).toEqual({ newer: '2025', older: '2022' });
    expect(pageNeighbours(years, '2025')).toEqual({ older: '2023' });
    expect(pageNeighbours(years, '2022')).toEqual({ newer: '2023' });
    expect(pageNeighbours(years, '1999')).toEqual({});
    expect(pageNeighbours(['2024', '2024/2', '2023'], '2024/2')).toEqual({ newer: '2024', older: '2023' });
  });
});
