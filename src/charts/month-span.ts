const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * Every month from the earliest to the latest of `months`, gaps included, so that a time
 * axis never hides a quiet month. Throws on a month that is not `YYYY-MM`.
 */
export function monthSpan(months: readonly string[]): string[] {
  const indices = months.map((month) => {
    const match = MONTH.exec(month);
    if (!match) throw new Error(`charts: month "${month}" is not of the form YYYY-MM`);
    return Number(match[1]) * 12 + Number(match[2]) - 1;
  });
  if (indices.length === 0) return [];
  const first = Math.min(...indices);
  const last = Math.max(...indices);
  const span: string[] = [];
  for (let i = first; i <= last; i++) {
    span.push(`${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`);
  }
  return span;
}
