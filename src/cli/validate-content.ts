import { checkBody } from '../lib/check-body.ts';
import { checkReferences } from '../lib/check-references.ts';
import type { ContentIssue } from '../lib/content-issue.ts';
import type { ContentSet } from '../lib/content-set.ts';
import { readContent } from './read-content.ts';

/**
 * Everything `npm run check` and the build verify, in one pass over every file: each
 * file against its schema, the references between files, and the directives in bodies.
 */
export function validateContent(root: string): { content: ContentSet; issues: ContentIssue[]; files: number } {
  const { content, issues } = readContent(root);
  issues.push(...checkReferences(content));
  const refs = {
    sources: new Set(content.sources.map((s) => s.id)),
    actors: new Set(content.actors.map((a) => a.id)),
    regions: new Set(content.regions.map((r) => r.id)),
  };
  for (const brief of content.briefs) issues.push(...checkBody(brief, refs));
  const files = new Set(issues.map((i) => i.file));
  for (const list of Object.values(content)) for (const e of list) files.add(e.file);
  return { content, issues, files: files.size };
}
