/** An indentation mistake in YAML, in an author's words: the line, the field it broke, what to do. */
export interface IndentationMistake {
  /** 1-based line in the text. */
  line: number;
  /** The field's path as the check names fields (`claims[0].region`). */
  field: string;
  message: string;
}

/** A field or list item line: its indentation, whether it is a list item, its key, and whether it opens a block. */
const LINE = /^( *)(- +)?(?:("[^"]*"|'[^']*'|[^\s:#"'][^:#]*?) *:(?: +(.*))?)?$/;

interface Level {
  indent: number;
  /** The path of the fields at this indentation, and the line that opened it. */
  path: string;
  /** Items seen at this level when it is a list. */
  items: number;
  /** The last field written at this level, for the message. */
  last?: { key: string; line: number };
}

const spaces = (n: number) => (n === 0 ? 'not indented' : `indented ${n} space${n === 1 ? '' : 's'}`);

/**
 * Finds the first line whose indentation breaks the structure around it, as an author sees
 * it: a field out of line with the fields above it, or a tab. YAML reads nesting from
 * indentation, so its parser reports such a mistake as several puzzles, often on other
 * lines; this names the field and the indentation expected. Lines inside block scalars
 * (`|`, `>`) and continuation lines of long values are left alone.
 */
export function findIndentationMistake(text: string): IndentationMistake | undefined {
  const levels: Level[] = [{ indent: 0, path: '', items: 0 }];
  let opened: string | undefined; // the path a block opened by the line above holds
  let scalarIndent: number | undefined; // lines deeper than this belong to a block scalar
  let open = ''; // the quotes and brackets of a value still open at the end of the line above
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!;
    if (open) {
      open = unclosed(raw, open);
      continue;
    }
    if (/^\s*(#.*)?$/.test(raw)) continue;
    const indent = /^ */.exec(raw)![0].length;
    if (scalarIndent !== undefined && indent > scalarIndent) continue;
    scalarIndent = undefined;
    if (/^ *\t/.test(raw)) return { line: n + 1, field: '', message: 'indented with a tab; expected spaces only, as YAML never reads a tab as indentation' };
    const match = LINE.exec(raw.replace(/ +#.*$/, ''));
    if (!match || (!match[2] && !match[3])) continue; // a continuation line of a long value
    const [, , dash, rawKey, value = ''] = match;
    const key = rawKey?.replace(/^["']|["']$/g, '');
    const name = key ?? 'this list item';
    const mistake = (level: Level, message: string): IndentationMistake => ({
      line: n + 1,
      field: key ? `${level.path}${level.path ? '.' : ''}${key}` : level.path,
      message: `${spaces(indent)}, ${message}; expected ${name} ${spaces(level.indent)}, in line with the field it belongs with`,
    });
    // Where the line belongs: one level deeper under a line that opened a block, or a level it returns to.
    let level = levels.at(-1)!;
    if (indent > level.indent) {
      if (opened === undefined) return mistake(level, `deeper than ${level.last ? `${level.last.key} on line ${level.last.line}` : 'the line above'} (${spaces(level.indent)}) though nothing opens a block there`);
      levels.push((level = { indent, path: opened, items: 0 }));
    } else {
      const at = levels.findLastIndex((l) => l.indent === indent);
      if (at < 0) {
        // Between two levels: most likely meant for the deeper one, the block it follows.
        const meant = levels.find((l) => l.indent > indent)!;
        return mistake(meant, `out of line with the fields around it (${meant.last ? `${meant.last.key} on line ${meant.last.line} is ${spaces(meant.indent)}` : spaces(meant.indent)})`);
      }
      levels.length = at + 1;
      level = levels[at]!;
    }
    let path = level.path;
    if (dash) {
      path = `${level.path}[${level.items++}]`;
      // The item's own fields start after the dash.
      levels.push((level = { indent: indent + dash.length, path, items: 0 }));
    }
    opened = undefined;
    if (key !== undefined) {
      level.last = { key, line: n + 1 };
      if (value === '') opened = `${path}${path ? '.' : ''}${key}`;
      else if (/^[|>][-+0-9]*$/.test(value)) scalarIndent = indent;
      else open = unclosed(value, '');
    }
  }
  return undefined;
}

/** The quotes and brackets still open after `text`, given those open before it. */
function unclosed(text: string, before: string): string {
  const stack = [...before];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const top = stack.at(-1);
    if (top === '"') {
      if (c === '\\') i++;
      else if (c === '"') stack.pop();
    } else if (top === "'") {
      if (c === "'" && text[i + 1] === "'") i++;
      else if (c === "'") stack.pop();
    } else if (c === '"' || c === "'" || c === '[' || c === '{') {
      // A quote only opens a value where a value starts, not inside a plain word ("Jama'at").
      if ((c === '"' || c === "'") && i > 0 && !/[\s[{,:]/.test(text[i - 1]!)) continue;
      stack.push(c);
    } else if (c === ']' || c === '}') stack.pop();
    else if (c === '#' && stack.length === 0 && (i === 0 || text[i - 1] === ' ')) break;
  }
  return stack.join('');
}
