import { describe, expect, it } from 'vitest';
import { formatIssues } from '../check/content-issue.ts';
import { findDuplicates } from './find-duplicates.ts';
import { ancestors, located } from './test-located.ts';

const FIRST = 'content/briefs/2023/2023-09-08-koumbori.md';
const LATER = 'content/briefs/2023/2023-09-22-burkina-week.md';
const check = (...claims: ReturnType<typeof located>[]) => formatIssues(findDuplicates(claims, { ancestors })).split('\n').filter(Boolean);

// The attacker's own claim, in the first brief to report the attack.
const koumbori = located(FIRST, '2023-09-08', 27, 2, { id: 'koumbori-2023-09-04-jnim-claim', perpetrators: ['jnim'], victims: { actors: ['burkinabe-forces'], category: 'military' }, place: 'Koumbori, near Ouahigouya', killed: 'over 50' });

describe('findDuplicates: the same event re-reported', () => {
  it('refuses a later claim without an incident id, naming both files and lines and the line to add', () => {
    const again = located(LATER, '2023-09-22', 14, 0, { id: 'koumbori-army-toll', date: '2023-09', region: 'burkina-faso-nord', perpetrators: ['jnim'], claimant: 'burkinabe-forces', stance: 'reported', place: 'Koumbori' });
    expect(check(koumbori, again)).toEqual([
      `${LATER}:14: claims[0]: probably the same event as incident "koumbori-2023-09-04-jnim-claim" at ${FIRST}:27 (claims[2] "koumbori-2023-09-04-jnim-claim"): dates 2023-09-04 and 2023-09 overlap, burkina-faso-koumbori and burkina-faso-nord lie one inside the other, both name jnim as perpetrator, similar place (“Koumbori, near Ouahigouya”, “Koumbori”); if it is, add the line \`incident: koumbori-2023-09-04-jnim-claim\`; if not, add \`distinctFrom: [koumbori-2023-09-04-jnim-claim]\``,
    ]);
  });

  it('refuses a later claim with an incident id of its own, and says which line to change', () => {
    const again = located(LATER, '2023-09-22', 14, 0, { id: 'koumbori-army-toll', incident: 'koumbori-attack', victims: { actors: ['burkinabe-forces'], category: 'military' } });
    expect(check(again, koumbori)).toEqual([
      expect.stringMatching(new RegExp(`^${LATER}:23: claims\\[0\\]\\.incident: probably the same event as incident "koumbori-2023-09-04-jnim-claim" at ${FIRST}:27 .*both name burkinabe-forces among the victims; if it is, change its line \`incident: koumbori-attack\` to \`incident: koumbori-2023-09-04-jnim-claim\``)),
    ]);
  });

  it('is silent once the later claim uses the incident id', () => {
    const again = located(LATER, '2023-09-22', 14, 0, { id: 'koumbori-army-toll', incident: 'koumbori-2023-09-04-jnim-claim', perpetrators: ['jnim'] });
    expect(check(koumbori, again)).toEqual([]);
  });

  it("cites the incident's first report, where its id was given, even when a later account matched first", () => {
    const account = located('content/briefs/2023/2023-09-15-recap.md', '2023-09-15', 10, 0, { id: 'koumbori-recap', incident: 'koumbori-2023-09-04-jnim-claim', date: '2023-09', perpetrators: ['jnim'], victims: { actors: ['burkinabe-forces'], category: 'military' } });
    const again = located(LATER, '2023-09-22', 14, 0, { id: 'koumbori-again', perpetrators: ['jnim'], victims: { actors: ['burkinabe-forces'], category: 'military' } });
    expect(check(koumbori, account, again)).toEqual([expect.stringContaining(`probably the same event as incident "koumbori-2023-09-04-jnim-claim" at ${FIRST}:27 (claims[2] "koumbori-2023-09-04-jnim-claim"): both dated 2023-09-04`)]);
  });

  it('is an error the preview still renders the page under', () => {
    const again = located(LATER, '2023-09-22', 14, 0, { id: 'koumbori-army-toll', perpetrators: ['jnim'] });
    expect(findDuplicates([koumbori, again], { ancestors }).map((i) => [i.severity, i.renders])).toEqual([['error', true]]);
  });

  it("only warns when one of the briefs is a draft, which a production build leaves out", () => {
    const draft = { ...located(LATER, '2023-09-22', 14, 0, { id: 'koumbori-army-toll', perpetrators: ['jnim'] }), draft: true };
    expect(findDuplicates([koumbori, draft], { ancestors }).map((i) => i.severity)).toEqual(['warning']);
  });

  it('reports once per pair of incidents, however many claims each has', () => {
    const a = located(LATER, '2023-09-22', 14, 0, { id: 'a', incident: 'k2', perpetrators: ['jnim'] });
    const b = located(LATER, '2023-09-22', 30, 1, { id: 'b', incident: 'k2', perpetrators: ['jnim'] });
    expect(check(koumbori, a, b)).toHaveLength(1);
  });
});

