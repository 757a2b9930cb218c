import { describe, expect, it } from 'vitest';
import { monthAxis } from './month-axis.ts';

describe('monthAxis', () => {
  it('keeps busy months and short gaps as slots, and compresses three or more empty months into a break', () => {
    const axis = monthAxis('2022-01', '2022-09', new Set(['2022-01', '2022-03', '2022-09']), 0, 100);
    expect(axis.slots.map((s) => (s.kind === 'month' ? s.month : `${s.from}…${s.to}`))).toEqual(['2022-01', '2022-02', '2022-03', '2022-04…2022-08', '2022-09']);
    // Four month slots and one break of 0.6: 4.6 units over 100 px.
    expect(axis.slots.map((s) => Math.round(s.width * 10) / 10)).toEqual([21.7, 21.7, 21.7, 13, 21.7]);
  });

  it('places a month inside a break in proportion, and clamps months off the axis', () => {
    const axis = monthAxis('2022-01', '2022-09', new Set(['2022-01', '2022-09']), 0, 100);
    const gap = axis.slots[1]!;
    expect(gap.kind).toBe('gap');
    expect(axis.at('2022-02', 'start')).toBeCloseTo(gap.x);
    expect(axis.at('2022-08', 'end')).toBeCloseTo(gap.x + gap.width);
    expect(axis.at('2021-05', 'start')).toBe(0);
    expect(axis.at('2023-05', 'end')).toBe(100);
  });
});
