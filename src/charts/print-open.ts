/** Tables of at most this many rows in all print open under their chart; longer ones stay on the site. */
export const PRINT_OPEN_ROWS = 15;

/** Whether a chart's data tables are short enough to print open. */
export const printsOpen = (tables: readonly { rows: readonly unknown[] }[]): boolean =>
  tables.reduce((n, t) => n + t.rows.length, 0) <= PRINT_OPEN_ROWS;
