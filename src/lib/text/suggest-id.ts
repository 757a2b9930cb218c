import { toIdLike } from './fold-text.ts';

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}


/** A known id with the names and aliases it may be looked up by. */
export interface KnownId {
  id: string;
  names: readonly string[];
}

/**
 * The existing id an author most likely meant: one whose name or alias matches the
 * unknown id, else the nearest id by edit distance (within a third of its length).
 */
export function suggestId(unknown: string, known: readonly KnownId[]): string | undefined {
  const wanted = toIdLike(unknown);
  const byName = known.find((k) => k.names.some((n) => toIdLike(n) === wanted));
  if (byName) return byName.id;
  let best: { id: string; distance: number } | undefined;
  for (const { id } of known) {
    const distance = editDistance(wanted, id);
    if (!best || distance < best.distance) best = { id, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(wanted.length / 3)) ? best.id : undefined;
}
