/** Briefs of one month of the archive. */
export interface MonthGroup<T> {
  /** `YYYY-MM`. */
  month: string;
  items: T[];
}

/** Briefs of one year, by month. */
export interface YearGroup<T> {
  year: string;
  months: MonthGroup<T>[];
}

/** Groups items (already sorted newest first) by year and month, keeping their order. */
export function groupByMonth<T extends { data: { date: string } }>(items: readonly T[]): YearGroup<T>[] {
  const years: YearGroup<T>[] = [];
  for (const item of items) {
    const year = item.data.date.slice(0, 4);
    const month = item.data.date.slice(0, 7);
    let y = years.at(-1);
    if (y?.year !== year) years.push((y = { year, months: [] }));
    let m = y.months.at(-1);
    if (m?.month !== month) y.months.push((m = { month, items: [] }));
    m.items.push(item);
  }
  return years;
}

/** One month in the index of a paged list: how many items, and the page its first item is on. */
export interface MonthEntry {
  month: string;
  count: number;
  page: number;
}

/** One year in the index of a paged list, with its months newest first. */
export interface YearEntry {
  year: string;
  count: number;
  months: MonthEntry[];
}

/**
 * The year-and-month index of items (sorted newest first) shown `pageSize` to a page, as
 * Astro's `paginate()` splits them: for each month, its count and the page (from 1) where
 * it starts.
 */
export function monthIndex<T extends { data: { date: string } }>(items: readonly T[], pageSize: number): YearEntry[] {
  let at = 0;
  return groupByMonth(items).map((y) => ({
    year: y.year,
    count: y.months.reduce((n, m) => n + m.items.length, 0),
    months: y.months.map((m) => {
      const entry = { month: m.month, count: m.items.length, page: Math.floor(at / pageSize) + 1 };
      at += m.items.length;
      return entry;
    }),
  }));
}
