const OPENS_AFTER = /[\s([{\u2014\u2013-]/u;

/**
 * Typographic punctuation for text a reader sees: curly quotes and apostrophes, an em
 * dash for `--` (an en dash for `–` is typed as such), an ellipsis for `...`. `before`
 * is the character just before `text` (across inline markup), which decides whether a
 * quote at its start opens or closes.
 */
export function smartQuotes(text: string, before = ''): string {
  if (!/['"]|--|\.\.\./.test(text)) return text;
  const out: string[] = [];
  let previous = before;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const next = text[i + 1] ?? '';
    let put = char;
    if (char === '"' || char === "'") {
      const opens = previous === '' || OPENS_AFTER.test(previous) || previous === '\u201C' || previous === '\u2018';
      // An apostrophe inside or after a word ("don't", "the '90s") always closes.
      const elision = char === "'" && (/[\p{L}\p{N}]/u.test(previous) || (opens && /\d/.test(next) && /\d\ds?\b/.test(text.slice(i + 1, i + 4))));
      if (char === '"') put = opens ? '\u201C' : '\u201D';
      else put = elision || !opens ? '\u2019' : '\u2018';
    } else if (char === '-' && next === '-') {
      put = '\u2014';
      i += text[i + 2] === '-' ? 2 : 1;
    } else if (char === '.' && next === '.' && text[i + 2] === '.') {
      put = '\u2026';
      i += 2;
    }
    out.push(put);
    previous = put;
  }
  return out.join('');
}
