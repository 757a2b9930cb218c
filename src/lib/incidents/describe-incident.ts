import { claimPhrase, incidentLayers, speaksOfKilled, type ClaimRecord, type Incident, type LayerRange } from '../claims/index.ts';
import { figureWords, formatCountAsWritten, killedOrGiven } from '../format/format-count.ts';
import type { DatePrecision } from '../../schema/date.ts';

/** How far an incident's date can be trusted, in words. */
export const PRECISION_WORDS: Record<DatePrecision, string> = {
  day: 'known to the day',
  month: 'known to the month only',
  year: 'known to the year only',
  period: 'known only as a period',
};

/** How far an incident's place can be trusted, by the level of the region its claims name. */
export const LOCATION_WORDS: Record<'country' | 'admin1' | 'admin2' | 'place', string> = {
  place: 'the place is named',
  admin2: 'known to the district; the place within it is not given',
  admin1: 'known to the region; the place within it is not given',
  country: 'known only to the country',
};

/** An incident's figure and the rule that produced it, for its page. */
export interface IncidentRange {
  /** The layer whose range is the incident's figure. */
  layer: LayerRange;
  /** That range as readers see it: "300+", "no figure". */
  figure: string;
  /** The word after it in a sentence: "killed", or "given" after "no figure". */
  verb: string;
  /** The rule in words, a sentence: "The range runs from the lowest confirmed or fair figure to the highest; open-ended, …". */
  rule: string;
  /** The other layers' claims, shown separately: "JNIM (weak, alleged): “hundreds” (200+)". */
  separately: string[];
  /** Discounted claims, left out of every figure. */
  leftOut: string[];
}

/** Which claims a layer's range is taken from, as the rule names them. */
const WHICH: Record<LayerRange['layer'], string> = { headline: 'confirmed or fair', claimed: "perpetrator's own", weak: 'weak', contested: 'contested', unassessed: 'not yet assessed' };


/** Builds the sentence parts that explain an incident's range (DESIGN §2.2, §2.4). */
export function describeIncidentRange(incident: Incident, claimantName: (id: string) => string): IncidentRange {
  const [layer, ...others] = incidentLayers(incident);
  if (!layer) throw new Error(`incident ${incident.id} has no counted claim`);
  const which = WHICH[layer.layer];
  const phrase = (c: ClaimRecord, grade: string) =>
    `${claimantName(c.claimant)} (${grade}, ${c.stance}): ${!c.killed ? `no killed figure (“${claimPhrase(c)}”)` : formatCountAsWritten(c.killed)}`;
  const leftOut = incident.claims.filter((c) => c.grade === 'discounted').map((c) => phrase(c, 'discounted'));
  // A kidnapping with no death reported: nothing to count, not an unknown toll.
  if (!incident.counted.some(speaksOfKilled)) {
    const rule = 'None of its claims reports anyone killed: they give only people wounded or abducted, so it adds nothing to the totals of people killed.';
    return { layer, figure: 'none reported', verb: 'killed', rule, separately: [], leftOut };
  }
  const open = layer.range?.high === null ? '; open-ended, as a claim sets no upper limit' : '';
  const fallback = layer.layer === 'headline' ? '' : 'No confirmed or fair claim gives a figure, so ';
  const rule = layer.range
    ? `${fallback ? `${fallback}the` : 'The'} range runs from the lowest ${which} figure to the highest${open}.`
    : `${fallback ? `${fallback}it` : 'It'} counts as one incident with no number: none of its ${which} claims gives a figure.`;
  // "JNIM (weak, alleged): “hundreds” (200+)"; "Malian government (contested, denied): no figure".
  const separately = others.flatMap((l) => l.claims.map((c) => phrase(c, l.layer === 'claimed' ? 'its own claim' : l.layer)));
  return { layer, figure: figureWords(layer.range, layer.claims), verb: killedOrGiven(layer.range), rule, separately, leftOut };
}
