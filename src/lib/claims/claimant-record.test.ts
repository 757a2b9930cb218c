import { describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../schema/claim.ts';
import { claimantRecords, compareClaim, compareRanges, independentFigure } from './claimant-record.ts';
import { groupIncidents } from './group-incidents.ts';
import { claimRecord } from './test-claims.ts';

/** A claim about incident `inc` attacked by `group`, by `claimant`. */
const claim = (id: string, claimant: string, killed: ClaimInput['killed'], extra: Partial<ClaimInput> = {}) =>
  claimRecord({ id, incident: 'inc', claimant, killed, perpetrators: ['group'], grade: 'fair', stance: 'reported', ...extra });
const incidentOf = (...claims: ReturnType<typeof claim>[]) => groupIncidents(claims)[0]!;
const rowOf = (claimant: string, ...claims: ReturnType<typeof claim>[]) => claimantRecords(groupIncidents(claims)).get(claimant)![0]!;
/** The group's own boast: weak, so never part of a headline figure. */
const boast = (killed: ClaimInput['killed'], extra: Partial<ClaimInput> = {}) => claim('boast', 'group', killed, { stance: 'claimed', grade: 'weak', ...extra });

describe('compareRanges (DESIGN §2.11): ranges against ranges, never midpoints', () => {
  it.each([
    // own, independent, expected
    [{ low: 50, high: 50 }, { low: 10, high: 12 }, 'higher', 4.1],
    [{ low: 13, high: 20 }, { low: 10, high: 12 }, 'higher', null], // 13/12 < 1.5: no factor
    [{ low: 30, high: null }, { low: 10, high: 15 }, 'higher', 2],
    [{ low: 3, high: 5 }, { low: 20, high: 30 }, 'lower', 4],
    [{ low: 3, high: 5 }, { low: 6, high: null }, 'lower', null], // 6/5 < 1.5
    [{ low: 10, high: 20 }, { low: 20, high: 30 }, 'overlaps', null], // they meet at 20
    [{ low: 10, high: 12 }, { low: 5, high: 10 }, 'overlaps', null],
    // An open end is open: "hundreds" (200+) meets "at least 300".
    [{ low: 200, high: null }, { low: 300, high: null }, 'overlaps', null],
    [{ low: 500, high: null }, { low: 300, high: null }, 'overlaps', null],
    [{ low: 3, high: 5 }, { low: 3, high: null }, 'overlaps', null],
    // A midpoint would call this lower (15 against 25.5); the ranges meet.
    [{ low: 10, high: 20 }, { low: 20, high: 31 }, 'overlaps', null],
    [{ low: 0, high: 0 }, { low: 4, high: 4 }, 'lower', null], // no factor over a zero end
    [{ low: 5, high: 5 }, { low: 0, high: 0 }, 'higher', null],
  ] as const)('%j against %j: %s, factor %j', (own, independent, comparison, factor) => {
    expect(compareRanges(own, false, independent)).toEqual({ comparison, factor });
  });

  it('calls a denial a denial when there is an independent figure, and nothing to compare when there is none', () => {
    expect(compareRanges(null, true, { low: 300, high: null })).toEqual({ comparison: 'denied', factor: null });
    expect(compareRanges(null, true, null)).toEqual({ comparison: 'no-independent-figure', factor: null });
  });

  it('says "no figure" for a claim without a number against an independent one', () => {
    expect(compareRanges(null, false, { low: 7, high: 7 })).toEqual({ comparison: 'no-figure', factor: null });
    expect(compareRanges({ low: 7, high: 7 }, false, null)).toEqual({ comparison: 'no-independent-figure', factor: null });
  });
});

describe('independentFigure', () => {
  it('takes the headline claims of others, leaving out the claimant itself and the perpetrators', () => {
    const incident = incidentOf(
      claim('monitor', 'monitor', 'at least 300'),
      claim('paper', 'paper', 'over 300'),
      claim('self', 'group', 40, { grade: 'fair' }), // a perpetrator's figure graded fair is headline, but not independent
      claim('weak', 'rumour', 900, { grade: 'weak' }), // not headline
      claim('gone', 'other', 1000, { grade: 'discounted' }), // discounted counts nowhere
    );
    expect(independentFigure(incident, 'monitor')).toMatchObject({ range: { low: 301, high: null }, claimants: ['paper'] });
    expect(independentFigure(incident, 'rumour')).toMatchObject({ range: { low: 300, high: null }, claimants: ['monitor', 'paper'] });
    expect(independentFigure(incident, 'group').claims.map((c) => c.id)).toEqual(['monitor', 'paper']);
  });

  it('has no range when the independent claims give no number, and lists no claimant behind it', () => {
    const incident = incidentOf(claim('monitor', 'monitor', 'unknown'), boast(12));
    expect(independentFigure(incident, 'group')).toMatchObject({ range: null, claimants: [] });
  });
});

describe('claimantRecords', () => {
  it('reads Moura as the briefs do: JNIM\'s "hundreds" overlaps 300+, the junta denies, FAMa gives no figure', () => {
    const moura = [
      claim('ctp', 'ctp', 'at least 300', { perpetrators: ['fama', 'wagner'] }),
      claim('fama', 'fama', 'unknown', { perpetrators: ['fama', 'wagner'], stance: 'claimed', grade: 'contested' }),
      claim('jnim', 'jnim', 'hundreds', { perpetrators: ['wagner'], stance: 'alleged', grade: 'weak' }),
      claim('un', 'mckay', 'over 300', { perpetrators: ['fama', 'wagner'] }),
      claim('junta', 'government', 'unknown', { perpetrators: ['fama', 'wagner'], stance: 'denied', grade: 'contested' }),
    ];
    const records = claimantRecords(groupIncidents(moura));
    const summary = (id: string) => {
      const row = records.get(id)![0]!;
      return [row.comparison, row.range, row.independent.range, row.independent.claimants];
    };
    expect(summary('jnim')).toEqual(['overlaps', { low: 200, high: null }, { low: 300, high: null }, ['ctp', 'mckay']]);
    expect(summary('government')).toEqual(['denied', null, { low: 300, high: null }, ['ctp', 'mckay']]);
    expect(summary('fama')).toEqual(['no-figure', null, { low: 300, high: null }, ['ctp', 'mckay']]);
    // Each monitor is held against the other alone.
    expect(summary('ctp')).toEqual(['overlaps', { low: 300, high: null }, { low: 301, high: null }, ['mckay']]);
    expect(summary('mckay')).toEqual(['overlaps', { low: 301, high: null }, { low: 300, high: null }, ['ctp']]);
  });

  it('holds a group\'s boast against a monitor: higher with the factor, lower, or nothing to compare', () => {
    expect(rowOf('group', boast(50), claim('m', 'monitor', '10-12'))).toMatchObject({ comparison: 'higher', factor: 4.1, range: { low: 50, high: 50 } });
    expect(rowOf('group', boast('about 5'), claim('m', 'monitor', 'at least 20'))).toMatchObject({ comparison: 'lower', factor: 4 });
    expect(rowOf('group', boast('over 50'))).toMatchObject({ comparison: 'no-independent-figure', independent: { range: null, claimants: [] } });
  });

  it('merges a claimant\'s several claims about one incident by the incident rule, into one row', () => {
    const rows = claimantRecords(groupIncidents([claim('a', 'paper', 'at least 20'), claim('b', 'paper', 6), claim('m', 'monitor', '2-4')])).get('paper')!;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ range: { low: 6, high: null }, comparison: 'higher', factor: 1.5 });
    expect(rows[0]!.claims.map((c) => c.id)).toEqual(['a', 'b']);
    expect(rows[0]!.briefs).toEqual(['mw-weekly-2024-02-01']);
  });

  it('holds a claimant that denied and later gave a figure to its figure', () => {
    const row = rowOf('government', claim('d', 'government', 'unknown', { stance: 'denied', grade: 'contested' }), claim('g', 'government', 12, { grade: 'contested' }), claim('m', 'monitor', 'at least 40'));
    expect(row).toMatchObject({ comparison: 'lower', range: { low: 12, high: 12 }, factor: 3.3 });
  });

  it('leaves discounted claims out, as the arithmetic does', () => {
    // The monitor's discounted figure is no independent figure; the group's discounted boast is no record.
    const records = claimantRecords(groupIncidents([boast(80), claim('m', 'monitor', 10, { grade: 'discounted' }), claim('x', 'rumour', 500, { grade: 'discounted' })]));
    expect(records.get('group')![0]).toMatchObject({ comparison: 'no-independent-figure' });
    expect(records.has('rumour')).toBe(false);
    expect(records.has('monitor')).toBe(false);
  });

  it('lists a claimant\'s incidents newest first, leaving out period totals', () => {
    const records = claimantRecords(groupIncidents([
      boast(5, { id: 'old', incident: 'old', date: '2023-01' }),
      boast(9, { id: 'new', incident: 'new', date: '2024-05' }),
      boast(900, { id: 'period', incident: undefined, scope: 'aggregate', date: { from: '2024-01-01', to: '2024-12-31' } }),
    ]));
    expect(records.get('group')!.map((r) => r.incident.id)).toEqual(['new', 'old']);
  });
});

describe('compareClaim: each row of an incident page', () => {
  const incident = incidentOf(claim('a', 'paper', 'at least 20'), claim('b', 'paper', 6), claim('m', 'monitor', '10-12'), boast(3), claim('x', 'rumour', 500, { grade: 'discounted' }));
  const verdict = (id: string) => compareClaim(incident.claims.find((c) => c.id === id)!, incident);
  it('compares each claim on its own against the figure independent of its claimant', () => {
    expect(verdict('a')).toEqual({ comparison: 'higher', factor: 1.6 }); // 20 / 12, rounded down
    expect(verdict('b')).toEqual({ comparison: 'lower', factor: 1.6 }); // 10 / 6
    expect(verdict('m')).toEqual({ comparison: 'overlaps', factor: null }); // against the paper's 6+
    expect(verdict('boast')).toEqual({ comparison: 'lower', factor: 2 }); // the others' low end 6 over 3
  });
  it('compares no discounted claim', () => {
    expect(verdict('x')).toBeNull();
  });
});
