import { describe, expect, it } from 'vitest';
import { interleaveChartSlots } from './chart-slots.ts';

describe('chart slots', () => {
  it('puts each chart between the parts of a brief, in order', () => {
    const slots = [{ type: 'fatalities-by-month', actor: 'wagner-group' }, { type: 'region-map', region: 'mali' }];
    expect(interleaveChartSlots(['<p>a</p>', '<p>b</p>', ''], slots)).toEqual(['<p>a</p>', slots[0], '<p>b</p>', slots[1]]);
    expect(interleaveChartSlots(['<p>none</p>'], [])).toEqual(['<p>none</p>']);
  });
});
