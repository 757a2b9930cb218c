import { Alias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { FieldPath } from '../lib/check/content-issue.ts';
import { findIndentationMistake } from '../lib/check/yaml-indentation.ts';
import { forbiddenInValue, type TextProblem } from './decode-text.ts';

/** YAML read for the content check: plain data, where each field stands, and what went wrong. */
export interface ParsedYaml {
  /** The data, or undefined when the YAML could not be read. */
  data: unknown;
  /** 1-based line in the file of the node at `path` (of its nearest existing parent). */
  lineOf: (path: FieldPath) => number;
  /** What is wrong, with the field it broke when that is known. */
  problems: (TextProblem & { field?: string })[];
}

/** The parser's codes for what an indentation mistake makes of the lines after it. */
const INDENTATION_CODES = new Set(['BAD_INDENT', 'MISSING_CHAR', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'TAB_AS_INDENT', 'UNEXPECTED_TOKEN']);

/** The tags of the YAML 1.2 core schema; anything else (`!!timestamp`, `!!set`, `!foo`) is refused. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));
/** Deeper than any real field (a claim's `date.from` is 4 levels down); stops stack-hungry input early. */
export const MAX_DEPTH = 16;
/** Aliases a file may resolve in all; a handful is plenty, a "billion laughs" needs millions. */
export const MAX_ALIASES = 20;

const TOO_DEEP = 'YAML nested too deep; expected the fields the authoring guide lists, nested a few levels at most';

/** Walks the document without recursion, reporting the first node that breaks the limits. */
function checkNodes(doc: Document, lineAt: (offset: number) => number): TextProblem[] {
  const problems: TextProblem[] = [];
  const stack: [unknown, number][] = [[doc.contents, 1]];
  let aliases = 0;
  while (stack.length > 0 && problems.length < 5) {
    const [node, depth] = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    const at = (node as Node).range?.[0] ?? 0;
    if (depth > MAX_DEPTH) {
      problems.push({ line: lineAt(at), message: `YAML nested ${MAX_DEPTH} levels deep or more; expected the fields the authoring guide lists, nested a few levels at most` });
      break;
    }
    const tag = (node as Node).tag;
    if (tag && !CORE_TAGS.has(tag)) problems.push({ line: lineAt(at), message: `YAML tag ${tag.replace('tag:yaml.org,2002:', '!!')}; expected plain values without tags` });
    if (node instanceof Alias && ++aliases > MAX_ALIASES) {
      problems.push({ line: lineAt(at), message: `more than ${MAX_ALIASES} YAML aliases (*name); expected each value written out` });
      break;
    }
    if (isScalar(node) && typeof node.value === 'string') {
      const forbidden = forbiddenInValue(node.value);
      if (forbidden) problems.push({ line: lineAt(at), message: forbidden });
    }
    if (isMap(node) || isSeq(node)) for (const item of [...node.items].reverse()) stack.push([item, depth + 1]);
    else if (isPair(node)) stack.push([node.value, depth], [node.key, depth]);
    else if (!isScalar(node) && !(node instanceof Alias)) continue;
  }
  return problems;
}

/**
 * Parses YAML with one parser for data and positions: the YAML 1.2 core schema (an
 * unquoted `2024-13-45` stays the text written), unique keys, no tags beyond the core
 * ones, and small budgets for nesting and aliases so hostile input is refused fast.
 * `firstLine` is the line of the YAML's first line in its file.
 */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
  // Thousands of brackets in a row take the parser most of a second to give up on: refused before it starts.
  const deep = /[[{](?:[ \t\n]*[[{]){63,}/.exec(text);
  if (deep) {
    const line = text.slice(0, deep.index).split('\n').length + firstLine - 1;
    return { data: undefined, lineOf: () => line, problems: [{ line, message: TOO_DEEP }] };
  }
  const counter = new LineCounter();
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: true, prettyErrors: false, lineCounter: counter, strict: true });
  const lineOf = (path: FieldPath): number => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
      if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) return lineAt(node.range[0] as number);
    }
    return firstLine;
  };
  // An indentation mistake is told as one message naming the field it broke, not as the
  // parser's puzzles about the lines after it: when the parser tripped over indentation
  // (not over an unclosed quote, which trips it the same way) near the line found.
  const first = doc.errors[0];
  const indentation = first && INDENTATION_CODES.has(first.code) && !/^Missing closing/.test(first.message) ? findIndentationMistake(text) : undefined;
  if (indentation && Math.abs(indentation.line - counter.linePos(first!.pos[0]).line) <= 1) return { data: undefined, lineOf, problems: [{ line: indentation.line + firstLine - 1, message: indentation.message, field: indentation.field }] };
  // Unresolved tags are reported by `checkNodes`, with every other tag outside the core schema.
  const syntax = [...doc.errors, ...doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED')].slice(0, 5).map((e) => ({
    line: lineAt(e.pos[0]),
    message: e.code === 'DUPLICATE_KEY' ? 'the same field twice in one mapping; expected each field once' : e.code === 'RESOURCE_EXHAUSTION' ? TOO_DEEP : `YAML syntax: ${e.message.split('\n')[0]}`,
  }));
  // One message is enough when the nesting exhausted the parser: the rest repeat it.
  const problems = syntax.some((p) => p.message.startsWith('YAML nested')) ? syntax.filter((p) => p.message.startsWith('YAML nested')).slice(0, 1) : syntax;
  if (problems.length === 0) problems.push(...checkNodes(doc, lineAt));
  if (problems.length > 0) return { data: undefined, lineOf, problems };
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {}, lineOf, problems };
  } catch (error) {
    // An alias to an anchor not yet defined, or one that expands too far.
    const message = error instanceof ReferenceError && /Unresolved alias/.test(error.message)
      ? 'YAML alias (*name) to an anchor (&name) not defined before it; expected each value written out'
      : `YAML aliases expand too far; expected each value written out`;
    // The first alias is where the expansion starts (nesting is bounded, so visiting is safe).
    let line = firstLine;
    visit(doc, { Alias: (_, node) => { line = lineAt(node.range?.[0] ?? 0); return visit.BREAK; } });
    return { data: undefined, lineOf, problems: [{ line, message }] };
  }
}
