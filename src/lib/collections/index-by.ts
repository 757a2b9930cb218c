/**
 * Groups items under every key `keysOf` gives them, in one pass, keeping their order:
 * briefs by actor, claims by incident. An item listed twice under one key counts once.
 */
export function indexBy<T, K>(items: Iterable<T>, keysOf: (item: T) => Iterable<K>): Map<K, T[]> {
  const index = new Map<K, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const list = index.get(key);
      if (list) list.push(item);
      else index.set(key, [item]);
    }
  }
  return index;
}
