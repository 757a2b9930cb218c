/** A CSV cell: text, a number, or empty. */
export type Cell = string | number | null | undefined;

/**
 * What a spreadsheet would run as a formula: text starting with =, +, -, @ (spreadsheets
 * skip spaces and line breaks before them, so those count too), or with a tab or a line break.
 */
const FORMULA = /^\s*[=+\-@]|^[\t\r\n]/;

const quote = (cell: Cell) => {
  if (cell === null || cell === undefined) return '';
  // Content is data, never code: a leading apostrophe keeps a spreadsheet from evaluating
  // text an author wrote. Numbers are written as numbers.
  const text = typeof cell === 'string' && FORMULA.test(cell) ? `'${cell}` : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * RFC 4180 CSV, with text that would start a spreadsheet formula neutralised: CRLF line ends, fields with commas, quotes or line breaks quoted, quotes
 * doubled; UTF-8 without a byte-order mark, which scripts would read as part of a name.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `${[header, ...rows].map(csvLine).join('\r\n')}\r\n`;
}

/** One row of `toCsv`, without its line end: for joining rows written once into several files. */
export const csvLine = (row: readonly Cell[]): string => row.map(quote).join(',');
