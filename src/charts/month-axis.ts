// A month axis that skips long empty stretches (DESIGN §4): every month with a figure
// keeps a full slot, a run of `gapMin` or more months without one shrinks into a narrow
// break, so one quiet year does not squeeze the months that matter into slivers.

import { monthNumber, monthOfNumber } from '../lib/dates/months.ts';

/** One slot of the axis: a month, or a break standing for a run of empty months. */
export type Slot =
  | { kind: 'month'; month: string; x: number; width: number }
  | { kind: 'gap'; from: string; to: string; months: number; x: number; width: number };

/** The slots and where any month (inside a break too) falls on the axis. */
export interface MonthAxis {
  slots: Slot[];
  /** The pixel where `month` starts (or ends) on the axis, clamped to the axis. */
  at: (month: string, edge: 'start' | 'end') => number;
  /** The slot of a month that has one. */
  slotOf: (month: string) => Extract<Slot, { kind: 'month' }> | undefined;
}

/** Options of a month axis. */
export interface MonthAxisOptions {
  /** Shortest run of empty months that becomes a break. */
  gapMin?: number;
  /** Width of a break, relative to a month slot. */
  gapWeight?: number;
}

/** Lays `first`…`last` (every month between, empty ones included) out between `left` and `right`. */
export function monthAxis(first: string, last: string, busy: ReadonlySet<string>, left: number, right: number, options: MonthAxisOptions = {}): MonthAxis {
  const { gapMin = 3, gapWeight = 0.6 } = options;
  const [a, b] = [monthNumber(first), monthNumber(last)];
  // 1. Runs: busy months one by one, empty stretches of gapMin or more as one break.
  type Run = { kind: 'month'; i: number } | { kind: 'gap'; from: number; to: number };
  const runs: Run[] = [];
  for (let i = a; i <= b; ) {
    let j = i;
    while (j <= b && !busy.has(monthOfNumber(j))) j++;
    if (j - i >= gapMin) {
      runs.push({ kind: 'gap', from: i, to: j - 1 });
      i = j;
    } else {
      runs.push({ kind: 'month', i });
      i++;
    }
  }
  // 2. Widths: a month is one unit, a break `gapWeight` units.
  const units = runs.reduce((n, r) => n + (r.kind === 'month' ? 1 : gapWeight), 0);
  const unit = (right - left) / Math.max(units, 1);
  let x = left;
  const slots: Slot[] = runs.map((r) => {
    const width = (r.kind === 'month' ? 1 : gapWeight) * unit;
    const slot: Slot = r.kind === 'month'
      ? { kind: 'month', month: monthOfNumber(r.i), x, width }
      : { kind: 'gap', from: monthOfNumber(r.from), to: monthOfNumber(r.to), months: r.to - r.from + 1, x, width };
    x += width;
    return slot;
  });
  const byMonth = new Map(slots.flatMap((s) => (s.kind === 'month' ? [[s.month, s] as const] : [])));
  const at = (month: string, edge: 'start' | 'end') => {
    const i = monthNumber(month) + (edge === 'end' ? 1 : 0);
    if (i <= a) return left;
    if (i > b) return right;
    for (const s of slots) {
      const from = s.kind === 'month' ? monthNumber(s.month) : monthNumber(s.from);
      const count = s.kind === 'month' ? 1 : s.months;
      if (i >= from && i <= from + count) return s.x + (s.width * (i - from)) / count;
    }
    return right;
  };
  return { slots, at, slotOf: (month) => byMonth.get(month) };
}
