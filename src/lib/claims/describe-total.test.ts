import { describe, expect, it } from 'vitest';
import { describeTotal } from './describe-total.ts';

const total = (incidents: number, numbered: number, low: number, high: number | null) => ({ incidents, numbered, range: { low, high }, claimIds: [] });

describe('describeTotal (DESIGN §2.7)', () => {
  it('says how many incidents give no figure, as in "339+; 2 of 5 incidents give no figure"', () => {
    expect(describeTotal(total(5, 3, 339, null))).toEqual({ figure: '339+', detail: 'in 5 incidents; 2 of 5 incidents give no figure', sentence: 'killed in 5 incidents; 2 of 5 incidents give no figure' });
  });

  it('agrees the verb with one missing figure', () => {
    expect(describeTotal(total(2, 1, 0, 0))).toEqual({ figure: '0', detail: 'in 2 incidents; 1 of 2 incidents gives no figure', sentence: 'killed in 2 incidents; 1 of 2 incidents gives no figure' });
  });

  it('says nothing is missing when every incident gives a figure', () => {
    expect(describeTotal(total(1, 1, 20, 20))).toEqual({ figure: '20', detail: 'in 1 incident', sentence: 'killed in 1 incident' });
  });

  it('says "no figure", never 0, when no incident gives a figure', () => {
    expect(describeTotal(total(1, 0, 0, 0))).toEqual({ figure: 'no figure', detail: 'given for 1 incident', sentence: 'given for 1 incident' });
    expect(describeTotal(total(3, 0, 0, 0))).toEqual({ figure: 'no figure', detail: 'given for any of 3 incidents', sentence: 'given for any of 3 incidents' });
  });
});
