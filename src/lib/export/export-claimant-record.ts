import type { Column } from './export-data.ts';
import { toCsv } from './to-csv.ts';
import type { RecordRow } from '../claims/index.ts';

/** The columns of `/data/claimant-record.csv`, in order, as `/data/` describes them. */
export const CLAIMANT_RECORD_COLUMNS: Column[] = [
  { name: 'claimant', description: 'Actor or source id of the claimant (see actors.json, or the source records).' },
  { name: 'claimant_name', description: "The claimant as the site names it: an actor's short name, a source's publisher." },
  { name: 'incident', description: 'The incident id (see incidents.csv).' },
  { name: 'incident_date', description: "The incident's date as written." },
  { name: 'comparison', description: "higher (the claimant's low end is above the independent high end), lower (its high end is below the independent low end), overlaps (the ranges meet; open ends are open), denied, no-figure (the claimant gave no number) or no-independent-figure." },
  { name: 'factor', description: 'Only where the ends give one: for higher, the claimant\'s low end over the independent high end; for lower, the independent low end over the claimant\'s high end; rounded down to one decimal, empty under 1.5.' },
  { name: 'claimant_phrases', description: "The claimant's figures exactly as the briefs wrote them, separated by \";\"." },
  { name: 'claimant_low', description: "The lowest figure of the claimant's claims about the incident (denials left out when it gave a figure too); empty when none gives a number." },
  { name: 'claimant_high', description: 'Their highest figure; empty when open-ended or unknown.' },
  { name: 'independent_low', description: "The lowest figure of the incident's confirmed and fair claims by claimants that are neither this one nor a perpetrator; empty when there is none." },
  { name: 'independent_high', description: 'Their highest figure; empty when open-ended or unknown.' },
  { name: 'independent_claimants', description: 'Ids of the claimants behind the independent figure, separated by ";".' },
  { name: 'claims', description: "The claimant's claim ids about the incident, separated by \";\"." },
  { name: 'briefs', description: 'The briefs that reported them, separated by ";".' },
];

/** Every claimant's record as CSV rows: one per claimant and incident, claimants in `order`. */
export function claimantRecordCsv(records: ReadonlyMap<string, readonly RecordRow[]>, order: readonly string[], nameOf: (id: string) => string): string {
  return toCsv(
    CLAIMANT_RECORD_COLUMNS.map((c) => c.name),
    order.flatMap((id) =>
      (records.get(id) ?? []).map((r) => [
        r.claimant, nameOf(r.claimant), r.incident.id, r.incident.date.text, r.comparison, r.factor,
        r.claims.map((c) => c.killed.text).join(';'), r.range?.low, r.range?.high,
        r.independent.range?.low, r.independent.range?.high, r.independent.claimants.join(';'),
        r.claims.map((c) => c.id).join(';'), r.briefs.join(';'),
      ]),
    ),
  );
}

/** The same rows for `/data/claimant-record.json`, in the same names: a missing figure or an open end is null, never 0. */
export function claimantRecordJson(records: ReadonlyMap<string, readonly RecordRow[]>, order: readonly string[], nameOf: (id: string) => string) {
  return {
    rows: order.flatMap((id) =>
      (records.get(id) ?? []).map((r) => ({
        claimant: r.claimant,
        claimant_name: nameOf(r.claimant),
        incident: r.incident.id,
        incident_date: r.incident.date,
        comparison: r.comparison,
        factor: r.factor,
        claimant_phrases: r.claims.map((c) => c.killed.text),
        claimant_low: r.range?.low ?? null,
        claimant_high: r.range?.high ?? null,
        independent_low: r.independent.range?.low ?? null,
        independent_high: r.independent.range?.high ?? null,
        independent_claimants: r.independent.claimants,
        claims: r.claims.map((c) => c.id),
        briefs: r.briefs,
      })),
    ),
  };
}
