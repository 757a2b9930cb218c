import matter from 'gray-matter';
import type { z } from 'zod';
import { formatFieldPath, type ContentIssue, type FieldPath } from '../lib/check/content-issue.ts';
import type { Entry, SourceFile } from '../lib/check/content-set.ts';
import { describeZodIssue } from '../lib/check/describe-zod-issue.ts';
import { decodeText } from './decode-text.ts';
import { parseYaml, type ParsedYaml } from './parse-yaml.ts';

/** One author file as read: the raw file when its YAML could be read, the entry when valid. */
export interface ParsedFile<T> {
  file?: SourceFile;
  entry?: Entry<T>;
  issues: ContentIssue[];
}

/** Every field name a schema knows, at any depth, to suggest the intended one for a typo. */
export function fieldNames(schema: z.core.$ZodType): string[] {
  const def = schema._zod.def as { shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
  if (def.shape) return [...new Set(Object.entries(def.shape).flatMap(([key, value]) => [key, ...fieldNames(value)]))];
  const inner = def.element ?? def.innerType ?? def.in;
  return inner ? fieldNames(inner) : [];
}
const FIELDS = new WeakMap<object, string[]>();

/** The value at `path` in plain data, or undefined. */
function valueAt(data: unknown, path: FieldPath): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key as string];
  }
  return value;
}

/**
 * A file's id: its name without directories or extension, as pages use it; for a page
 * bundle (`YYYY-MM-DD-slug/index.md`, with its images beside it), the folder's name.
 */
export const idOfFile = (path: string) => path.replace(/\/index\.md$/, '.md').replace(/^.*\//, '').replace(/\.[^.]+$/, '');

/** The longest file read, in characters: a body at its limit and a frontmatter at its limit. */
export const MAX_FILE = 400_000;
/** The longest frontmatter, in characters: about 450 claims written as the starter briefs write them, many times what any brief has held. */
export const MAX_FRONTMATTER = 200_000;

/** YAML from the top of a file, refused unread when longer than any real one, before the parser's time and memory grow with it. */
const readYaml = (source: string, what: string): ParsedYaml =>
  source.length > MAX_FRONTMATTER
    ? { data: undefined, lineOf: () => 1, problems: [{ line: 1, message: `${what} of ${source.length} characters; expected at most ${MAX_FRONTMATTER}${what === 'frontmatter' ? ' (split the claims over several briefs)' : ''}` }] }
    : parseYaml(source, 1);

const refuse = () => {
  throw new Error('only YAML frontmatter is read');
};

/**
 * Splits a Markdown file into YAML and body with gray-matter, the one YAML parser as its
 * engine. Other engines (gray-matter runs `---js` blocks with eval) are refused.
 */
function splitFrontmatter(text: string): { yaml: ParsedYaml; body: string; bodyLine: number } | undefined {
  if (!text.startsWith('---\n')) return undefined;
  let yaml: ParsedYaml | undefined;
  const parsed = matter(text, {
    language: 'yaml',
    engines: {
      yaml: (source: string) => {
        // The matter starts right after the opening "---", so its lines are the file's.
        yaml = readYaml(source, 'frontmatter');
        return {};
      },
      js: refuse,
      javascript: refuse,
      json: refuse,
      coffee: refuse,
      coffeescript: refuse,
    } as never,
  });
  const head = text.slice(0, text.length - parsed.content.length);
  if (!/\n---[ \t]*\n?$/.test(head)) return undefined;
  return { yaml: yaml ?? parseYaml('', 1), body: parsed.content, bodyLine: head.split('\n').length };
}

/**
 * Reads one author file from its bytes: strict UTF-8, frontmatter (for Markdown) or
 * YAML with line positions, then the collection's zod schema. Every problem names the
 * file and a line counted from the top of the file.
 */
export function readFile<S extends z.ZodType>(file: string, bytes: Uint8Array | string, schema: S, isMarkdown: boolean): ParsedFile<z.infer<S>> {
  const decoded = typeof bytes === 'string' ? decodeText(new TextEncoder().encode(bytes)) : decodeText(bytes);
  const issue = (line: number, message: string, field = ''): ContentIssue => ({ file, line, field, message, severity: 'error' });
  // A file that cannot be read still exists: its id stays known, so one mistake never
  // turns every reference to it into another error.
  const unread = (): SourceFile => ({ id: idOfFile(file), file, raw: undefined, lineOf: () => 1, body: '', bodyLine: 1 });
  if (decoded.problems.length > 0) return { file: unread(), issues: decoded.problems.slice(0, 10).map((p) => issue(p.line, p.message)) };
  const { text } = decoded;
  if (text.length > MAX_FILE) return { file: unread(), issues: [issue(1, `file of ${text.length} characters; expected at most ${MAX_FILE}`)] };
  let yaml: ParsedYaml;
  let body = '';
  let bodyLine = 1;
  if (isMarkdown) {
    const split = splitFrontmatter(text);
    if (!split) return { file: unread(), issues: [issue(1, 'no frontmatter; expected the file to start with a "---" line, the YAML fields, and another "---" line')] };
    ({ yaml, body, bodyLine } = split);
  } else {
    yaml = readYaml(text, 'file');
  }
  if (yaml.problems.length > 0 || yaml.data === undefined) return { file: { ...unread(), body, bodyLine }, issues: yaml.problems.map((p) => issue(p.line, p.message, p.field)) };
  const raw = yaml.data;
  const source: SourceFile = { id: idOfFile(file), file, raw, lineOf: yaml.lineOf, body, bodyLine };
  const result = schema.safeParse(raw);
  if (result.success) return { file: source, entry: { ...source, data: result.data }, issues: [] };
  let fields = FIELDS.get(schema);
  if (!fields) FIELDS.set(schema, (fields = fieldNames(schema)));
  return {
    file: source,
    issues: result.error.issues.flatMap((zodIssue) =>
      describeZodIssue(zodIssue, valueAt(raw, zodIssue.path), fields).map(({ path, message }) => issue(yaml.lineOf(path), message, formatFieldPath(path))),
    ),
  };
}