describe('findDuplicates: distinct events', () => {
  // Two attacks on one day in one region: JNIM struck two army posts near Koumbori.
  const post1 = located(FIRST, '2023-09-08', 14, 0, { id: 'koumbori-post-north', perpetrators: ['jnim'], place: 'army post north of Koumbori' });
  const post2 = located(FIRST, '2023-09-08', 30, 1, { id: 'koumbori-post-south', perpetrators: ['jnim'], place: 'army post south of Koumbori' });

  it('refuses two attacks on one day in one region until they are marked distinct', () => {
    expect(check(post1, post2)).toEqual([expect.stringMatching(new RegExp(`^${FIRST}:30: claims\\[1\\]: probably the same event as incident "koumbori-post-north" at ${FIRST}:14 .*: both dated 2023-09-04, both in burkina-faso-koumbori, both name jnim as perpetrator`))]);
  });

  it('is silent when either claim names the other incident in distinctFrom', () => {
    expect(check(post1, { ...post2, claim: { ...post2.claim, distinctFrom: ['koumbori-post-north'] } })).toEqual([]);
    expect(check({ ...post1, claim: { ...post1.claim, distinctFrom: ['koumbori-post-south'] } }, post2)).toEqual([]);
  });

  it('warns on a distinctFrom id that names no incident, suggesting the nearest', () => {
    const typo = located(FIRST, '2023-09-08', 30, 1, { id: 'koumbori-post-south', perpetrators: ['jnim'], distinctFrom: ['koumbori-post-nort'] });
    expect(check(post1, typo)).toContain(
      `${FIRST}:39: warning: claims[1].distinctFrom: distinctFrom[0] names no incident "koumbori-post-nort" (did you mean "koumbori-post-north"?); expected the id of an incident on the site`,
    );
  });

  it.each([
    ['dates that do not overlap', { date: '2023-09-05' }],
    ['another country', { region: 'mali-gao' }],
    ['neighbouring regions, neither inside the other', { region: 'burkina-faso-kongoussi' }],
    ['no shared perpetrator, victim or place', { perpetrators: ['burkinabe-forces'], place: 'Djibo' }],
    ['a period total', { scope: 'aggregate' as const, date: '2023' }],
  ])('stays silent for %s', (_, fields) => {
    expect(check(post1, located(LATER, '2023-09-22', 14, 0, { id: 'other', perpetrators: ['jnim'], ...fields }))).toEqual([]);
  });
});

describe('findDuplicates: an incident whose claims disagree', () => {
  const moura = (file: string, briefDate: string, line: number, fields: Parameters<typeof located>[4]) =>
    located(file, briefDate, line, 0, { incident: 'moura-2022-03', date: '2022-03', region: 'mali-moura', perpetrators: ['fama'], ...fields });

  it('warns on the date of a claim that does not overlap the older claims', () => {
    const first = moura('content/briefs/2022/a.md', '2022-05-06', 13, { id: 'moura-ctp' });
    const late = moura('content/briefs/2023/b.md', '2023-09-21', 13, { id: 'moura-mckay', date: '2022-04-02' });
    expect(check(first, late)).toEqual([
      'content/briefs/2023/b.md:14: warning: claims[0].date: "2022-04-02" does not overlap "2022-03", the date content/briefs/2022/a.md:13 (claims[0] "moura-ctp") gives incident "moura-2022-03"; expected dates that agree at their precision, or another incident',
    ]);
  });

  it('accepts a year or a day that lies within the month, and a region inside the other', () => {
    const first = moura('content/briefs/2022/a.md', '2022-05-06', 13, { id: 'moura-ctp' });
    expect(check(first, moura('b.md', '2023-01-01', 1, { id: 'y', date: '2022', region: 'mali' }), moura('c.md', '2023-01-02', 1, { id: 'd', date: '2022-03-27' }))).toEqual([]);
  });

  it('warns on a region that is neither the same as nor around the others', () => {
    const first = moura('a.md', '2022-05-06', 13, { id: 'moura-ctp' });
    expect(check(first, moura('b.md', '2023-09-21', 13, { id: 'x', region: 'mali-gao' }))).toEqual([
      'b.md:15: warning: claims[0].region: "mali-gao" is neither "mali-moura" nor inside or around it, the region a.md:13 (claims[0] "moura-ctp") gives incident "moura-2022-03"; expected the same region, one inside the other, or another incident',
    ]);
  });
});
