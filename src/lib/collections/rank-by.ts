/** A key and how many items carry it. */
export interface Ranked<K> {
  key: K;
  count: number;
}

/** How many items carry each key, most common first (ties in key order); an item counts once per key. */
export function rankBy<T, K extends string>(items: Iterable<T>, keysOf: (item: T) => Iterable<K>): Ranked<K>[] {
  const counts = new Map<K, number>();
  for (const item of items) for (const key of new Set(keysOf(item))) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
