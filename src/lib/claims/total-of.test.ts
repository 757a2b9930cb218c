import { describe, expect, it } from 'vitest';
import { groupIncidents } from './group-incidents.ts';
import { claimRecord as c } from './test-claims.ts';
import { totalOf } from './total-of.ts';

describe('totalOf (DESIGN §2.3)', () => {
  it('is zero incidents and no number for nothing', () => {
    expect(totalOf([])).toEqual({ incidents: 0, numbered: 0, range: { low: 0, high: 0 }, claimIds: [] });
  });

  it('adds lows to lows and highs to highs, counting a two-claim incident once', () => {
    const incidents = groupIncidents([
      c({ id: 'menaka-hrw', incident: 'menaka', killed: '20-30' }),
      c({ id: 'menaka-acled', incident: 'menaka', killed: '15-25' }),
      c({ id: 'moura-un', killed: 10 }),
    ]);
    expect(totalOf(incidents)).toEqual({ incidents: 2, numbered: 2, range: { low: 25, high: 40 }, claimIds: ['menaka-acled', 'menaka-hrw', 'moura-un'] });
  });

  it('stays open when one incident is open', () => {
    const incidents = groupIncidents([c({ id: 'a', killed: 'over 50' }), c({ id: 'b', killed: '10-12' }), c({ id: 'z', killed: 5 })]);
    expect(totalOf(incidents).range).toEqual({ low: 66, high: null });
  });

  it('counts an unknown incident and links its claim, adding no number', () => {
    const incidents = groupIncidents([c({ id: 'tessit', killed: 'unknown' }), c({ id: 'moura', killed: 10 })]);
    expect(totalOf(incidents)).toEqual({ incidents: 2, numbered: 1, range: { low: 10, high: 10 }, claimIds: ['moura', 'tessit'] });
  });

  it('counts only unknown incidents as incidents with a zero number', () => {
    const incidents = groupIncidents([c({ id: 'a', killed: null }), c({ id: 'b', killed: 'unknown' })]);
    expect(totalOf(incidents)).toEqual({ incidents: 2, numbered: 0, range: { low: 0, high: 0 }, claimIds: ['a', 'b'] });
  });

  it('links the counted claims only, never a discounted one', () => {
    const incidents = groupIncidents([
      c({ id: 'x-fair', incident: 'x', killed: 4 }),
      c({ id: 'x-fake', incident: 'x', killed: 400, grade: 'discounted' }),
    ]);
    expect(totalOf(incidents)).toEqual({ incidents: 1, numbered: 1, range: { low: 4, high: 4 }, claimIds: ['x-fair'] });
  });
});
