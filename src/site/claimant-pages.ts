// What the claimant pages show (DESIGN §2.11, §3 `/claimants/`): every actor or source that
// made a claim, named as readers know it, with its record from the site model.
import type { RecordPair } from '../charts/claimant-record.ts';
import { COMPARISON_WORDS, describeNotCompared, describeRecord, type Incident, type KillingClaim, type RecordRow, type RecordText } from '../lib/claims/index.ts';
import { formatClaimDate, formatDay } from '../lib/dates/format-date.ts';
import { PAGE_TABLE_ROWS } from './claim-tables.ts';
import { paths } from './paths.ts';
import { names, type Site } from './site.ts';

/** A claimant and its record. */
export interface ClaimantView {
  id: string;
  /** As tables and charts name it: an actor's short name, a source's author. */
  name: string;
  /** What the chart's marks of its figures say: its name, or "claimant" when the name is too long for them. */
  label: string;
  /** The head of the table's column of its figures: its name, or "Claimant". */
  column: string;
  /** The page's heading: an actor's full name, a source's title. */
  title: string;
  /** A source's publisher, author and day; absent for an actor. */
  byline?: string;
  /** The actor's kind (jihadist, state-force…) or the source's (monitor, media…). */
  kind: string;
  /** True for an actor, which also has an actor page. */
  actor: boolean;
  /** Its record, incident by incident, newest first. */
  rows: RecordRow[];
  /** The rows its page lists: the newest {@link PAGE_TABLE_ROWS}; the CSV and JSON carry every row. */
  shown: RecordRow[];
  text: RecordText;
  /** Its claims held against no incident: period totals, and claims the desk discounted. */
  notCompared: KillingClaim[];
  /** "2 period totals, not compared"; null when there are none. */
  notComparedText: string | null;
}

/** The claimant `id` and its record; `undefined` when it is neither an actor nor a source, or made no claim. */
export function claimantView(site: Site, id: string): ClaimantView | undefined {
  const claims = site.claimsAsClaimant.get(id);
  if (!claims) return undefined;
  const rows = site.claimantRecords.get(id) ?? [];
  const compared = new Set(rows.flatMap((r) => r.claims.map((c) => c.id)));
  // A claim about only wounded or abducted is no killing claim: it is in the claims tables, not here.
  const notCompared = claims.filter((c): c is KillingClaim => c.killed !== undefined && !compared.has(c.id));
  const common = { id, rows, shown: rows.slice(0, PAGE_TABLE_ROWS), text: describeRecord(rows), notCompared, notComparedText: describeNotCompared(notCompared) };
  const actor = site.actors.get(id);
  if (actor) return { ...common, ...named(names(site).actor(id)), title: actor.data.name, kind: actor.data.kind, actor: true };
  const source = site.sources.get(id)?.data;
  if (!source) return undefined;
  const byline = `${source.publisher}${source.publisher.includes(source.author) ? '' : ` (${source.author})`}, ${formatDay(source.published)}`;
  return { ...common, ...named(names(site).claimant(id)), title: source.title, byline, kind: source.kind, actor: false };
}

/** Longer names than this would crowd a chart's marks and a table's column head. */
const LABEL_LENGTH = 20;
const named = (name: string) => (name.length <= LABEL_LENGTH ? { name, label: name, column: name } : { name, label: 'claimant', column: 'Claimant' });

/** Every claimant with a page, by name. */
export function claimantViews(site: Site): ClaimantView[] {
  return [...site.claimsAsClaimant.keys()]
    .map((id) => claimantView(site, id))
    .filter((v) => v !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.title.localeCompare(b.title, 'en') || (a.id < b.id ? -1 : 1));
}

/** An incident as readers know it: "Moura, Mar 2022". */
export const incidentTitle = (site: Site, incident: Pick<Incident, 'region' | 'date'>) => `${names(site).region(incident.region)}, ${formatClaimDate(incident.date)}`;

/** The chart's incidents: those with an independent figure, the claimant's range (or its lack) beside it. */
export function recordPairs(site: Site, view: ClaimantView): RecordPair[] {
  return view.rows.flatMap((row) => {
    const independent = row.independent.range;
    if (!independent) return [];
    return [{
      key: row.incident.id,
      label: incidentTitle(site, row.incident),
      href: paths.incident(row.incident.id),
      own: row.range ?? { low: 0, high: 0, unknown: true },
      independent,
      comparison: COMPARISON_WORDS[row.comparison],
    }];
  });
}

/** The chart's Source: line: whose figures it sets side by side. */
export function recordSource(site: Site, view: ClaimantView): string {
  const others = [...new Set(view.rows.flatMap((r) => r.independent.claimants))].map(names(site).claimant).sort((a, b) => a.localeCompare(b, 'en'));
  return `${view.name}'s claims and the independent claims of ${others.join(', ')}, as the briefs report them`;
}
