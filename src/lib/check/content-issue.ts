/** One problem found in an author's file, worded for the author. */
export interface ContentIssue {
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line of the offending value (of its nearest written parent when it is missing). */
  line: number;
  /** Where in the file: `claims[2].killed`, `actors[0]`; empty for the whole file. */
  field: string;
  /** What was found and what is accepted. */
  message: string;
  /** Errors fail the check and the build; warnings are reported only. */
  severity: 'error' | 'warning';
  /**
   * The live preview still renders pages under it, with the message on the page (a probable
   * duplicate incident: the author needs to see the brief to resolve it); the build refuses it
   * all the same when it is an error.
   */
  renders?: true;
}

/** A path into a parsed file, as zod and YAML give it. */
export type FieldPath = readonly PropertyKey[];

/** Writes a path the way an author reads it: `claims[2].victims.actors[0]`. */
export function formatFieldPath(path: FieldPath): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** Formats issues as `file:line: field: message`, sorted by file and line. */
export function formatIssues(issues: readonly ContentIssue[]): string {
  return sortIssues(issues)
    .map((i) => `${i.file}:${i.line}: ${i.severity === 'warning' ? 'warning: ' : ''}${i.field ? `${i.field}: ` : ''}${i.message}`)
    .join('\n');
}

/** Issues in reading order: by file, then line. */
function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
  return [...issues].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}
