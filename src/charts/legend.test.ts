import { describe, expect, it } from 'vitest';
import { legendRows } from './legend.ts';
import { textWidth } from './place-labels.ts';

describe('legendRows', () => {
  it('sets entries side by side from the left, each a swatch then its text, and starts a row when the next does not fit', () => {
    const entries = [{ key: 'a', label: 'low end' }, { key: 'b', label: 'high end' }, { key: 'c', label: 'claim published' }];
    // Each entry takes its swatch (14), a gap (5), its text and 14 px before the next: "low end"
    // is 53.2 px wide at 14 px and "high end" 60.5 px, so the first two take 86.2 and 93.5 px,
    // and from x = 8 they fit in 189 px, with no room for the third.
    expect([textWidth('low end', 14), textWidth('high end', 14)].map((w) => Math.round(w * 10) / 10)).toEqual([53.2, 60.5]);
    const { legend, bottom } = legendRows(entries, 189, 14);
    expect(legend.map((e) => [e.key, e.swatch.x, e.swatch.y, e.text.y])).toEqual([
      ['a', 8, 4, 17],
      ['b', 94.2, 4, 17],
      ['c', 8, 26, 39],
    ]);
    expect(legend[0]).toEqual({ key: 'a', swatch: { x: 8, y: 4, size: 14 }, text: { x: 27, y: 17, label: 'low end' } });
    expect(bottom).toBe(48);
  });

  it('takes no room when there is nothing to explain', () => {
    expect(legendRows([], 300, 14)).toEqual({ legend: [], bottom: 0 });
  });
});
