import { checkReferences } from '../lib/check/check-references.ts';
import type { ContentIssue } from '../lib/check/content-issue.ts';
import type { ContentSet, SourceFiles } from '../lib/check/content-set.ts';
import type { RenderedBody } from '../markdown/index.ts';
import { checkCorrections } from '../lib/corrections/check-corrections.ts';
import { checkPlaceholders } from '../lib/check/check-placeholders.ts';
import { figureHistoryIssues } from './git-history.ts';
import { findDuplicates } from '../lib/incidents/find-duplicates.ts';
import { locateClaims } from '../lib/incidents/located-claim.ts';
import { regionTree } from '../lib/graph/region-tree.ts';
import { actorsOf, processorFor, renderFile, siteIndexOf } from './render-file.ts';
import { SITE } from '../site.config.ts';
import { checkPhotos } from './check-photos.ts';
import { POOL_THRESHOLD, renderOnThreads, renderThreads } from './render-pool.ts';
import { readContent } from './read-content.ts';

/** What the check adds to single-file and reference checks: corrections, changed figures without one, placeholders left in. */
export function briefHistoryIssues(root: string, files: SourceFiles): ContentIssue[] {
  return [...files.briefs.flatMap((brief) => [...checkCorrections(brief), ...checkPlaceholders(brief)]), ...figureHistoryIssues(root, files.briefs)];
}

/** Probable duplicate incidents and incidents whose claims disagree, as warnings for the author. */
export function duplicateIncidents(content: ContentSet): ContentIssue[] {
  const tree = regionTree(content.regions.map((r) => ({ id: r.id, parent: r.data.parent })));
  // A claim whose id another claim already has is one error (check-references); its copy
  // would only add a knock-on "same event" report about itself.
  const seen = new Set<string>();
  const claims = locateClaims(content.briefs).filter(({ claim }) => !seen.has(claim.id) && Boolean(seen.add(claim.id)));
  return findDuplicates(claims, { ancestors: (id) => tree.get(id)?.ancestors ?? [] });
}

/** Options of {@link validateContent}. */
export interface ValidateOptions {
  /** Whether to look for probable duplicate incidents (warnings); on unless false. */
  duplicates?: boolean;
  /** Renders kept between runs (tests that check many variants of one site), by body, actors and site index. */
  cache?: Map<string, ReturnType<typeof renderFile>>;
}

/**
 * Everything `npm run check` and the build verify, in one pass over every file: each
 * file against its schema, the references between files, every body rendered with the
 * site's own Markdown pipeline, and probable duplicate incidents. `rendered` holds each
 * body that rendered, by file.
 */
export function validateContent(
  root: string,
  { duplicates = true, cache }: ValidateOptions = {},
): { content: ContentSet; issues: ContentIssue[]; files: number; onDisk: number; rendered: Map<string, RenderedBody> } {
  const { content, files, publicFiles, issues, onDisk, read } = readContent(root);
  issues.push(...checkReferences(files));
  issues.push(...briefHistoryIssues(root, files));
  if (duplicates) issues.push(...duplicateIncidents(content));
  const processor = processorFor(files, publicFiles);
  const index = cache && JSON.stringify(Object.values(siteIndexOf(files, publicFiles)).map((v) => [...v]));
  const rendered = new Map<string, RenderedBody>();
  for (const file of [...files.briefs, ...files.actors]) {
    const key = cache && JSON.stringify([index, file.file, file.bodyLine, file.body, actorsOf(file)]);
    let result = key === undefined ? undefined : cache?.get(key);
    if (!result) {
      result = checkPhotos(root, file, renderFile(file, processor));
      if (key !== undefined) cache?.set(key, result);
    }
    issues.push(...result.issues);
    if (result.rendered) rendered.set(file.file, result.rendered);
  }
  return { content, issues, files: read.length, onDisk: onDisk.length, rendered };
}

/**
 * {@link validateContent}, with the bodies rendered on worker threads when there are many
 * (the check over a large archive); the same code, the same results, in the same order.
 */
export async function validateContentOnThreads(root: string): Promise<ReturnType<typeof validateContent>> {
  const { content, files, publicFiles, issues, onDisk, read: checked } = readContent(root);
  const bodies = [...files.briefs, ...files.actors];
  if (bodies.length < POOL_THRESHOLD || renderThreads() < 2) return validateContent(root);
  issues.push(...checkReferences(files), ...briefHistoryIssues(root, files), ...duplicateIncidents(content));
  const results = await renderOnThreads(bodies, actorsOf, { index: siteIndexOf(files, publicFiles), base: SITE.base, foreignDomains: SITE.foreignDomains });
  const rendered = new Map<string, RenderedBody>();
  results.forEach((unchecked, i) => {
    const result = checkPhotos(root, bodies[i]!, unchecked);
    issues.push(...result.issues);
    if (result.rendered) rendered.set(bodies[i]!.file, result.rendered);
  });
  return { content, issues, files: checked.length, onDisk: onDisk.length, rendered };
}
