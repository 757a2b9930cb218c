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

/** Names as a sentence lists them: "FAMa", "FAMa and Wagner", "FAMa, Wagner and JNIM". */
export const andList = (items: readonly string[]): string => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** What a "By" cell or fact says when a claim names no perpetrator: not "unknown", as the claims only do not name one. */
export const NO_PERPETRATOR = 'not named';

/** Who killed, in a sentence: "by FAMa and Wagner", or "by perpetrators not named". */
export const byWords = (perpetrators: readonly string[]): string => (perpetrators.length === 0 ? `by perpetrators ${NO_PERPETRATOR}` : `by ${andList(perpetrators)}`);

/** Where display names are looked up: the actor, region or source file of an id, if there is one. */
export interface NameSources {
  actor: (id: string) => ActorNames | undefined;
  region: (id: string) => { name: string } | undefined;
  source: (id: string) => { author: string } | undefined;
}

/** Display names by id; an id no file describes is shown as written. */
export interface DisplayNames {
  /** An actor's label: "JNIM". */
  actor: (id: string) => string;
  /** A region's name: "Ménaka". */
  region: (id: string) => string;
  /**
   * Whoever made a claim (DESIGN §1: "who asserts the figure", an actor or a source): an
   * actor's label, or a source's author, who made the claim ("ACLED", "Hollie McKay"), where
   * its publisher only carried it ("Armed Conflict Location & Event Data Project (ACLED)",
   * "Hollie McKay (Substack)"); the claimant page's byline names both.
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
    claimant: (id) => actor(id) ?? find.source(id)?.author ?? id,
  };
}
