import type { TextProblem } from './decode-text.ts';

/** The longest body read, in characters: five times the longest brief, short enough to parse in well under a second. */
export const MAX_BODY = 50_000;
/** Deepest nesting of quotes and lists, counted as the characters before a line's text. */
export const MAX_PREFIX = 48;
/** Longest run of one Markdown punctuation character (`*`, `_`, `~`, `[`, `` ` ``…). */
export const MAX_RUN = 32;
/** Most `===` or `---` lines under text (setext headings, which the parser handles in quadratic time). */
export const MAX_SETEXT = 20;
/** Most footnote definitions in one body. */
export const MAX_FOOTNOTES = 300;

/**
 * The Markdown parser takes time that grows faster than the text for some shapes (lists
 * or quotes nested hundreds deep, thousands of `*` in a row): such bodies are refused
 * before parsing, with their line, so no input can keep the check or the build busy.
 */
export function checkBodyLimits(body: string): TextProblem[] {
  if (body.length > MAX_BODY) return [{ line: 1, message: `body of ${body.length} characters; expected at most ${MAX_BODY} (split it into several briefs)` }];
  const problems: TextProblem[] = [];
  const lines = body.split('\n');
  let setext = 0;
  let footnotes = 0;
  lines.forEach((line, i) => {
    if (i > 0 && /^ {0,3}(=+|-+)[ \t]*$/.test(line) && lines[i - 1]!.trim() !== '' && ++setext === MAX_SETEXT + 1) {
      problems.push({ line: i + 1, message: `more than ${MAX_SETEXT} headings underlined with "===" or "---"; expected "## " headings (leave a blank line above a "---" rule)` });
    }
    if (/^ {0,3}\[\^[^\]]+\]:/.test(line) && ++footnotes === MAX_FOOTNOTES + 1) problems.push({ line: i + 1, message: `more than ${MAX_FOOTNOTES} footnotes; expected at most ${MAX_FOOTNOTES}` });
    if (problems.length >= 5) return;
    const prefix = /^[\s>*+\-\d.)]*/.exec(line)![0].length;
    if (prefix > MAX_PREFIX) problems.push({ line: i + 1, message: `quotes, lists or indentation ${prefix} characters deep; expected at most ${MAX_PREFIX}` });
    const run = new RegExp(`([*_~\\[\\]\`:<>!|=#-])\\1{${MAX_RUN},}`).exec(line);
    if (run) problems.push({ line: i + 1, message: `${run[0].length} "${run[1]}" in a row; expected at most ${MAX_RUN}` });
  });
  return problems;
}
