// Small statistics and formatting helpers shared by the benchmark's report.

/** The median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** "12.3 s (11.9–13.0)": the median and, when there are several rounds, the range. */
export function secondsWithRange(ms: readonly number[]): string {
  const s = (v: number) => (v / 1000).toFixed(1);
  if (ms.length === 0) return 'n/a';
  const m = `${s(median(ms))} s`;
  return ms.length === 1 ? m : `${m} (${s(Math.min(...ms))}–${s(Math.max(...ms))})`;
}

export function mibWithRange(kib: readonly number[]): string {
  const f = (v: number) => (v / 1024).toFixed(0);
  if (kib.length === 0) return 'n/a';
  const m = `${f(median(kib))} MiB`;
  return kib.length === 1 ? m : `${m} (${f(Math.min(...kib))}–${f(Math.max(...kib))})`;
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a) ? `${(a / b).toFixed(2)}×` : 'n/a');

/** A Markdown-style table, first column left-aligned, the others right-aligned unless `left` names them. */
export function table(rows: readonly (readonly string[])[], left: readonly number[] = [0]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const cell = (c: string, i: number) => (left.includes(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!));
  const out = [`| ${rows[0]!.map(cell).join(' | ')} |`, `|${widths.map((w, i) => (left.includes(i) ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`];
  for (const r of rows.slice(1)) out.push(`| ${r.map((c, i) => cell(c ?? '', i)).join(' | ')} |`);
  return out.join('\n');
}
