import type { Count } from '../schema/count.ts';
import { layerOf, type ClaimRecord, type Incident } from './claims/index.ts';
import { toCsv, type Cell } from './to-csv.ts';

const HEADER = [
  'id', 'incident', 'brief', 'brief_date', 'date', 'date_precision', 'date_start', 'date_end', 'region', 'place',
  'perpetrators', 'victim_category', 'victim_actors',
  'killed_min', 'killed_max', 'killed_text', 'wounded_min', 'wounded_max', 'wounded_text', 'abducted_min', 'abducted_max', 'abducted_text',
  'claimant', 'stance', 'grade', 'scope', 'layer', 'sources', 'note',
];

const count = (c: Count | undefined): Cell[] => (c ? [c.min, c.max, c.text] : [null, null, null]);

/**
 * Every claim as one CSV row: its counts as min, max (empty when open-ended or unknown)
 * and the phrase as written; lists joined with ";".
 */
export function claimsCsv(claims: readonly ClaimRecord[]): string {
  return toCsv(
    HEADER,
    claims.map((c) => [
      c.id, c.incident, c.brief, c.briefDate, c.date.text, c.date.precision, c.date.start, c.date.end, c.region, c.place,
      c.perpetrators.join(';'), c.victims.category, c.victims.actors.join(';'),
      ...count(c.killed), ...count(c.wounded), ...count(c.abducted),
      c.claimant, c.stance, c.grade, c.scope, layerOf(c) ?? 'discounted', c.sources.join(';'), c.note,
    ]),
  );
}

/** Claims and incidents with their ranges, for `/data/claims.json`. */
export function claimsJson(claims: readonly ClaimRecord[], incidents: readonly Incident[]) {
  return {
    claims: claims.map((c) => ({ ...c, layer: layerOf(c) ?? 'discounted' })),
    incidents: incidents.map((i) => ({
      id: i.id,
      date: i.date,
      region: i.region,
      perpetrators: i.perpetrators,
      killed: i.range ? { min: i.range.low, max: i.range.high } : null,
      claims: i.claims.map((c) => c.id),
      counted: i.counted.map((c) => c.id),
    })),
  };
}
