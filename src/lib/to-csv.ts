/** A CSV cell: text, a number, or empty. */
export type Cell = string | number | null | undefined;

const quote = (cell: Cell) => {
  if (cell === null || cell === undefined) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * RFC 4180 CSV: CRLF line ends, fields with commas, quotes or line breaks quoted, quotes
 * doubled. A leading byte-order mark lets spreadsheet programs read UTF-8 names right.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}
