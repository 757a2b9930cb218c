import { describe, expect, it } from 'vitest';
import { interleaveChartSlots, replaceChartSlots } from './chart-slots.ts';

const html = '<p>a</p><div class="chart-slot" data-chart="fatalities-by-month" data-actor="wagner-group"></div><p>b</p><div class="chart-slot" data-chart="region-map" data-region="mali"></div>';

describe('chart slots', () => {
  it('puts each chart between the parts of a brief, in order', () => {
    const slots = [{ type: 'fatalities-by-month', actor: 'wagner-group' }, { type: 'region-map', region: 'mali' }];
    expect(interleaveChartSlots(['<p>a</p>', '<p>b</p>', ''], slots)).toEqual(['<p>a</p>', slots[0], '<p>b</p>', slots[1]]);
    expect(interleaveChartSlots(['<p>none</p>'], [])).toEqual(['<p>none</p>']);
  });

  it('replaces slots for feeds', () => {
    expect(replaceChartSlots(html, (s) => `[${s.type}]`)).toBe('<p>a</p>[fatalities-by-month]<p>b</p>[region-map]');
  });
});
