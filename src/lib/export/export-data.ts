import type { Count } from '../../schema/count.ts';
import { figureWords } from '../format/format-count.ts';
import { incidentLayers, layerOf, type ClaimRecord, type Incident, type LayerRange } from '../claims/index.ts';
import { toCsv, type Cell } from './to-csv.ts';

/** A column of an export and what it holds, as `/data/` describes it. */
export interface Column {
  name: string;
  description: string;
}

const countColumns = (what: string): Column[] => [
  { name: `${what}_min`, description: `Lowest number of ${what} the phrase allows; empty when it gives no number.` },
  { name: `${what}_max`, description: `Highest number of ${what}; empty when open-ended ("at least 300") or unknown.` },
  { name: `${what}_text`, description: `The phrase for ${what} exactly as the brief wrote it.` },
  { name: `${what}_approximate`, description: `true when the phrase is approximate ("about 400", "around 20", "nearly 20": the site reads it "about 400"), false when not; empty when no ${what} figure is given.` },
];

/** The columns of `/data/claims.csv` and of every claims table's CSV, in order. */
export const CLAIM_COLUMNS: Column[] = [
  { name: 'id', description: 'The claim id, unique and stable.' },
  { name: 'incident', description: 'The incident the claim belongs to; empty for a period total (an incident of one claim has the claim id).' },
  { name: 'brief', description: 'Slug of the brief that reported it.' },
  { name: 'brief_date', description: 'Publication date of that brief.' },
  { name: 'date', description: 'The date as written: a year, a month, a day or a period.' },
  { name: 'date_precision', description: 'day, month, year or period.' },
  { name: 'date_start', description: 'First day the date covers.' },
  { name: 'date_end', description: 'Last day the date covers.' },
  { name: 'region', description: 'Region id (see regions.json).' },
  { name: 'place', description: 'The place as written, when given.' },
  { name: 'perpetrators', description: 'Actor ids, separated by ";"; empty when unknown.' },
  { name: 'victim_category', description: 'civilians, military, police, militants, mercenaries, peacekeepers, mixed or unknown.' },
  { name: 'victim_actors', description: 'Actor ids of the victims, separated by ";".' },
  ...countColumns('killed'),
  ...countColumns('wounded'),
  ...countColumns('abducted'),
  { name: 'claimant', description: 'Actor or source id of who asserts the figure.' },
  { name: 'stance', description: 'claimed, reported, alleged, confirmed, denied or disputed.' },
  { name: 'grade', description: "The desk's assessment: confirmed, fair, weak, contested, discounted or unassessed." },
  { name: 'scope', description: 'incident, or aggregate for a period total, which is never added to any sum.' },
  { name: 'layer', description: 'headline (confirmed and fair), claimed (by the perpetrator), weak, contested, unassessed, or discounted.' },
  { name: 'sources', description: 'Source ids, separated by ";".' },
  { name: 'note', description: 'One line of context on this claim.' },
];

/** The columns of `/data/incidents.csv`, in order. */
export const INCIDENT_COLUMNS: Column[] = [
  { name: 'id', description: 'The incident id: what a brief writes after "incident:" to add a claim about the same event.' },
  { name: 'date', description: 'The date of its most precisely dated claim, as written.' },
  { name: 'date_precision', description: 'day, month, year or period.' },
  { name: 'date_start', description: 'First day that date covers.' },
  { name: 'date_end', description: 'Last day that date covers.' },
  { name: 'region', description: 'Region id of that claim.' },
  { name: 'perpetrators', description: 'Actor ids named by any counted claim, separated by ";".' },
  { name: 'layer', description: "The one layer the incident is counted in: the most trusted (headline, weak, contested, unassessed, claimed) whose claims give a figure, else the most trusted with a claim." },
  { name: 'killed_min', description: 'Lowest figure in that layer; empty when none of its claims gives a number.' },
  { name: 'killed_max', description: 'Highest figure in that layer; empty when open-ended or unknown.' },
  { name: 'layers', description: 'Its range in every layer with a claim, worded as on the site, e.g. "headline 300+; weak 200–250; contested no figure".' },
  { name: 'claims', description: 'Every claim id about it, the oldest report first, separated by ";".' },
  { name: 'briefs', description: 'The briefs that report it, separated by ";".' },
  { name: 'url', description: "The incident's page." },
];

