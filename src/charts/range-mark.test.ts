import { describe, expect, it } from 'vitest';
import { ARROW_LENGTH, arrowHead, largestSupported, rangeMark, UNKNOWN_SIZE } from './range-mark.ts';

// One pixel per person, so the expected lengths read as the figures.
const px = (v: number) => v;

describe('rangeMark', () => {
  it('draws an exact figure as a bar to it, and nothing lighter', () => {
    expect(rangeMark({ low: 200, high: 200 }, px)).toEqual({ kind: 'figure', low: 200, high: null, arrow: null, end: 200, text: '200' });
  });

  it('draws a closed range as a bar to the low end and a lighter part to the high end', () => {
    expect(rangeMark({ low: 20, high: 35 }, px)).toEqual({ kind: 'figure', low: 20, high: 35, arrow: null, end: 35, text: '20–35' });
  });

  it('draws an open range to its low end, then a short arrow of constant length, whatever the axis', () => {
    const three = rangeMark({ low: 3, high: null }, px);
    expect(three).toEqual({ kind: 'figure', low: 3, high: null, arrow: { from: 3, to: 3 + ARROW_LENGTH }, end: 3 + ARROW_LENGTH, text: '3+' });
    const scaled = rangeMark({ low: 300, high: null }, (v) => v / 10);
    expect(scaled.arrow!.to - scaled.arrow!.from).toBe(ARROW_LENGTH);
  });

  it('draws no figure as a hollow box labelled "no figure", never a bar of 0', () => {
    const m = rangeMark({ low: 0, high: 0, unknown: true }, px);
    expect(m).toEqual({ kind: 'unknown', low: UNKNOWN_SIZE, high: null, arrow: null, end: UNKNOWN_SIZE, text: 'no figure' });
  });

  it('draws a real zero as a tick labelled 0, unlike the hollow box', () => {
    expect(rangeMark({ low: 0, high: 0 }, px)).toMatchObject({ kind: 'zero', text: '0' });
  });
});

describe('largestSupported', () => {
  it('is the largest closed high end or open low end; unknowns support nothing', () => {
    expect(largestSupported([{ low: 3, high: null }, { low: 200, high: 200 }, { low: 20, high: 35 }])).toBe(200);
    expect(largestSupported([{ low: 300, high: null }, { low: 20, high: 35 }])).toBe(300);
    expect(largestSupported([{ low: 0, high: 0, unknown: true }])).toBe(0);
  });
});

describe('arrowHead', () => {
  it('draws a closed head 8 px wide with its tip at the point, pointing the way asked', () => {
    expect(arrowHead(100, 50, 'up')).toBe('M96,56L100,50L104,56Z');
    expect(arrowHead(100, 50, 'right')).toBe('M94,46L100,50L94,54Z');
    expect(arrowHead(100, 50, 'left')).toBe('M106,46L100,50L106,54Z');
  });

  it('draws a shorter or open head when asked, its coordinates to one decimal', () => {
    expect(arrowHead(10.25, 4, 'up', { length: 5, closed: false })).toBe('M6.3,9L10.3,4L14.3,9');
  });
});
