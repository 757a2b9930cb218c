import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentIssue } from '../lib/content-issue.ts';
import type { CollectionKey, ContentSet, Entry, SourceFiles } from '../lib/content-set.ts';
import { idOfFile, readFile, type ParsedFile } from '../loader/read-file.ts';
import { ActorSchema, BriefSchema, RegionSchema, SeriesSchema, SourceSchema } from '../schema/index.ts';

export { idOfFile };
/** Reads one file from its bytes or text (see {@link readFile}). */
export const parseFile = readFile;

/** Where each collection lives under the project root, and its schema. */
export const COLLECTIONS = {
  briefs: { dir: 'content/briefs', ext: '.md', schema: BriefSchema },
  actors: { dir: 'content/actors', ext: '.md', schema: ActorSchema },
  regions: { dir: 'content/regions', ext: '.yaml', schema: RegionSchema },
  series: { dir: 'content/series', ext: '.yaml', schema: SeriesSchema },
  sources: { dir: 'seeds', ext: '.yaml', schema: SourceSchema },
} as const;

/** Whether a path (relative to a collection's folder) is an author file of that collection. */
export const isContentPath = (name: string, ext: string) => name.endsWith(ext) && !name.split('/').some((part) => part.startsWith('_') || part.startsWith('.'));

/** The author files of one collection on disk, sorted, as paths relative to `root`. */
export function listFiles(root: string, key: CollectionKey): string[] {
  const { dir, ext } = COLLECTIONS[key];
  let names: string[];
  try {
    names = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names.filter((n) => isContentPath(n, ext)).sort().map((n) => relative(root, join(root, dir, n)));
}

/** Everything read from the author files: the valid entries, every readable file, every problem. */
export interface ContentReading {
  content: ContentSet;
  files: SourceFiles;
  issues: ContentIssue[];
  /** Author files found on disk, and files read: always the same list. */
  onDisk: string[];
  read: string[];
}

/**
 * Reads every author file under `root` once, from its bytes, reporting every problem in
 * every file rather than stopping at the first. `files` holds every readable file, valid
 * or not, for the checks between files; `content` only the valid ones, for pages.
 * `cache` keeps each file's reading by its bytes, so the live preview reads again only the
 * files that changed.
 */
export function readContent(root: string, cache?: Map<string, { bytes: Buffer; parsed: ParsedFile<unknown> }>): ContentReading {
  const issues: ContentIssue[] = [];
  const files = {} as SourceFiles;
  const content = {} as Record<CollectionKey, Entry<unknown>[]>;
  const onDisk: string[] = [];
  const read: string[] = [];
  for (const key of Object.keys(COLLECTIONS) as CollectionKey[]) {
    const { ext, schema } = COLLECTIONS[key];
    files[key] = [];
    content[key] = [];
    for (const file of listFiles(root, key)) {
      onDisk.push(file);
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(root, file));
      } catch (error) {
        issues.push({ file, line: 1, field: '', message: `could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); expected a readable file`, severity: 'error' });
        read.push(file);
        continue;
      }
      const known = cache?.get(file);
      const parsed = known?.bytes.equals(bytes) ? known.parsed : readFile(file, bytes, schema, ext === '.md');
      cache?.set(file, { bytes, parsed });
      read.push(file);
      issues.push(...parsed.issues);
      if (parsed.file) files[key].push(parsed.file);
      if (parsed.entry) content[key].push(parsed.entry);
    }
  }
  const seen = new Map<string, string>();
  for (const key of Object.keys(COLLECTIONS) as CollectionKey[]) {
    seen.clear();
    for (const file of files[key]) {
      const other = seen.get(file.id);
      if (other) issues.push({ file: file.file, line: 1, field: '', message: `another file, ${other}, has the same name and so the same id and address; expected unique file names`, severity: 'error' });
      seen.set(file.id, file.file);
    }
  }
  return { content: content as unknown as ContentSet, files, issues, onDisk, read };
}
