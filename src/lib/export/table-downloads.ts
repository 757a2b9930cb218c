import { toIdLike } from '../text/fold-text.ts';
import { toCsv } from './to-csv.ts';

/** A data table's rows as the page shows them. */
export interface TableData {
  caption: string;
  columns: readonly string[];
  rows: readonly { header: { text: string }; cells: readonly { text: string }[] }[];
}

/** A table's download files: their contents and the file name a browser saves them under. */
export interface TableFiles {
  /** `claimed-killed-by-month-menaka`: what `.csv` and `.json` are added to. */
  name: string;
  csv: string;
  json: string;
}

const slug = (text: string) => toIdLike(text) || 'table';

/**
 * The downloads of exactly the rows of one table: CSV (cells a spreadsheet would run as a
 * formula neutralised by `toCsv`), and JSON objects keyed by column heading.
 */
export function tableFiles(table: TableData): TableFiles {
  const rows = table.rows.map((r) => [r.header.text, ...r.cells.map((c) => c.text)]);
  return {
    name: slug(table.caption),
    csv: toCsv(table.columns, rows),
    json: JSON.stringify(rows.map((r) => Object.fromEntries(table.columns.map((c, i) => [c, r[i] ?? null]))), null, 2),
  };
}
