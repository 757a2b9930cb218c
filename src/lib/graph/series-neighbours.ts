/** The briefs before and after one brief in its series. */
export interface Neighbours<T> {
  previous?: T;
  next?: T;
}

/**
 * For every brief, the previous (older) and next (newer) brief of the same series.
 * `briefs` is sorted newest first; computed once for the whole site.
 */
export function seriesNeighbours<T extends { id: string; data: { series: string } }>(briefs: readonly T[]): Map<string, Neighbours<T>> {
  const result = new Map<string, Neighbours<T>>();
  const newer = new Map<string, T>();
  for (const brief of briefs) {
    const next = newer.get(brief.data.series);
    const entry: Neighbours<T> = next ? { next } : {};
    if (next) result.get(next.id)!.previous = brief;
    result.set(brief.id, entry);
    newer.set(brief.data.series, brief);
  }
  return result;
}
