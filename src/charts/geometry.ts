// Shapes every chart returns besides its own marks: the ids its SVG needs and the data
// table that repeats its numbers for readers who cannot see the drawing.

/** Element ids of one chart instance, all derived from its `id` option. */
export interface ChartIds {
  /** The chart's own id (its figure's), from which the others derive. */
  base: string;
  /** The `<title>` of the SVG. */
  title: string;
  /** The `<desc>` of the SVG. */
  desc: string;
}

/** One cell of a data table; `href` links the number to the claims behind it. */
export interface TableCell {
  text: string;
  href?: string;
}

/** A row: its header cell (`<th scope="row">`) then its data cells. */
export interface TableRow {
  header: TableCell;
  cells: TableCell[];
}

/** The same numbers as the drawing, as an HTML table. */
export interface DataTable {
  caption: string;
  /** Column headings, the first one heading the row headers. */
  columns: string[];
  /** Columns (by index, 1-based like `columns`) holding numbers: right-aligned. */
  numeric: number[];
  rows: TableRow[];
}

/** A labelled tick: its text's anchor point, and the grid line across the plot if any. */
export interface AxisTick {
  label: string;
  x: number;
  y: number;
  line: { x1: number; y1: number; x2: number; y2: number } | null;
  /** True for the zero line, drawn darker than the grid. */
  zero: boolean;
}

/** A message in place of the marks when there is nothing to draw. */
export interface EmptyState {
  text: string;
  x: number;
  y: number;
}

/** The element ids of a chart instance; the id is reduced to characters safe in `url(#…)`. */
export function chartIds(id: string): ChartIds {
  const base = id.replace(/[^A-Za-z0-9_-]+/g, '-') || 'chart';
  return { base, title: `${base}-title`, desc: `${base}-desc` };
}

/** Rounds a pixel coordinate to one decimal, so the markup is short and stable. */
export const round1 = (n: number): number => Math.round(n * 10) / 10 + 0;
