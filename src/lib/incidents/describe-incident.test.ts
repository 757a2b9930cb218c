import { describe, expect, it } from 'vitest';
import { groupIncidents } from '../claims/index.ts';
import { claimRecord as c } from '../claims/test-claims.ts';
import { describeIncidentRange } from './describe-incident.ts';

const name = (id: string) => ({ jnim: 'JNIM', fama: 'FAMa', ctp: 'CTP', gov: 'Malian government' })[id] ?? id;

describe('describeIncidentRange', () => {
  it('says a kidnapping with no death reported adds nothing to killed totals, not that its toll is unknown', () => {
    const [kidnap] = groupIncidents([c({ id: 'kidnap', claimant: 'ctp', grade: 'fair', killed: undefined, abducted: 1 })]);
    expect(describeIncidentRange(kidnap!, name)).toMatchObject({
      figure: 'none reported',
      rule: 'None of its claims reports anyone killed: they give only people wounded or abducted, so it adds nothing to the totals of people killed.',
    });
  });

  it("gives Moura's headline 300+ with its rule and JNIM's weak figure set apart", () => {
    const [moura] = groupIncidents([
      c({ id: 'ctp', incident: 'moura', claimant: 'ctp', grade: 'fair', killed: 'at least 300' }),
      c({ id: 'jnim', incident: 'moura', claimant: 'jnim', stance: 'alleged', grade: 'weak', killed: 'hundreds' }),
      c({ id: 'gov', incident: 'moura', claimant: 'gov', stance: 'denied', grade: 'contested', killed: 'unknown' }),
      c({ id: 'fake', incident: 'moura', claimant: 'fama', grade: 'discounted', killed: 12 }),
    ]);
    expect(describeIncidentRange(moura!, name)).toMatchObject({
      figure: '300+',
      rule: 'The range runs from the lowest confirmed or fair figure to the highest; open-ended, as a claim sets no upper limit.',
      separately: ['JNIM (weak, alleged): “hundreds”, 200+', 'Malian government (contested, denied): no figure'],
      leftOut: ['FAMa (discounted, reported): “12”, 12'],
    });
  });

  it("takes a perpetrator's own claim when nothing better exists, and says so", () => {
    const [koumbori] = groupIncidents([c({ id: 'k', claimant: 'jnim', perpetrators: ['jnim'], stance: 'claimed', grade: 'weak', killed: 'over 50' })]);
    const text = describeIncidentRange(koumbori!, name);
    expect(text.layer.layer).toBe('claimed');
    expect(text.figure).toBe('51+');
    expect(text.rule).toBe("No confirmed or fair claim gives a figure, so the range runs from the lowest perpetrator's own figure to the highest; open-ended, as a claim sets no upper limit.");
  });

  it('says unknown, not 0, when no claim gives a figure', () => {
    const [tinzaouaten] = groupIncidents([c({ id: 't', grade: 'fair', killed: 'unknown' })]);
    expect(describeIncidentRange(tinzaouaten!, name)).toMatchObject({ figure: 'unknown', rule: 'It counts as one incident with no number: none of its confirmed or fair claims gives a figure.' });
  });
});
