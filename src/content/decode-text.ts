/** A problem with the bytes of a file, before any parsing: its line and what is wrong. */
export interface TextProblem {
  line: number;
  message: string;
}

const STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

// Characters no author means to write and that break XML feeds or terminals: C0 and C1
// controls other than tab and line feed (carriage returns are line ends, normalised
// first), DEL, and the non-characters U+FFFE and U+FFFF.
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
/** The same, and the line breaks and lone surrogates only an escape (`\r`, `\ud800`) can write: for values read from YAML. */
const FORBIDDEN_VALUE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const NAMES: Record<number, string> = { 0: 'NUL', 0x1b: 'ESC', 0x7f: 'DEL', 0xfffe: 'the non-character U+FFFE', 0xffff: 'the non-character U+FFFF' };
const describe = (char: string) => {
  const code = char.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code >= 0xd800 && code <= 0xdfff) return `the lone surrogate ${hex}`;
  return NAMES[code]?.startsWith('the') ? NAMES[code]! : `the control character ${hex}${NAMES[code] ? ` (${NAMES[code]})` : ''}`;
};

/**
 * What is wrong with a value read from YAML, written raw or as an escape (`"\0"`, `"\u0001"`,
 * `"\e"`, `"\uFFFF"`, a lone `"\ud800"`): the same characters the raw bytes may not hold.
 */
export function forbiddenInValue(value: string): string | undefined {
  const found = FORBIDDEN_VALUE.exec(value);
  return found ? `${describe(found[0])} (written as an escape); expected text without control characters other than tab and line feed` : undefined;
}

/**
 * Decodes a file's bytes as strict UTF-8, drops a byte-order mark and normalises line
 * ends to "\n". Bytes that are not UTF-8, and control characters, are problems naming
 * their line (one per line), so nothing is silently replaced by U+FFFD or dropped.
 */
export function decodeText(bytes: Uint8Array): { text: string; problems: TextProblem[] } {
  const problems: TextProblem[] = [];
  let text: string;
  try {
    text = STRICT.decode(bytes);
  } catch {
    // Find the lines that fail, decoding line by line (a line feed never occurs inside a
    // multi-byte sequence), and keep going with U+FFFD so later checks still run.
    let start = 0;
    let line = 1;
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      try {
        STRICT.decode(bytes.subarray(start, i));
      } catch {
        problems.push({ line, message: 'bytes that are not UTF-8; expected the file saved as UTF-8 text' });
      }
      start = i + 1;
      line += 1;
    }
    text = new TextDecoder('utf-8').decode(bytes);
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (problems.length === 0 && FORBIDDEN.test(text)) {
    text.split('\n').forEach((content, i) => {
      const found = FORBIDDEN.exec(content);
      if (found) problems.push({ line: i + 1, message: `${describe(found[0])} at column ${found.index + 1}; expected text without control characters other than tab and line feed` });
    });
  }
  return { text, problems };
}
