import { describe, expect, it } from 'vitest';
import { groupIncidents } from '../claims/index.ts';
import { claimRecord as c } from '../claims/test-claims.ts';
import { formatMatches } from './format-matches.ts';
import { searchIncidents } from './search-incidents.ts';

const incidents = groupIncidents([
  c({ id: 'moura-ctp', incident: 'moura-2022-03', date: '2022-03', region: 'mali-moura', place: 'Moura, Djenné cercle', perpetrators: ['fama', 'wagner-group'], claimant: 'ctp', grade: 'fair', killed: 'at least 300' }),
  c({ id: 'moura-jnim', incident: 'moura-2022-03', date: '2022-03', region: 'mali-moura', perpetrators: ['wagner-group'], claimant: 'jnim', stance: 'alleged', grade: 'weak', killed: 'hundreds' }),
  c({ id: 'koumbori-claim', date: '2023-09-04', region: 'burkina-faso-koumbori', place: 'Koumbori, near Ouahigouya', perpetrators: ['jnim'], claimant: 'jnim', stance: 'claimed', grade: 'weak', killed: 'over 50' }),
  c({ id: 'menaka-is', date: '2022-09', region: 'mali-menaka', perpetrators: ['islamic-state-sahel'], claimant: 'islamic-state-sahel' }),
]);
const REGIONS: Record<string, string[]> = {
  'mali-moura': ['mali-moura', 'Moura', 'mali', 'Mali'],
  'mali-menaka': ['mali-menaka', 'Ménaka', 'Menaka', 'mali', 'Mali'],
  'burkina-faso-koumbori': ['burkina-faso-koumbori', 'Koumbori', 'burkina-faso', 'Burkina Faso'],
};
const PARTIES: Record<string, string[]> = { 'wagner-group': ['wagner-group', 'Wagner Group', 'PMC Wagner'], jnim: ['jnim', 'JNIM', 'GSIM'], fama: ['fama', 'FAMa'] };
const names = { region: (id: string) => REGIONS[id] ?? [id], party: (id: string) => PARTIES[id] ?? [id] };
const find = (query: string) => searchIncidents(query, incidents, names).map((i) => i.id);

describe('searchIncidents', () => {
  it.each([
    ['a place, without its accents', 'djenne', ['moura-2022-03']],
    ['a region around the place', 'burkina', ['koumbori-claim']],
    ['an actor by an alias', 'gsim', ['koumbori-claim', 'moura-2022-03']],
    ['a month', '2023-09', ['koumbori-claim']],
    ['a day inside a month-dated claim', '2022-03-27', ['moura-2022-03']],
    ['a year and an actor, both needed', '2022 wagner', ['moura-2022-03']],
    ['a region name with accents', 'Ménaka', ['menaka-is']],
    ['nothing known', 'kidal', []],
  ])('finds incidents by %s', (_, query, ids) => {
    expect(find(query)).toEqual(ids);
  });

  it('finds nothing for an empty query', () => {
    expect(find('  ')).toEqual([]);
  });
});

describe('formatMatches', () => {
  it('prints the id, the figure in each layer, every claim with its file and line, and the line to reuse', () => {
    const [moura] = searchIncidents('moura', incidents, names);
    const text = formatMatches([moura!], {
      region: (id) => REGIONS[id]?.[1] ?? id,
      actor: (id) => PARTIES[id]?.[1] ?? id,
      claimant: (id) => PARTIES[id]?.[1] ?? id.toUpperCase(),
      whereWritten: (claim) => `content/briefs/2022/x.md:${claim.id === 'moura-ctp' ? 14 : 40}`,
    });
    expect(text).toBe(
      [
        'moura-2022-03',
        '  March 2022 · Moura (mali-moura) · by FAMa, Wagner Group',
        '  killed: headline (confirmed and fair) 300+; weak 200+',
        '  - moura-ctp: “at least 300” according to CTP (reported, fair), “Moura, Djenné cercle”',
        '      content/briefs/2022/x.md:14',
        '  - moura-jnim: “hundreds” according to JNIM (alleged, weak)',
        '      content/briefs/2022/x.md:40',
        '  To add a claim about this event, give it the line:  incident: moura-2022-03',
      ].join('\n'),
    );
  });

  it('says how to search when nothing matches', () => {
    expect(formatMatches([], { region: String, actor: String, claimant: String, whereWritten: () => '' })).toMatch(/^No incident matches/);
  });
});
