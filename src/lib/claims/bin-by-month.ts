import { totalOf } from './total-of.ts';
import type { Incident, Total } from './types.ts';

/** One month of a chart axis. */
export interface MonthBin {
  /** `YYYY-MM`. */
  month: string;
  total: Total;
}

/** Incidents on a month axis, and those too loosely dated to sit on it. */
export interface MonthBins {
  /** Ascending and contiguous from the first month to the last; empty months have a zero total. */
  months: MonthBin[];
  /** Year- and period-dated incidents, in input order (DESIGN §2.6). */
  unbinned: Incident[];
}

/** Totals incidents by month for a chart; a year or a period cannot be placed in one month, so it is set aside. */
export function binByMonth(incidents: readonly Incident[]): MonthBins {
  const byMonth = new Map<string, Incident[]>();
  const unbinned: Incident[] = [];
  let first: string | undefined;
  let last: string | undefined;
  for (const incident of incidents) {
    const { precision, start } = incident.date;
    if (precision !== 'day' && precision !== 'month') {
      unbinned.push(incident);
      continue;
    }
    const month = start.slice(0, 7);
    const bin = byMonth.get(month);
    if (bin) bin.push(incident);
    else byMonth.set(month, [incident]);
    if (first === undefined || month < first) first = month;
    if (last === undefined || month > last) last = month;
  }
  if (first === undefined || last === undefined) return { months: [], unbinned };
  // A chart axis needs the empty months too, or a quiet month would vanish from view.
  const months = monthsFrom(first, last).map((month) => ({ month, total: totalOf(byMonth.get(month) ?? []) }));
  return { months, unbinned };
}

/** Every `YYYY-MM` from `first` to `last`, both included. */
function monthsFrom(first: string, last: string): string[] {
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  for (let key = first; key <= last; key = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(key);
    if (++month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}
