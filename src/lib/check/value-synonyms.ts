import { foldText } from '../text/fold-text.ts';

/**
 * Words authors write for an accepted value of a field with a fixed list, by value: a
 * message can then suggest `claimed` for "boasted", which no spelling distance finds.
 * A word may stand for values of several lists; only the failing field's values are offered.
 */
const SYNONYMS: Record<string, readonly string[]> = {
  // stance
  claimed: ['boasted', 'boast', 'boasts', 'bragged', 'asserted', 'announced', 'took credit', 'claim', 'claims'],
  reported: ['report', 'reports', 'according to', 'stated', 'said'],
  alleged: ['accused', 'allegation', 'allegedly', 'blamed', 'attributed'],
  confirmed: ['verified', 'proven', 'established', 'certain', 'official'],
  denied: ['rejected', 'refuted', 'deny', 'denies', 'dismissed'],
  disputed: ['contested', 'questioned', 'challenged', 'doubted'],
  // grade
  fair: ['reliable', 'credible', 'good', 'probable', 'likely', 'medium'],
  weak: ['doubtful', 'unreliable', 'poor', 'low', 'unconfirmed'],
  contested: ['disputed', 'conflicting', 'contradictory'],
  discounted: ['false', 'debunked', 'discredited', 'rejected'],
  unassessed: ['unknown', 'none', 'not assessed', 'tbd', 'pending'],
  // victims' category
  civilians: ['villagers', 'people', 'residents', 'non-combatants'],
  military: ['soldiers', 'army', 'troops', 'armed forces'],
  police: ['gendarmes', 'gendarmerie', 'policemen', 'officers'],
  militants: ['jihadists', 'fighters', 'insurgents', 'terrorists', 'rebels'],
  mercenaries: ['contractors', 'pmc', 'wagner'],
  peacekeepers: ['blue helmets', 'un troops', 'minusma'],
  mixed: ['both', 'various', 'several'],
};

/** The accepted value of `options` that `found` is another word for, if any. */
export function synonymOf(found: string, options: readonly string[]): string | undefined {
  const word = foldText(found.trim());
  return options.find((option) => SYNONYMS[option]?.includes(word));
}
