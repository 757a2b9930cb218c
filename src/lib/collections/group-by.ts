/** Items under one key, for listing by kind or country. */
export interface Group<K, T> {
  key: K;
  items: T[];
}

/** Groups items by one key, groups in the order of `order` (others last, sorted), items as given. */
export function groupBy<T, K extends string>(items: readonly T[], keyOf: (item: T) => K, order: readonly K[] = []): Group<K, T>[] {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const rank = (k: K) => (order.includes(k) ? order.indexOf(k) : order.length);
  return [...groups].map(([key, list]) => ({ key, items: list })).sort((a, b) => rank(a.key) - rank(b.key) || (a.key < b.key ? -1 : 1));
}
