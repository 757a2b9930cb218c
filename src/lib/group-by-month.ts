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
