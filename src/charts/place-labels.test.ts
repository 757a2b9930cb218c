import { describe, expect, it } from 'vitest';
import { placeLabels, textWidth, spotsAround, wrapText } from './place-labels.ts';

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
    // "perpetrator; do not add" is 11.4 em in DejaVu Sans: 136.8 px at 12 px, inside 140.
    expect(wrapText('counted under each perpetrator; do not add', 140, 12)).toEqual(['counted under each', 'perpetrator; do not add']);
    expect(wrapText('counted under each perpetrator; do not add', 130, 12)).toEqual(['counted under each', 'perpetrator; do not', 'add']);
  });

  it('measures a label as wide as DejaVu Sans draws it, the widest face the charts meet', () => {
    // "200+": three digits of 0.64 em and a plus of 0.84 em, at 14 px.
    expect(textWidth('200+', 14)).toBeCloseTo(38.64, 5);
    // Accented letters measure as their base letter: "Ménaka" as "Menaka".
    expect(textWidth('Ménaka', 10)).toBeCloseTo(textWidth('Menaka', 10), 5);
  });
});

describe('spotsAround', () => {
  it('offers right, left, above, below and the diagonals, nearer ones first, far ones needing a leader line', () => {
    const spots = spotsAround({ x: 50, y: 50, r: 10 }, 20, 12, [4, 30]);
    expect(spots).toHaveLength(16);
    expect(spots.slice(0, 4).map((s) => s.at)).toEqual([
      { x: 64, y: 54, anchor: 'start' },
      { x: 36, y: 54, anchor: 'end' },
      { x: 50, y: 33, anchor: 'middle' },
      { x: 50, y: 76, anchor: 'middle' },
    ]);
    expect(spots.map((s) => s.far)).toEqual([...Array(8).fill(false), ...Array(8).fill(true)]);
    expect(spotsAround({ x: 50, y: 50, r: 10 }, 20, 12, [4], 'left')[0]!.at.anchor).toBe('end');
  });
});

describe('spotsAround, two lines', () => {
  it('centres a two-line name on the circle beside it, and lifts one above it by a line', () => {
    const [right, , above] = spotsAround({ x: 100, y: 100, r: 10 }, 40, 12, [4], 'right', 2);
    // Two lines of 14 px: a 28 px box around the middle; the first baseline 7 px above a single line's.
    expect(right!.box).toEqual({ x: 114, y: 85, width: 40, height: 28 });
    expect(right!.at).toEqual({ x: 114, y: 97, anchor: 'start' });
    expect(above!.box).toEqual({ x: 80, y: 58, width: 40, height: 28 });
    expect(above!.at.y).toBe(69);
  });
});
