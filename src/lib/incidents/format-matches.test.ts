import { describe, expect, it } from 'vitest';
import { formatMatches } from './format-matches.ts';
import { searchIncidents } from './search-incidents.ts';
import { incidents, names, PARTIES, REGIONS } from './test-incidents.ts';

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
        '  March 2022 · Moura (mali-moura) · by FAMa and Wagner Group',
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