const count = (c: Count | undefined): Cell[] => (c ? [c.min, c.max, c.text, c.min === null ? null : String(c.approximate)] : [null, null, null, null]);
const rangeWords = (l: LayerRange) => `${l.layer} ${figureWords(l.range, l.claims)}`;

/**
 * Every claim as one CSV row: its counts as min, max (empty when open-ended or unknown)
 * and the phrase as written; lists joined with ";".
 */
export function claimsCsv(claims: readonly ClaimRecord[], incidentOf: (claimId: string) => string | undefined = () => undefined): string {
  return toCsv(
    CLAIM_COLUMNS.map((c) => c.name),
    claims.map((c) => claimCells(c, incidentOf)),
  );
}

/** A claim's cells in `CLAIM_COLUMNS` order. */
export function claimCells(c: ClaimRecord, incidentOf: (claimId: string) => string | undefined): Cell[] {
  return [
    c.id, incidentOf(c.id) ?? c.incident, c.brief, c.briefDate, c.date.text, c.date.precision, c.date.start, c.date.end, c.region, c.place,
    c.perpetrators.join(';'), c.victims.category, c.victims.actors.join(';'),
    ...count(c.killed), ...count(c.wounded), ...count(c.abducted),
    c.claimant, c.stance, c.grade, c.scope, layerOf(c) ?? 'discounted', c.sources.join(';'), c.note,
  ];
}

/** A claim as a claims table's JSON download lists it: with its incident and layer. */
export const claimTableJson = (c: ClaimRecord, incidentOf: (claimId: string) => string | undefined) => ({ ...c, incident: incidentOf(c.id) ?? null, layer: layerOf(c) ?? 'discounted' });

/** One claims table's rows for its JSON download: each claim with its incident and layer. */
export function tableJson(key: string, claims: readonly ClaimRecord[], incidentOf: (claimId: string) => string | undefined) {
  return { table: key, claims: claims.map((c) => claimTableJson(c, incidentOf)) };
}

/** An incident for the JSON export: its figure, its range in each layer, and its claims. */
function incidentJson(i: Incident, url: (id: string) => string) {
  const layers = incidentLayers(i);
  const killed = (l: LayerRange | undefined) => (l?.range ? { min: l.range.low, max: l.range.high } : null);
  return {
    id: i.id,
    url: url(i.id),
    date: i.date,
    region: i.region,
    perpetrators: i.perpetrators,
    layer: layers[0]?.layer ?? null,
    /** In that layer only, so it matches the totals; `null` when no claim gives a number, never 0. */
    killed: killed(layers[0]),
    layers: layers.map((l) => ({ layer: l.layer, killed: killed(l), claims: l.claims.map((c) => c.id) })),
    claims: i.claims.map((c) => c.id),
    counted: i.counted.map((c) => c.id),
  };
}

/** Claims and incidents with their ranges, for `/data/claims.json` and each table's JSON. */
export function claimsJson(claims: readonly ClaimRecord[], incidents: readonly Incident[], url: (id: string) => string = (id) => id) {
  // Spelled out, so a claim without `incident:` shows the id a later brief would reuse.
  const incidentOf = new Map(incidents.flatMap((i) => i.claims.map((c) => [c.id, i.id] as const)));
  return {
    claims: claims.map((c) => claimTableJson(c, (id) => incidentOf.get(id))),
    incidents: incidents.map((i) => incidentJson(i, url)),
  };
}

/** Every incident as one CSV row, with its figure in its own layer and its claims. */
export function incidentsCsv(incidents: readonly Incident[], claimsOf: (i: Incident) => readonly ClaimRecord[], url: (id: string) => string): string {
  return toCsv(
    INCIDENT_COLUMNS.map((c) => c.name),
    incidents.map((i) => {
      const layers = incidentLayers(i);
      const first = layers[0];
      const claims = claimsOf(i);
      return [
        i.id, i.date.text, i.date.precision, i.date.start, i.date.end, i.region, i.perpetrators.join(';'),
        first?.layer, first?.range?.low, first?.range?.high, layers.map(rangeWords).join('; '),
        claims.map((c) => c.id).join(';'), [...new Set(claims.map((c) => c.brief))].join(';'), url(i.id),
      ];
    }),
  );
}
