// Test helpers: charts are compared after rounding, so that a snapshot diff means the
// picture changed, not the last bits of a float (observablehq/plot does the same).

const NUMBER = /-?\d+\.\d+(?:e[-+]?\d+)?/gi;

/** Rounds every number, including those inside strings such as path data, to one decimal. */
export function roundForSnapshot<T>(value: T): T {
  const round = (n: number) => Math.round(n * 10) / 10 + 0;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'number') return Number.isFinite(v) ? round(v) : v;
    if (typeof v === 'string') return v.replace(NUMBER, (m) => String(round(Number(m))));
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

/** Where a value holds NaN or Infinity, as a number or inside a string: `[]` when clean. */
export function badNumbers(value: unknown, at = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [at];
  if (typeof value === 'string') return /NaN|Infinity|undefined/.test(value) ? [at] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => badNumbers(v, `${at}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => badNumbers(v, `${at}.${k}`));
  return [];
}
