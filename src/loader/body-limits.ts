import type { TextProblem } from './decode-text.ts';

/** The longest body read, in characters: ten times the longest brief, short enough to parse in well under a second. */
export const MAX_BODY = 100_000;
/** Deepest nesting of quotes and lists, counted as the characters before a line's text. */
export const MAX_PREFIX = 48;
/** Longest run of one Markdown punctuation character (`*`, `_`, `~`, `[`, `` ` ``…). */
export const MAX_RUN = 32;

/**
 * The Markdown parser takes time that grows faster than the text for some shapes (lists
 * or quotes nested hundreds deep, thousands of `*` in a row): such bodies are refused
 * before parsing, with their line, so no input can keep the check or the build busy.
 */
export function checkBodyLimits(body: string): TextProblem[] {
  if (body.length > MAX_BODY) return [{ line: 1, message: `body of ${body.length} characters; expected at most ${MAX_BODY} (split it into several briefs)` }];
  const problems: TextProblem[] = [];
  body.split('\n').forEach((line, i) => {
    if (problems.length >= 5) return;
    const prefix = /^[\s>*+\-\d.)]*/.exec(line)![0].length;
    if (prefix > MAX_PREFIX) problems.push({ line: i + 1, message: `quotes, lists or indentation ${prefix} characters deep; expected at most ${MAX_PREFIX}` });
    const run = new RegExp(`([*_~\\[\\]\`:<>!|=#-])\\1{${MAX_RUN},}`).exec(line);
    if (run) problems.push({ line: i + 1, message: `${run[0].length} "${run[1]}" in a row; expected at most ${MAX_RUN}` });
  });
  return problems;
}
