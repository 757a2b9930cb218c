import { describe, expect, it } from 'vitest';
import { parseFile } from '../cli/read-content.ts';
import { BriefSchema } from '../schema/brief.ts';
import { renderFile } from '../cli/validate-content.ts';
import { createMarkdownProcessor } from '../markdown/index.ts';
import { emptySiteIndex } from '../markdown/site-index.ts';
import { scaffoldBrief, slugify } from './scaffold-brief.ts';

describe('scaffoldBrief', () => {
  const scaffold = scaffoldBrief({ series: 'mw-weekly', title: 'Wagner’s exit: what next?', date: '2026-11-21', usedIssues: [1, 4, 2] });

  it('puts the brief at the conventional path with the next issue number', () => {
    expect(scaffold.path).toBe('content/briefs/2026/2026-11-21-wagners-exit-what-next.md');
    expect(scaffold.issue).toBe(5);
    expect(scaffoldBrief({ series: 's', title: 'x', date: '2026-01-01', usedIssues: [] }).issue).toBe(1);
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
