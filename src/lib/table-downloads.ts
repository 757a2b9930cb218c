import { toCsv } from './to-csv.ts';

/** A data table's rows as the page shows them. */
export interface TableData {
  caption: string;
  columns: readonly string[];
  rows: readonly { header: { text: string }; cells: readonly { text: string }[] }[];
}

// A cell a spreadsheet would run as a formula gets a leading apostrophe.
const neutralise = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'table';

/**
 * Download links for exactly the rows of one table, as `data:` URLs (no file to keep in
 * step with the page): CSV with formula-like cells neutralised, and JSON objects keyed by
 * column heading.
 */
export function tableDownloads(table: TableData) {
  const rows = table.rows.map((r) => [r.header.text, ...r.cells.map((c) => c.text)]);
  const csv = toCsv(table.columns, rows.map((r) => r.map(neutralise)));
  const json = JSON.stringify(rows.map((r) => Object.fromEntries(table.columns.map((c, i) => [c, r[i] ?? null]))), null, 2);
  const name = slug(table.caption);
  return {
    csv: { href: `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`, download: `${name}.csv` },
    json: { href: `data:application/json;charset=utf-8,${encodeURIComponent(json)}`, download: `${name}.json` },
  };
}
