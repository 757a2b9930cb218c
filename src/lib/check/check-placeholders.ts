import type { ContentIssue, FieldPath } from './content-issue.ts';
import { formatFieldPath } from './content-issue.ts';
import type { SourceFile } from './content-set.ts';
import { PLACEHOLDERS } from '../scaffold/scaffold-brief.ts';

const field = (value: unknown, key: string): unknown => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined);
const left = (text: string) => `still "${text}", the placeholder \`npm run new\` wrote`;

/**
 * The scaffold's placeholder texts left in a brief that is not a draft: its summary, an
 * author "Desk editor", "Write the brief here." in the body. A draft may keep them while
 * it is written; read as written, so a brief with another mistake is checked too.
 */
export function checkPlaceholders(brief: Pick<SourceFile, 'file' | 'raw' | 'lineOf' | 'body' | 'bodyLine'>): ContentIssue[] {
  if (field(brief.raw, 'draft') === true) return [];
  const issues: ContentIssue[] = [];
  const report = (line: number, path: FieldPath, message: string) => issues.push({ file: brief.file, line, field: formatFieldPath(path), message, severity: 'error' });
  if (field(brief.raw, 'summary') === PLACEHOLDERS.summary) report(brief.lineOf(['summary']), ['summary'], `${left(PLACEHOLDERS.summary)}; expected one or two sentences of this brief's own for lists, cards and feeds, or draft: true until then`);
  const authors = field(brief.raw, 'authors');
  (Array.isArray(authors) ? authors : []).forEach((author, i) => {
    if (author === PLACEHOLDERS.author) report(brief.lineOf(['authors', i]), ['authors', i], `${left(PLACEHOLDERS.author)}; expected the name of an author of this brief, or draft: true until then`);
  });
  const at = brief.body.split('\n').findIndex((line) => line.includes(PLACEHOLDERS.body));
  if (at >= 0) report(brief.bodyLine + at, ['body'], `${left(PLACEHOLDERS.body)}; expected the brief's own text, or draft: true until then`);
  return issues;
}
