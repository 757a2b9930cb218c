import { lstatSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentIssue } from '../lib/check/content-issue.ts';
import type { CollectionKey, ContentSet, Entry, SourceFiles } from '../lib/check/content-set.ts';
import { idOfFile, readFile } from './read-file.ts';
import { fileStamp, type ReadingCache } from './reading-cache.ts';
import { publicDirOf } from '../content-root.ts';
import { PHOTO_EXTENSIONS } from '../lib/photos/photo-src.ts';
import { checkSvgDrawing, MAX_DRAWING_BYTES, type SvgDrawing } from '../lib/figures/svg-drawing.ts';
import type { PublicFiles } from '../markdown/site-index.ts';
import { isRealDay } from '../schema/date.ts';
import { ActorSchema, BriefSchema, MAX_ID, RegionSchema, SeriesSchema, SourceSchema } from '../schema/index.ts';

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

/** Files and folders whose names start with `_` or `.` are the author's private notes, never read. */
export const isIgnored = (path: string) => path.split('/').some((part) => part.startsWith('_') || part.startsWith('.'));
/** A path relative to a folder, with `/` between its parts on every system. */
const relativePath = (from: string, to: string) => relative(from, to).split(sep).join('/');

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** `YYYY/YYYY-MM-DD-slug.md`, or the page bundle `YYYY/YYYY-MM-DD-slug/index.md`, with what lies beside it. */
const BRIEF_PATH = /^(\d{4})\/((\d{4})-(\d{2})-(\d{2})-[^/]*?)(\.md|\/index\.md|\/[^/]+)$/;
/** Pictures a page-bundle brief may keep beside its `index.md`: the photos the build resizes. */
const BUNDLE_FILE = new RegExp(`^[a-z0-9]+(?:[-_.][a-z0-9]+)*\\.(?:${PHOTO_EXTENSIONS.join('|')})$`);
const BRIEF_FORM = 'content/briefs/YYYY/YYYY-MM-DD-slug.md (or YYYY-MM-DD-slug/index.md with its pictures beside it), the slug in lower-case letters a-z, digits and hyphens, in the folder of its year';

/**
 * What a file under a collection's folder is: an author file to read, a picture beside a
 * brief, or a mistake worded for the author. `name` is relative to the collection's folder.
 */
function classify(key: CollectionKey, name: string): { read: true } | { read: false; problem?: string; bundle?: string } {
  const { ext } = COLLECTIONS[key];
  if (key !== 'briefs') {
    const id = name.endsWith(ext) ? name.slice(0, -ext.length) : undefined;
    if (id !== undefined && ID.test(id) && id.length <= MAX_ID) return { read: true };
    return { read: false, problem: `not a file of ${COLLECTIONS[key].dir}/; expected ${COLLECTIONS[key].dir}/ID${ext}, the id in lower-case letters a-z, digits and hyphens, at most ${MAX_ID} characters, with no folder between` };
  }
  const m = BRIEF_PATH.exec(name);
  if (!m) return { read: false, problem: `not a brief's file name; expected ${BRIEF_FORM}` };
  const [, folder, id, year, month, day, rest] = m as unknown as string[];
  if (!ID.test(id!) || !isRealDay(Number(year), Number(month), Number(day))) return { read: false, problem: `not a brief's file name; expected ${BRIEF_FORM}` };
  if (id!.length > MAX_ID) return { read: false, problem: `a file name of ${id!.length} characters; expected at most ${MAX_ID} (a shorter slug)` };
  if (folder !== year) return { read: false, problem: `a brief of ${year} in the folder ${folder}/; expected it in content/briefs/${year}/` };
  if (rest === '.md' || rest === '/index.md') return { read: true };
  return BUNDLE_FILE.test(rest!.slice(1)) ? { read: false, bundle: `${folder}/${id}` } : { read: false, problem: `not a picture of the brief beside its index.md; expected pictures named in lower-case (${PHOTO_EXTENSIONS.map((e) => `.${e}`).join(', ')}; an SVG drawing goes in public/figures/)` };
}

/**
 * Every entry under `dir` (or only in it), links included and never followed (Node's own
 * recursive listing walks into linked folders); nothing when it does not exist.
 */
function entries(dir: string, recursive = true): Dirent[] {
  const found: Dirent[] = [];
  const walk = (folder: string) => {
    let list: Dirent[];
    try {
      list = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of list) {
      found.push(entry);
      if (recursive && entry.isDirectory()) walk(join(folder, entry.name));
    }
  };
  walk(dir);
  return found;
}

