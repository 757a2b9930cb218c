/** A CSV cell: text, a number, or empty. */
export type Cell = string | number | null | undefined;

// A text cell starting with one of these is run as a formula by spreadsheets (OWASP,
// "CSV Injection"): such cells get a leading apostrophe and quotes, so they read as text.
const FORMULA_START = /^[=+\-@\t\r]/;

const quote = (cell: Cell) => {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) || text !== cell ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * RFC 4180 CSV: CRLF line ends, fields with commas, quotes or line breaks quoted, quotes
 * doubled; UTF-8 without a byte-order mark, which scripts would read as part of a name.
 * Text that a spreadsheet would take for a formula is neutralised; numbers stay numbers.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `${[header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}
