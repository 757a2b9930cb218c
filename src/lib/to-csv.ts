/** A CSV cell: text, a number, or empty. */
export type Cell = string | number | null | undefined;

const quote = (cell: Cell) => {
  if (cell === null || cell === undefined) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * RFC 4180 CSV: CRLF line ends, fields with commas, quotes or line breaks quoted, quotes
 * doubled; UTF-8 without a byte-order mark, which scripts would read as part of a name.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `${[header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}
