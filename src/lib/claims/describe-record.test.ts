import { describe, expect, it } from 'vitest';
import type { Comparison } from './claimant-record.ts';
import { describeFactor, describeNotCompared, describeRecord, describeVerdict } from './describe-record.ts';

const rows = (...list: Comparison[]) => list.map((comparison) => ({ comparison }));

describe('describeRecord', () => {
  it('counts by comparison, those with nothing to compare last', () => {
    expect(describeRecord(rows('higher', 'lower', 'higher', 'overlaps', 'no-independent-figure'))).toEqual({
      counts: '4 incidents with an independent figure: 2 higher, 1 overlapping, 1 lower; 1 with nothing to compare',
      compared: 4,
      comparedWords: '4 incidents compared range against range',
      tooFew: true,
    });
  });

  it('counts denials and claims without a figure, which are not compared range against range', () => {
    expect(describeRecord(rows('denied', 'no-figure', 'overlaps'))).toEqual({ counts: '3 incidents with an independent figure: 1 overlapping, 1 denied, 1 no figure given', compared: 1, comparedWords: '1 incident compared range against range', tooFew: true });
  });

  it('says when nothing compares', () => {
    expect(describeRecord(rows('no-independent-figure', 'no-independent-figure')).counts).toBe('2 incidents with nothing to compare');
    expect(describeRecord([])).toMatchObject({ counts: 'No incident to compare', comparedWords: 'No incidents compared range against range', tooFew: true });
  });

  it('is enough to judge by from 5 incidents compared range against range', () => {
    expect(describeRecord(rows('higher', 'higher', 'lower', 'overlaps', 'denied', 'no-figure')).tooFew).toBe(true);
    expect(describeRecord(rows('higher', 'higher', 'lower', 'overlaps', 'overlaps')).tooFew).toBe(false);
  });
});

describe('describeFactor', () => {
  it('says the factor only where the ends give one', () => {
    expect(describeFactor({ comparison: 'higher', factor: 4 })).toBe('at least 4× the independent high end');
    expect(describeFactor({ comparison: 'lower', factor: 2.5 })).toBe('the independent low end is at least 2.5× its high end');
    expect(describeFactor({ comparison: 'overlaps', factor: null })).toBeNull();
  });
});

describe('describeVerdict', () => {
  it('names the comparison, with the factor where there is one', () => {
    expect(describeVerdict({ comparison: 'higher', factor: 4 })).toBe('higher: at least 4× the independent high end');
    expect(describeVerdict({ comparison: 'overlaps', factor: null })).toBe('overlapping');
    expect(describeVerdict({ comparison: 'no-independent-figure', factor: null })).toBe('nothing to compare');
  });
});

describe('describeNotCompared', () => {
  it('names the period totals and discounted claims held against no incident', () => {
    const period = { scope: 'aggregate', grade: 'fair' };
    const discounted = { scope: 'incident', grade: 'discounted' };
    expect(describeNotCompared([period, period, discounted])).toBe('2 period totals and 1 discounted claim, not compared');
    expect(describeNotCompared([discounted, discounted])).toBe('2 discounted claims, not compared');
    expect(describeNotCompared([])).toBeNull();
  });
});
