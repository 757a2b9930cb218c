import { describe, expect, it } from 'vitest';
import { placeLabels, wrapText } from './place-labels.ts';

const box = (x: number, y: number, width = 10, height = 10) => ({ x, y, width, height });
const frame = box(0, 0, 100, 100);

describe('placeLabels', () => {
  it('gives each label its first free position, moves the second off the first, and leaves out one with no room', () => {
    const placed = placeLabels([[box(10, 10)], [box(15, 10), box(40, 10)], [box(10, 10), box(95, 95)]], [], frame);
    expect(placed).toEqual([0, 1, null]);
  });

  it('keeps labels off the marks', () => {
    expect(placeLabels([[box(10, 10), box(30, 10)]], [box(5, 5, 15, 15)], frame)).toEqual([1]);
  });
});

describe('wrapText', () => {
  it('breaks at spaces to fit the width', () => {
    expect(wrapText('counted under each perpetrator; do not add', 140, 12)).toEqual(['counted under each', 'perpetrator; do not', 'add']);
  });
});
