// What readers call actors, regions and claimants, the one wording for pages, charts, feeds,
// cards and the authors' tools.

/** The names an actor file gives. */
export interface ActorNames {
  name: string;
  short?: string | undefined;
  aliases?: readonly string[];
}

/** An actor as readers know it: its short name ("JNIM"), else its name. */
export const actorLabel = (actor: ActorNames): string => actor.short ?? actor.name;

/** An actor's full name with its short one, where they differ: "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)". */
export const actorTitle = (actor: ActorNames): string => (actor.short && actor.short !== actor.name ? `${actor.name} (${actor.short})` : actor.name);

/** Every name an actor may be found by: its name, short name and aliases. */
export const actorNames = (actor: ActorNames): string[] => [actor.name, actor.short ?? '', ...(actor.aliases ?? [])].filter(Boolean);

/** Where display names are looked up: the actor, region or source file of an id, if there is one. */
export interface NameSources {
  actor: (id: string) => ActorNames | undefined;
  region: (id: string) => { name: string } | undefined;
  source: (id: string) => { publisher: string } | undefined;
}

/** Display names by id; an id no file describes is shown as written. */
export interface DisplayNames {
  /** An actor's label: "JNIM". */
  actor: (id: string) => string;
  /** A region's name: "Ménaka". */
  region: (id: string) => string;
  /**
   * Whoever made a claim (DESIGN §1: an actor or a source): an actor's label, or the
   * publisher a source's claimant page, byline and record are named by ("Human Rights Watch").
   */
  claimant: (id: string) => string;
}

/** Display names from wherever the files are held (the site model, or the check's reading). */
export function displayNames(find: NameSources): DisplayNames {
  const actor = (id: string) => {
    const found = find.actor(id);
    return found && actorLabel(found);
  };
  return {
    actor: (id) => actor(id) ?? id,
    region: (id) => find.region(id)?.name ?? id,
    claimant: (id) => actor(id) ?? find.source(id)?.publisher ?? id,
  };
}
