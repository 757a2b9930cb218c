// Months as readers read them and as charts count them: one table of month names and one
// arithmetic on `YYYY-MM`, for pages, charts, feeds and the authors' tools alike.

const NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A month's name from its number (1–12): "September"; `short`: "Sep". */
export function monthName(month: number, form: 'long' | 'short' = 'long'): string {
  const name = NAMES[month - 1];
  if (name === undefined) throw new Error(`month ${month} is not from 1 to 12`);
  return form === 'short' ? name.slice(0, 3) : name;
}

/** The month of "2022-09" (or of a day in it) in a chart's few letters, with its year: "Sep 2022". */
export const monthLabel = (iso: string): string => `${monthName(Number(iso.slice(5, 7)), 'short')} ${iso.slice(0, 4)}`;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** `YYYY-MM` → months since year 0, so that months can be counted and compared; throws on any other form. */
export function monthNumber(month: string): number {
  const match = MONTH.exec(month);
  if (!match) throw new Error(`month "${month}" is not of the form YYYY-MM`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

/** Months since year 0 → `YYYY-MM`: the inverse of `monthNumber`. */
export const monthOfNumber = (n: number): string => `${String(Math.floor(n / 12)).padStart(4, '0')}-${String((n % 12) + 1).padStart(2, '0')}`;
