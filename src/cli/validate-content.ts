import { checkBody } from '../lib/check-body.ts';
import { checkReferences } from '../lib/check-references.ts';
import type { ContentIssue } from '../lib/content-issue.ts';
import { checkCorrections } from '../lib/corrections/check-corrections.ts';
import { figureHistoryIssues } from '../data/git-history.ts';
import type { ContentSet } from '../lib/content-set.ts';
import { findDuplicates } from '../lib/incidents/find-duplicates.ts';
import { locateClaims } from '../lib/incidents/located-claim.ts';
import { regionTree } from '../lib/region-tree.ts';
import { readContent } from './read-content.ts';

/**
 * Everything `npm run check` and the build verify, in one pass over every file: each
 * file against its schema, the references between files, the directives in bodies, and
 * probable duplicate incidents.
 */
export function validateContent(root: string, options: { duplicates?: boolean } = {}): { content: ContentSet; issues: ContentIssue[]; files: number } {
  const { content, files, issues } = readContent(root);
  issues.push(...checkReferences(files));
  const ids = (list: { id: string }[]) => new Set(list.map((f) => f.id));
  const refs = { sources: ids(files.sources), actors: ids(files.actors), regions: ids(files.regions) };
  for (const brief of files.briefs) issues.push(...checkBody(brief, refs), ...checkCorrections(brief));
  // Probable duplicate incidents and incidents whose claims disagree, as warnings for the
  // author; a caller that only needs errors (a production build) may skip them.
  if (options.duplicates !== false) {
    const tree = regionTree(content.regions.map((r) => ({ id: r.id, parent: r.data.parent })));
    issues.push(...findDuplicates(locateClaims(content.briefs), { ancestors: (id) => tree.get(id)?.ancestors ?? [] }));
  }
  issues.push(...figureHistoryIssues(root, files.briefs));
  const names = new Set(issues.map((i) => i.file));
  for (const list of Object.values(files)) for (const f of list) names.add(f.file);
  return { content, issues, files: names.size };
}
