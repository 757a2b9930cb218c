import { describe, expect, it } from 'vitest';
import { groupIncidents } from './group-incidents.ts';
import { claimRecord as c } from './test-claims.ts';

const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe('groupIncidents (DESIGN §2.1–2.2)', () => {
  it('makes two claims of one incident one incident, ranging from the lowest min to the highest max', () => {
    const [menaka, ...rest] = groupIncidents([
      c({ id: 'menaka-hrw', incident: 'menaka-2022-09', killed: '20-30' }),
      c({ id: 'menaka-acled', incident: 'menaka-2022-09', killed: '15 to 25' }),
    ]);
    expect(rest).toEqual([]);
    expect(menaka?.id).toBe('menaka-2022-09');
    expect(menaka?.range).toEqual({ low: 15, high: 30 });
    expect(ids(menaka?.claims ?? [])).toEqual(['menaka-hrw', 'menaka-acled']);
  });

  it('keeps a range open when any counted claim is open', () => {
    const [incident] = groupIncidents([
      c({ id: 'a', incident: 'x', killed: 'over 50' }),
      c({ id: 'b', incident: 'x', killed: 60 }),
    ]);
    expect(incident?.range).toEqual({ low: 51, high: null });
  });

  it('uses the claim id for a claim without `incident`', () => {
    expect(ids(groupIncidents([c({ id: 'lone-claim' })]))).toEqual(['lone-claim']);
  });

  it('never sums an aggregate: it forms no incident and joins none', () => {
    const incidents = groupIncidents([
      c({ id: 'acled-2024', scope: 'aggregate', date: { from: '2024-01-01', to: '2024-12-31' }, killed: 'more than 900' }),
      c({ id: 'acled-2024-b', incident: 'x', scope: 'aggregate', killed: 900 }),
      c({ id: 'x-1', incident: 'x', killed: 12 }),
    ]);
    expect(ids(incidents)).toEqual(['x']);
    expect(ids(incidents[0]?.claims ?? [])).toEqual(['x-1']);
    expect(incidents[0]?.range).toEqual({ low: 12, high: 12 });
  });

  it('lists a discounted claim but takes no number, date, region or perpetrator from it', () => {
    const [incident] = groupIncidents([
      c({ id: 'fair', incident: 'x', killed: 10, date: '2024-03', region: 'mali-mopti', perpetrators: ['wagner-group'] }),
      c({ id: 'fake', incident: 'x', grade: 'discounted', killed: 'over 500', date: '2024-03-20', region: 'mali-gao', perpetrators: ['jnim'] }),
    ]);
    expect(ids(incident?.claims ?? [])).toEqual(['fair', 'fake']);
    expect(ids(incident?.counted ?? [])).toEqual(['fair']);
    expect(incident?.range).toEqual({ low: 10, high: 10 });
    expect(incident?.date).toEqual({ text: '2024-03', precision: 'month', start: '2024-03-01', end: '2024-03-31' });
    expect(incident?.region).toBe('mali-mopti');
    expect(incident?.perpetrators).toEqual(['wagner-group']);
  });

  it('drops an incident whose only claims are discounted', () => {
    const incidents = groupIncidents([
      c({ id: 'gone-1', incident: 'gone', grade: 'discounted' }),
      c({ id: 'gone-2', incident: 'gone', grade: 'discounted' }),
      c({ id: 'kept', grade: 'weak' }),
    ]);
    expect(ids(incidents)).toEqual(['kept']);
  });

  it('counts an unknown-only incident without a number, and an unknown never opens a known range', () => {
    const incidents = groupIncidents([
      c({ id: 'tessit', killed: 'unknown', date: '2024-02-01' }),
      c({ id: 'moura-1', incident: 'moura', killed: null, date: '2024-01-01' }),
      c({ id: 'moura-2', incident: 'moura', killed: 12, date: '2024-01-01' }),
    ]);
    expect(incidents.map((i) => [i.id, i.range])).toEqual([
      ['tessit', null],
      ['moura', { low: 12, high: 12 }],
    ]);
  });

  it('dates an incident by its most precise counted claim, with that claim’s region', () => {
    const [incident] = groupIncidents([
      c({ id: 'y', incident: 'x', date: '2024', region: 'mali' }),
      c({ id: 'p', incident: 'x', date: { from: '2024-03-01', to: '2024-03-31' }, region: 'mali' }),
      c({ id: 'm', incident: 'x', date: '2024-03', region: 'mali-mopti' }),
      c({ id: 'd', incident: 'x', date: '2024-03-09', region: 'mali-moura' }),
    ]);
    expect(incident?.date).toEqual({ text: '2024-03-09', precision: 'day', start: '2024-03-09', end: '2024-03-09' });
    expect(incident?.region).toBe('mali-moura');
  });

  it('dates by a month over a year or a period, even one that starts earlier', () => {
    const [incident] = groupIncidents([
      c({ id: 'y', incident: 'x', date: '2024', region: 'mali' }),
      c({ id: 'p', incident: 'x', date: { from: '2023-12-01', to: '2024-12-31' }, region: 'mali' }),
      c({ id: 'm', incident: 'x', date: '2024-05', region: 'mali-mopti' }),
    ]);
    expect([incident?.date.precision, incident?.date.start, incident?.region]).toEqual(['month', '2024-05-01', 'mali-mopti']);
  });

  it('breaks a precision tie by the earliest start, then by input order', () => {
    const [byStart] = groupIncidents([
      c({ id: 'later', incident: 'x', date: '2024-03-09', region: 'mali-gao' }),
      c({ id: 'earlier', incident: 'x', date: '2024-03-07', region: 'mali-moura' }),
    ]);
    expect([byStart?.date.start, byStart?.region]).toEqual(['2024-03-07', 'mali-moura']);
    // A year and a period rank alike; the period starting earlier wins.
    const [yearOrPeriod] = groupIncidents([
      c({ id: 'year', incident: 'x', date: '2024', region: 'mali-gao' }),
      c({ id: 'period', incident: 'x', date: { from: '2023-12-01', to: '2024-02-29' }, region: 'mali-mopti' }),
    ]);
    expect([yearOrPeriod?.date.precision, yearOrPeriod?.region]).toEqual(['period', 'mali-mopti']);
    const [same] = groupIncidents([
      c({ id: 'first', incident: 'x', date: '2024-03', region: 'mali-gao' }),
      c({ id: 'second', incident: 'x', date: '2024-03', region: 'mali-mopti' }),
    ]);
    expect(same?.region).toBe('mali-gao');
  });

  it('unites and sorts the perpetrators of counted claims', () => {
    const [incident] = groupIncidents([
      c({ id: 'a', incident: 'x', perpetrators: ['wagner-group', 'malian-armed-forces'] }),
      c({ id: 'b', incident: 'x', perpetrators: ['malian-armed-forces', 'islamic-state-sahel'] }),
      c({ id: 'c', incident: 'x', perpetrators: [] }),
    ]);
    expect(incident?.perpetrators).toEqual(['islamic-state-sahel', 'malian-armed-forces', 'wagner-group']);
  });

  it('orders incidents newest first, then by id, whatever the input order', () => {
    const claims = [
      c({ id: 'b', date: '2024-01-15' }),
      c({ id: 'old', date: '2023-06' }),
      c({ id: 'a', date: '2024-01-15' }),
      c({ id: 'new', date: '2024-02-01' }),
      c({ id: 'month', date: '2024-01' }),
    ];
    const expected = ['new', 'a', 'b', 'month', 'old'];
    expect(ids(groupIncidents(claims))).toEqual(expected);
    expect(ids(groupIncidents(claims.toReversed()))).toEqual(expected);
  });

  it('returns nothing for no claims', () => {
    expect(groupIncidents([])).toEqual([]);
  });
});
