import type { ContentIssue, FieldPath } from '../check/content-issue.ts';
import { formatFieldPath } from '../check/content-issue.ts';
import type { SourceFile } from '../check/content-set.ts';
import { suggestId } from '../text/suggest-id.ts';

// Read as written, before validation, like the reference checks: a brief with an unrelated
// mistake still has its corrections checked. A value of the wrong type is the schema's to report.
const field = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks a brief's `corrections`: none is dated before the brief itself, each names only
 * claims the brief holds, and (a warning) they are listed oldest first, newest last.
 */
export function checkCorrections(brief: Pick<SourceFile, 'file' | 'raw' | 'lineOf'>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report = (path: FieldPath, message: string, severity: ContentIssue['severity'] = 'error') =>
    issues.push({ file: brief.file, line: brief.lineOf(path), field: formatFieldPath(path), message, severity });

  const briefDate = text(field(brief.raw, 'date'));
  const claimIds = list(field(brief.raw, 'claims')).map((c) => text(field(c, 'id'))).filter((id): id is string => id !== undefined);
  let previous: string | undefined;
  list(field(brief.raw, 'corrections')).forEach((correction, i) => {
    const date = text(field(correction, 'date'));
    if (date && DAY.test(date)) {
      if (briefDate && DAY.test(briefDate) && date < briefDate) {
        report(['corrections', i, 'date'], `"${date}" is before the brief's date ${briefDate}; expected a correction dated on or after the day the brief was published`);
      }
      if (previous && date < previous) {
        report(['corrections', i, 'date'], `"${date}" is before the correction above it (${previous}); expected corrections oldest first, newest last`, 'warning');
      }
      previous = date;
    }
    list(field(correction, 'claims')).forEach((id, j) => {
      if (typeof id !== 'string' || claimIds.includes(id)) return;
      if (claimIds.length === 0) {
        report(['corrections', i, 'claims', j], `"${id}" is not a claim of this brief, which has none; expected the correction in the brief that reports the claim`);
        return;
      }
      const suggestion = suggestId(id, claimIds.map((c) => ({ id: c, names: [] })));
      report(['corrections', i, 'claims', j], `"${id}" is not a claim of this brief; expected one of its claim ids: ${claimIds.join(', ')}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`);
    });
  });
  return issues;
}
