import { describe, expect, it } from 'vitest';
import { parseFile } from '../../content/read-content.ts';
import { BriefSchema } from '../../schema/brief.ts';
import { renderFile } from '../../content/render-file.ts';
import { createMarkdownProcessor } from '../../markdown/index.ts';
import { emptySiteIndex } from '../../markdown/site-index.ts';
import { issueByDate, scaffoldBrief, slugify } from './scaffold-brief.ts';

describe('scaffoldBrief', () => {
  const issues = [
    { issue: 1, date: '2026-10-31', file: 'content/briefs/2026/2026-10-31-a.md' },
    { issue: 4, date: '2026-11-14', file: 'content/briefs/2026/2026-11-14-d.md' },
    { issue: 2, date: '2026-11-07', file: 'content/briefs/2026/2026-11-07-b.md' },
  ];
  const scaffold = scaffoldBrief({ series: 'mw-weekly', title: 'Wagner’s exit: what next?', date: '2026-11-21', issues });

  it('puts the brief at the conventional path with the next issue number', () => {
    expect(scaffold.path).toBe('content/briefs/2026/2026-11-21-wagners-exit-what-next.md');
    expect([scaffold.issue, scaffold.note]).toEqual([5, undefined]);
    expect(scaffoldBrief({ series: 's', title: 'x', date: '2026-01-01', issues: [] }).issue).toBe(1);
  });

  it('numbers a brief for a past week by its date within the series, and says when that number is taken', () => {
    expect(issueByDate('2026-11-10', issues)).toEqual({ issue: 3 });
    expect(issueByDate('2026-11-08', [...issues, { issue: 3, date: '2026-11-12', file: 'content/briefs/2026/2026-11-12-c.md' }])).toEqual({
      issue: 3,
      note: "No. 3 is also the issue number of content/briefs/2026/2026-11-12-c.md (2026-11-12); renumber one of them if the series' numbers should stay unique",
    });
    expect(issueByDate('2026-10-01', issues)).toEqual({ issue: 1, note: "No. 1 is also the issue number of content/briefs/2026/2026-10-31-a.md (2026-10-31); renumber one of them if the series' numbers should stay unique" });
  });

  it('writes frontmatter that passes the schema as it is, as a draft', () => {
    const parsed = parseFile(scaffold.path, scaffold.text, BriefSchema, true);
    expect(parsed.issues).toEqual([]);
    expect(renderFile(parsed.entry!, createMarkdownProcessor({ index: emptySiteIndex, base: '/', foreignDomains: [] })).issues).toEqual([]);
    expect(parsed.entry?.data).toMatchObject({ title: 'Wagner’s exit: what next?', series: 'mw-weekly', issue: 5, date: '2026-11-21', draft: true });
  });

  it('makes readable file names', () => {
    expect(slugify('Islamic State claims Wagner kills in Ménaka')).toBe('islamic-state-claims-wagner-kills-in-menaka');
    expect(slugify('???')).toBe('brief');
    // Long words stop at a whole word within the id limit (80 with the date in front).
    expect(slugify('Counterinsurgency disinformation internationalisation underrepresentation characteristically')).toBe('counterinsurgency-disinformation-internationalisation');
    expect(slugify('x'.repeat(100))).toBe('x'.repeat(69));
  });
});
