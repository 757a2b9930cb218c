/** A relation as written in an actor's file. */
export interface RelationInput {
  type: 'affiliate-of' | 'faction-of' | 'successor-of' | 'allied-with' | 'part-of';
  actor: string;
  from?: string | undefined;
}

/** A relation seen from one actor's page, in words. */
export interface RelationView {
  /** "affiliate of", "has affiliate", "successor of", "predecessor of" … */
  label: string;
  /** The other actor's id. */
  actor: string;
  from?: string | undefined;
}

const OUTGOING = { 'affiliate-of': 'affiliate of', 'faction-of': 'faction of', 'successor-of': 'successor of', 'allied-with': 'allied with', 'part-of': 'part of' } as const;
const INCOMING = { 'affiliate-of': 'has affiliate', 'faction-of': 'has faction', 'successor-of': 'predecessor of', 'allied-with': 'allied with', 'part-of': 'includes' } as const;

/**
 * Every actor's relations both ways: Africa Corps' file says it is Wagner's successor, so
 * Wagner's page says it is Africa Corps' predecessor. Sorted by label, then actor.
 */
export function actorRelations(actors: readonly { id: string; relations: readonly RelationInput[] }[]): Map<string, RelationView[]> {
  const result = new Map<string, RelationView[]>(actors.map((a) => [a.id, []]));
  const add = (id: string, view: RelationView) => {
    const list = result.get(id) ?? [];
    // "allied with" written on both sides would otherwise show twice.
    if (!list.some((v) => v.label === view.label && v.actor === view.actor)) list.push(view);
    result.set(id, list);
  };
  for (const actor of actors) {
    for (const r of actor.relations) {
      add(actor.id, { label: OUTGOING[r.type], actor: r.actor, from: r.from });
      add(r.actor, { label: INCOMING[r.type], actor: actor.id, from: r.from });
    }
  }
  for (const list of result.values()) list.sort((a, b) => a.label.localeCompare(b.label) || a.actor.localeCompare(b.actor));
  return result;
}
