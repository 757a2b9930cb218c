// One colour per actor across the site, from its id alone, so the same actor looks the
// same on every page without a shared registry. Hues follow Okabe & Ito's colour-blind
// safe set, darkened or lightened so each has at least 3:1 contrast (WCAG 1.4.11) on both
// the light (#fdfcf9) and dark (#16171a) backgrounds. Ten colours cannot all stay apart for
// every kind of colour blindness, so charts also label actors by name.

/** The palette, in the order ids hash into. */
export const ACTOR_PALETTE: readonly string[] = [
  '#0072b2', // blue
  '#d55e00', // vermillion
  '#009e73', // bluish green
  '#c0699a', // reddish purple
  '#aa6f00', // ochre
  '#3d8ea6', // sky blue, darkened
  '#8f7ad6', // violet
  '#6a8f2e', // olive
  '#9c755f', // brown
  '#998a00', // mustard
];

/** FNV-1a then MurmurHash3's finaliser, 32 bits: stable everywhere, and the low bits mixed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The colour of an actor, the same on every page and build. */
export function actorColor(id: string): string {
  return ACTOR_PALETTE[hash(id) % ACTOR_PALETTE.length]!;
}

/** The colour of actors beyond the palette: a neutral grey, 3:1 on both backgrounds. */
export const OTHER_ACTOR_COLOR = '#808080';

/**
 * One distinct colour per actor for the site's most prominent actors, in the order given
 * (most prominent first), and neutral grey for the rest: hashing alone would give two
 * actors drawn side by side (Wagner and JNIM) the same colour.
 */
export function assignActorColors(rankedIds: readonly string[]): Map<string, string> {
  return new Map(rankedIds.map((id, i) => [id, ACTOR_PALETTE[i] ?? OTHER_ACTOR_COLOR]));
}