/** An SVG drawing in `publicDir` at site path `path` (`/figures/x.svg`): its text and what the check finds in it. A link is never followed. */
export function readDrawing(publicDir: string, path: string): { svg: string; drawing: SvgDrawing } {
  const file = join(publicDir, ...path.split('/').filter((part) => part !== '' && part !== '..'));
  const stat = lstatSync(file);
  if (!stat.isFile()) return { svg: '', drawing: { problem: 'is not a file; expected an SVG drawing', line: 1 } };
  if (stat.size > MAX_DRAWING_BYTES) return { svg: '', drawing: { problem: `is ${Math.ceil(stat.size / 1024)} KiB; expected at most ${MAX_DRAWING_BYTES / 1024} KiB`, line: 1 } };
  let svg: string;
  try {
    svg = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch {
    return { svg: '', drawing: { problem: 'is not UTF-8 text; expected an SVG file saved as UTF-8', line: 1 } };
  }
  return { svg, drawing: checkSvgDrawing(svg) };
}

/** The author files on disk, sorted, as paths relative to `root`, and every other file in their folders as a problem. */
export function discoverFiles(root: string): { files: Record<CollectionKey, string[]>; publicFiles: Map<string, SvgDrawing | null>; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const problem = (file: string, message: string) => issues.push({ file, line: 1, field: '', message, severity: 'error' });
  const link = 'a symbolic link; expected a file (links are never followed, so nothing outside the project is published)';
  const files = {} as Record<CollectionKey, string[]>;
  for (const key of Object.keys(COLLECTIONS) as CollectionKey[]) {
    const base = join(root, COLLECTIONS[key].dir);
    files[key] = [];
    const pictures: [string, string][] = [];
    for (const entry of entries(base)) {
      const name = relativePath(base, join(entry.parentPath, entry.name));
      const file = `${COLLECTIONS[key].dir}/${name}`;
      if (isIgnored(name) || entry.isDirectory()) continue;
      if (entry.isSymbolicLink()) problem(file, link);
      else if (!entry.isFile()) problem(file, 'not a regular file; expected a text file');
      else {
        const kind = classify(key, name);
        if (kind.read) files[key].push(file);
        else if (kind.problem) problem(file, kind.problem);
        else if (kind.bundle) pictures.push([file, `${COLLECTIONS[key].dir}/${kind.bundle}/index.md`]);
      }
    }
    for (const [file, index] of pictures) if (!files[key].includes(index)) problem(file, `a picture in a folder without its brief; expected ${index} beside it`);
    files[key].sort();
  }
  // What else sits in content/: a folder or file no collection reads.
  const folders = new Set<string>(Object.values(COLLECTIONS).map((c) => c.dir));
  for (const entry of entries(join(root, 'content'), false)) {
    const file = `content/${entry.name}`;
    if (!isIgnored(entry.name) && !folders.has(file)) problem(file, `not a folder of author files; expected only ${[...folders].filter((f) => f.startsWith('content/')).join(', ')} in content/`);
  }
  // The build copies public/ as it is: a link there would publish what it points to.
  const publicDir = publicDirOf(root);
  const publicFiles = new Map<string, SvgDrawing | null>();
  for (const entry of entries(publicDir)) {
    const path = join(entry.parentPath, entry.name);
    const inRoot = relativePath(root, path);
    if (entry.isSymbolicLink()) problem(inRoot.startsWith('..') ? relativePath(process.cwd(), path) : inRoot, link);
    else if (entry.isFile()) {
      const site = `/${relativePath(publicDir, path)}`;
      publicFiles.set(site, /\.svg$/i.test(site) ? readDrawing(publicDir, site).drawing : null);
    }
  }
  return { files, publicFiles, issues };
}

/** Everything read from the author files: the valid entries, every readable file, every problem. */
export interface ContentReading {
  content: ContentSet;
  files: SourceFiles;
  issues: ContentIssue[];
  /** The files in public/, as site paths (`/figures/x.svg`), with what the check found in each SVG drawing. */
  publicFiles: PublicFiles;
  /** Author files found on disk, and files read: always the same list. */
  onDisk: string[];
  read: string[];
}

/**
 * Reads every author file under `root` once, from its bytes, reporting every problem in
 * every file rather than stopping at the first. `files` holds every readable file, valid
 * or not, for the checks between files; `content` only the valid ones, for pages.
 * `cache` keeps each file's reading by a digest of its bytes, so the live preview (and a
 * warm start, from the readings kept on disk) reads again only the files that changed.
 */
export function readContent(root: string, cache?: ReadingCache): ContentReading {
  const issues: ContentIssue[] = [];
  const files = {} as SourceFiles;
  const content = {} as Record<CollectionKey, Entry<unknown>[]>;
  const onDisk: string[] = [];
  const read: string[] = [];
  const discovered = discoverFiles(root);
  issues.push(...discovered.issues);
  for (const key of Object.keys(COLLECTIONS) as CollectionKey[]) {
    const { ext, schema } = COLLECTIONS[key];
    files[key] = [];
    content[key] = [];
    for (const file of discovered.files[key]) {
      onDisk.push(file);
      // Stamped before it is read, so a write while it is read makes the next stamp differ.
      const stamp = cache && fileStamp(join(root, file));
      let parsed = stamp ? cache.unchanged(file, stamp) : undefined;
      if (!parsed) {
        let bytes: Buffer;
        try {
          bytes = readFileSync(join(root, file));
        } catch (error) {
          issues.push({ file, line: 1, field: '', message: `could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); expected a readable file`, severity: 'error' });
          read.push(file);
          continue;
        }
        const parse = () => readFile(file, bytes, schema, ext === '.md');
        parsed = cache ? cache.read(file, bytes, parse, stamp) : parse();
      }
      read.push(file);
      issues.push(...parsed.issues);
      if (parsed.file) files[key].push(parsed.file);
      if (parsed.entry) content[key].push(parsed.entry);
    }
  }
  cache?.keepOnly(new Set(onDisk));
  const seen = new Map<string, string>();
  for (const key of Object.keys(COLLECTIONS) as CollectionKey[]) {
    seen.clear();
    for (const file of files[key]) {
      const other = seen.get(file.id);
      if (other) issues.push({ file: file.file, line: 1, field: '', message: `another file, ${other}, has the same name and so the same id and address; expected unique file names`, severity: 'error' });
      seen.set(file.id, file.file);
    }
  }
  return { content: content as unknown as ContentSet, files, publicFiles: discovered.publicFiles, issues, onDisk, read };
}
