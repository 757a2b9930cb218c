// Rendering one file's body for the check and the loader: the site's Markdown pipeline
// (with what its plugins need of the other files) and the body's problems as check messages.
import type { ContentIssue } from '../lib/content-issue.ts';
import type { SourceFile, SourceFiles } from '../lib/content-set.ts';
import { createMarkdownProcessor, renderBody, type MarkdownProcessor, type RenderedBody } from '../markdown/index.ts';
import type { PublicFiles, SiteIndex } from '../markdown/site-index.ts';
import { SITE } from '../site.config.ts';
import { checkBodyLimits } from './body-limits.ts';

/** What the Markdown plugins need of the rest of the site, from every readable file. */
export function siteIndexOf(files: SourceFiles, publicFiles: PublicFiles): SiteIndex {
  const text = (raw: unknown, key: string) => {
    const value = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[key] : undefined;
    return typeof value === 'string' ? value : '';
  };
  const aliases = (raw: unknown) => {
    const value = raw && typeof raw === 'object' ? (raw as Record<string, unknown>).aliases : undefined;
    return Array.isArray(value) ? value.filter((a): a is string => typeof a === 'string') : [];
  };
  return {
    sources: new Map(files.sources.map((s) => [s.id, { title: text(s.raw, 'title'), publisher: text(s.raw, 'publisher'), published: text(s.raw, 'published') }])),
    actors: new Set(files.actors.map((a) => a.id)),
    actorNames: new Map(files.actors.map((a) => [a.id, [text(a.raw, 'name'), text(a.raw, 'short'), ...aliases(a.raw)].filter(Boolean)])),
    regions: new Set(files.regions.map((r) => r.id)),
    publicFiles,
  };
}

/** The Markdown pipeline for a site's files, with the site's base path and foreign domains. */
export const processorFor = (files: SourceFiles, publicFiles: PublicFiles): MarkdownProcessor =>
  createMarkdownProcessor({ index: siteIndexOf(files, publicFiles), base: SITE.base, foreignDomains: SITE.foreignDomains });

/** The actor ids a file's frontmatter lists, whose first mentions its body links. */
export const actorsOf = (file: SourceFile): string[] => {
  const value = file.raw && typeof file.raw === 'object' ? (file.raw as Record<string, unknown>).actors : undefined;
  return Array.isArray(value) ? value.filter((a): a is string => typeof a === 'string') : [];
};

/**
 * Renders one file's body (and, given its page's absolute URL, its feed variant). Problems come back with lines counted from the top of the
 * file, worded like every other check message; the HTML only when there is none.
 */
export function renderFile(file: SourceFile, processor: MarkdownProcessor, pageUrl?: string): { rendered?: RenderedBody; issues: ContentIssue[] } {
  const limits = checkBodyLimits(file.body);
  if (limits.length > 0) return { issues: limits.map((p) => ({ file: file.file, line: file.bodyLine + p.line - 1, field: 'body', message: p.message, severity: 'error' as const })) };
  try {
    const { rendered, problems } = renderBody(processor, file.body, actorsOf(file), pageUrl);
    const issues = problems.map((p) => ({ file: file.file, line: file.bodyLine + p.line - 1, field: p.field, message: p.message, severity: 'error' as const }));
    return rendered ? { rendered, issues } : { issues };
  } catch (error) {
    // A body the pipeline cannot take at all (nesting too deep for the parser, say) is
    // refused like any other mistake, never published empty.
    const reason = error instanceof RangeError ? 'nested too deep to render' : `could not be rendered (${(error as Error).message.split('\n')[0]})`;
    return { issues: [{ file: file.file, line: file.bodyLine, field: 'body', message: `${reason}; expected Markdown with lists and quotes nested a few levels at most`, severity: 'error' }] };
  }
}
