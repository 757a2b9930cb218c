import { describe, expect, it } from 'vitest';
import { parseFile } from '../../content/read-content.ts';
import { BriefSchema } from '../../schema/brief.ts';
import { checkPlaceholders } from './check-placeholders.ts';
import { formatIssues } from './content-issue.ts';
import { scaffoldBrief } from '../scaffold/scaffold-brief.ts';

const scaffold = scaffoldBrief({ series: 'mw-weekly', title: 'A new brief', date: '2026-11-21', issues: [] });
const check = (text: string) => formatIssues(checkPlaceholders(parseFile(scaffold.path, text, BriefSchema, true).file!));

describe('checkPlaceholders', () => {
  it('lets a draft keep the scaffold as it is', () => {
    expect(check(scaffold.text)).toBe('');
  });
  it('names each placeholder left in a brief set to publish, with its line', () => {
    expect(check(scaffold.text.replace('draft: true', 'draft: false')).split('\n')).toEqual([
      `${scaffold.path}:7: authors[0]: still "Desk editor", the placeholder \`npm run new\` wrote; expected the name of an author of this brief, or draft: true until then`,
      `${scaffold.path}:8: summary: still "One or two sentences for lists, cards and feeds.", the placeholder \`npm run new\` wrote; expected one or two sentences of this brief's own for lists, cards and feeds, or draft: true until then`,
      `${scaffold.path}:31: body: still "Write the brief here.", the placeholder \`npm run new\` wrote; expected the brief's own text, or draft: true until then`,
    ]);
  });
  it('is content with the brief once the texts are the author’s', () => {
    const written = scaffold.text.replace('draft: true', 'draft: false').replace('Desk editor', 'Sahel desk').replace('One or two sentences for lists, cards and feeds.', 'What happened.').replace('Write the brief here.', 'It happened.');
    expect(check(written)).toBe('');
  });
});
