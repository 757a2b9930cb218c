import { foldText } from '../text/fold-text.ts';

/** Words that say nothing about which place is meant. */
const COMMON = new Set(
  'about area around border cercle close commune country district east exact given hold location near north northern northeastern outskirts place region reported single south southern summary that their these this town village west western with from where which date toll'.split(' '),
);

/** The distinctive words of a place text, accents and case removed: "Koumbori, near Ouahigouya" → koumbori, ouahigouya. */
export function placeWords(text: string | undefined): Set<string> {
  if (!text) return new Set();
  const words = foldText(text).split(/[^a-z0-9]+/);
  return new Set(words.filter((w) => w.length >= 4 && !COMMON.has(w)));
}

/** The distinctive words two place texts share, sorted; empty when either is missing. */
export function sharedPlaceWords(a: string | undefined, b: string | undefined): string[] {
  const left = placeWords(a);
  return [...placeWords(b)].filter((w) => left.has(w)).sort();
}
