import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import matter from 'gray-matter';
import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { ActorSchema, BriefSchema, RegionSchema, SeriesSchema, SourceSchema } from '../schema/index.ts';
import type { ContentIssue, FieldPath } from '../lib/content-issue.ts';
import { formatFieldPath } from '../lib/content-issue.ts';
import type { CollectionKey, ContentSet, Entry, SourceFile, SourceFiles } from '../lib/content-set.ts';
import { describeZodIssue } from '../lib/describe-zod-issue.ts';

/** Where each collection lives under the project root, and its schema. */
export const COLLECTIONS = {
  briefs: { dir: 'content/briefs', ext: '.md', schema: BriefSchema },
  actors: { dir: 'content/actors', ext: '.md', schema: ActorSchema },
  regions: { dir: 'content/regions', ext: '.yaml', schema: RegionSchema },
  series: { dir: 'content/series', ext: '.yaml', schema: SeriesSchema },
  sources: { dir: 'seeds', ext: '.yaml', schema: SourceSchema },
} as const;

/** Every field name a schema knows, at any depth, to suggest the intended one for a typo. */
function fieldNames(schema: z.core.$ZodType): string[] {
  const def = schema._zod.def as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
  if (def.shape) return Object.entries(def.shape).flatMap(([key, value]) => [key, ...fieldNames(value)]);
  const inner = def.element ?? def.innerType ?? def.in;
  return inner ? fieldNames(inner) : [];
}
const FIELDS = new Map(Object.values(COLLECTIONS).map(({ schema }) => [schema as z.core.$ZodType, [...new Set(fieldNames(schema))]]));

/** A file's id: its name without directories or extension, as pages use it. */
export const idOfFile = (path: string) => path.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

/** Files under `dir` ending in `ext`, recursively, sorted. */
function listFiles(dir: string, ext: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names.filter((n) => n.endsWith(ext) && !n.split('/').some((part) => part.startsWith('_') || part.startsWith('.'))).sort().map((n) => join(dir, n));
}

/** The value at `path` in plain data, or undefined. */
function valueAt(data: unknown, path: FieldPath): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key as string];
  }
  return value;
}

/** A function giving the 1-based line of a path's nearest existing node in `doc`. */
function lineFinder(doc: Document, counter: LineCounter, firstLine: number) {
  return (path: FieldPath): number => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + firstLine - 1;
    }
    return firstLine;
  };
}

interface ParsedFile<T> {
  /** The file as read, when its YAML could be read at all. */
  file?: SourceFile;
  /** The file, validated, when it is valid. */
  entry?: Entry<T>;
  issues: ContentIssue[];
}

/** Reads one file: frontmatter or YAML with line positions, validated by `schema`. */
export function parseFile<S extends z.ZodType>(file: string, text: string, schema: S, isMarkdown: boolean): ParsedFile<z.infer<S>> {
  // A byte-order mark or Windows line endings are an editor's choice, not an error.
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let yamlText = normalised;
  let body = '';
  let firstLine = 1;
  let bodyLine = 1;
  if (isMarkdown) {
    if (!normalised.startsWith('---\n')) {
      return { issues: [{ file, line: 1, field: '', message: 'no frontmatter; expected the file to start with a "---" line, the YAML fields, and another "---" line', severity: 'error' }] };
    }
    const parsed = matter(normalised, { engines: { yaml: () => ({}) } });
    yamlText = parsed.matter.replace(/^\n/, '');
    body = parsed.content;
    firstLine = 2;
    // The body starts after the YAML lines and the closing "---" line.
    bodyLine = firstLine + yamlText.split('\n').length + 1;
  }
  // YAML's core schema keeps unquoted dates as the text written, so an impossible
  // `2024-13-45` is refused rather than rolled over. The fast parser reads the data; the
  // slower one, which knows where every value stands, runs only when a line is needed.
  const positions = () => {
    const counter = new LineCounter();
    return { counter, doc: parseDocument(yamlText, { schema: 'core', lineCounter: counter, prettyErrors: false }) };
  };
  let raw: unknown;
  try {
    raw = load(yamlText, { schema: CORE_SCHEMA }) ?? {};
  } catch {
    const { doc, counter } = positions();
    return {
      issues: doc.errors.map((e) => ({
        file,
        line: counter.linePos(e.pos[0]).line + firstLine - 1,
        field: '',
        message: `YAML syntax: ${e.message.split('\n')[0]}`,
        severity: 'error',
      })),
    };
  }
  let finder: ((path: FieldPath) => number) | undefined;
  const lineOf = (path: FieldPath) => {
    if (!finder) {
      const { doc, counter } = positions();
      finder = lineFinder(doc, counter, firstLine);
    }
    return finder(path);
  };
  const source: SourceFile = { id: idOfFile(file), file, raw, lineOf, body, bodyLine };
  const result = schema.safeParse(raw);
  if (!result.success) {
    return {
      file: source,
      issues: result.error.issues.flatMap((issue) =>
        describeZodIssue(issue, valueAt(raw, issue.path), FIELDS.get(schema) ?? fieldNames(schema)).map(({ path, message }) => ({
          file,
          line: lineOf(path),
          field: formatFieldPath(path),
          message,
          severity: 'error' as const,
        })),
      ),
    };
  }
  return { file: source, entry: { ...source, data: result.data }, issues: [] };
}

/**
 * Reads every author file under `root`, reporting every problem in every file rather
 * than stopping at the first. `files` holds every readable file, valid or not, for the
 * checks between files; `content` only the valid ones, for pages.
 */
export function readContent(root: string): { content: ContentSet; files: SourceFiles; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const files = {} as SourceFiles;
  const content = {} as Record<CollectionKey, Entry<unknown>[]>;
  for (const key of Object.keys(COLLECTIONS) as CollectionKey[]) {
    const { dir, ext, schema } = COLLECTIONS[key];
    files[key] = [];
    content[key] = [];
    for (const path of listFiles(join(root, dir), ext)) {
      const file = relative(root, path);
      const parsed = parseFile(file, readFileSync(path, 'utf8'), schema, ext === '.md');
      issues.push(...parsed.issues);
      if (parsed.file) files[key].push(parsed.file);
      if (parsed.entry) content[key].push(parsed.entry);
    }
  }
  const seen = new Map<string, string>();
  for (const brief of files.briefs) {
    const other = seen.get(brief.id);
    if (other) issues.push({ file: brief.file, line: 1, field: '', message: `another brief, ${other}, has the same file name and so the same address; expected unique file names`, severity: 'error' });
    seen.set(brief.id, brief.file);
  }
  return { content: content as unknown as ContentSet, files, issues };
}
