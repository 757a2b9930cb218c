import { describe, expect, it } from 'vitest';
import { replaceChartSlots, splitChartSlots } from './chart-slots.ts';

const html = '<p>a</p><div class="chart-slot" data-chart="fatalities-by-month" data-actor="wagner-group"></div><p>b</p><div class="chart-slot" data-chart="region-map" data-region="mali"></div>';

describe('chart slots', () => {
  it('splits a brief around its charts, in order', () => {
    expect(splitChartSlots(html)).toEqual([
      '<p>a</p>',
      { type: 'fatalities-by-month', actor: 'wagner-group' },
      '<p>b</p>',
      { type: 'region-map', region: 'mali' },
    ]);
    expect(splitChartSlots('<p>none</p>')).toEqual(['<p>none</p>']);
  });

  it('replaces slots for feeds', () => {
    expect(replaceChartSlots(html, (s) => `[${s.type}]`)).toBe('<p>a</p>[fatalities-by-month]<p>b</p>[region-map]');
  });
});
