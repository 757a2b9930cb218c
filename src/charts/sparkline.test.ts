import { describe, expect, it } from 'vitest';
import { sparkline } from './sparkline.ts';
import { badNumbers } from './test-round.ts';

describe('sparkline', () => {
  it('draws a line and an area from a zero baseline', () => {
    expect(sparkline({ values: [0, 3, 1, 5] }, { name: 'Claims per month' })).toMatchInlineSnapshot(`
      {
        "area": "M2,18L27.3,8.4L52.7,14.8L78,2L78,18L2,18Z",
        "baseline": 18,
        "empty": false,
        "height": 20,
        "label": "Claims per month, 4 months: highest 5, latest 5",
        "last": {
          "x": 78,
          "y": 2,
        },
        "line": "M2,18L27.3,8.4L52.7,14.8L78,2",
        "width": 80,
      }
    `);
  });

  it('stretches a single value across the width', () => {
    const g = sparkline({ values: [4] });
    expect(g.line).toBe('M2,2L78,2');
    expect(g.label).toBe('Values per month, 1 month: highest 4, latest 4');
  });

  it('keeps an all-zero series on the baseline', () => {
    const g = sparkline({ values: [0, 0, 0] });
    expect(g.line).toBe('M2,18L78,18');
    expect(badNumbers(g)).toEqual([]);
  });

  it('leaves out the points inside a flat stretch, which draw nothing', () => {
    const g = sparkline({ values: [0, 0, 0, 2, 2, 2, 0] });
    // x: 2, 14.7, 27.3, 40, 52.7, 65.3, 78; a rise at the fourth month, a fall at the last.
    expect(g.line).toBe('M2,18L27.3,18L40,2L65.3,2L78,18');
    expect(g.area).toBe('M2,18L27.3,18L40,2L65.3,2L78,18L78,18L2,18Z');
  });

  it('gives an empty state, not NaN, for no values or broken ones', () => {
    const empty = sparkline({ values: [] });
    expect(empty).toMatchObject({ empty: true, line: '', last: null });
    expect(badNumbers(empty)).toEqual([]);
    expect(badNumbers(sparkline({ values: [1, Number.NaN, 2] }))).toEqual([]);
  });
});
