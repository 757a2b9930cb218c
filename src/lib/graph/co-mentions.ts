/** How often another actor is named in the same brief. */
export interface CoMention {
  actor: string;
  briefs: number;
}

/**
 * For every actor, the actors named in the same briefs, most often first (ties by id).
 * One pass over the briefs; each brief costs the square of its own actor count only.
 */
export function coMentions(briefs: readonly { actors: readonly string[] }[]): Map<string, CoMention[]> {
  const counts = new Map<string, Map<string, number>>();
  for (const { actors } of briefs) {
    const unique = [...new Set(actors)];
    for (const a of unique) {
      const row = counts.get(a) ?? new Map<string, number>();
      counts.set(a, row);
      for (const b of unique) if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
  return new Map(
    [...counts].map(([actor, row]) => [
      actor,
      [...row].map(([other, n]) => ({ actor: other, briefs: n })).sort((x, y) => y.briefs - x.briefs || x.actor.localeCompare(y.actor)),
    ]),
  );
}
