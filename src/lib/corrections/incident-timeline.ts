import { groupIncidents } from '../claims/group-incidents.ts';
import { claimPhrase } from '../claims/claim-phrase.ts';
import { incidentLayers } from '../claims/incident-layers.ts';
import { layerOf } from '../claims/layer-of.ts';
import type { ClaimRecord, Layer } from '../claims/types.ts';
import { figureOfClaims, type Figure } from '../format/format-count.ts';
import type { Grade } from '../../schema/claim.ts';
import type { Count } from '../../schema/count.ts';
import type { CorrectionRecord } from './list-corrections.ts';

/** A claim as it entered the record: on its brief's publication day. */
export interface PublishedEntry {
  kind: 'published';
  /** The brief's date, `YYYY-MM-DD`. */
  date: string;
  claim: string;
  brief: string;
  claimant: string;
  stance: ClaimRecord['stance'];
  grade: Grade;
  /** The figure as written: "at least 300". */
  phrase: string;
  /** Its layer; `null` when discounted (it counts nowhere). */
  layer: Layer | null;
}

/** A dated correction that names one or more of the incident's claims. */
export interface CorrectedEntry {
  kind: 'corrected';
  date: string;
  correction: CorrectionRecord;
  /** The incident's claims it names. */
  claims: string[];
}

/** A claim's figure replaced in the brief's history (known where git history is). */
export interface RevisedEntry {
  kind: 'revised';
  /** The day the new figure replaced the old one. */
  date: string;
  claim: string;
  /** The phrases as written before and after. */
  from: string;
  to: string;
}

/** An earlier figure of a claim, and the day it was replaced. */
export interface EarlierCount {
  claim: string;
  killed: Count;
  until: string;
}

/** The incident's figure from a day on: the range the site would have shown then. */
export interface TimelineStep {
  date: string;
  /** The layer the figure comes from; `null` while no claim counts. */
  layer: Layer | null;
  /** `null` when no counted claim gives a number (unknown, never zero); approximate when its claims say "about". */
  range: Figure | null;
  /** The counted claims behind it. */
  claims: string[];
}

/** What was claimed about one incident, and when. */
export interface IncidentTimeline {
  incident: string;
  /** Publications and corrections, oldest first; on one day, publications first. */
  entries: (PublishedEntry | RevisedEntry | CorrectedEntry)[];
  /** The figure each time it changed, oldest first; the last is today's. */
  steps: TimelineStep[];
  /** The figure the site uses today, since the day it last changed. */
  today: TimelineStep;
  /** What it was just before it last changed; `null` if it never changed. */
  before: TimelineStep | null;
}

/** The incident's figure from `claims`: the first of its layers, by the rule of today's figure (DESIGN §2.2, §2.4). */
function figureOf(claims: readonly ClaimRecord[]): Omit<TimelineStep, 'date'> {
  const [incident] = groupIncidents(claims.map((c) => ({ ...c, scope: 'incident' as const, incident: 'one' })));
  const [first] = incident ? incidentLayers(incident) : [];
  return { layer: first?.layer ?? null, range: first ? figureOfClaims(first.range, first.claims) : null, claims: first?.claims.map((c) => c.id) ?? [] };
}

const sameFigure = (a: Omit<TimelineStep, 'date'>, b: Omit<TimelineStep, 'date'>) =>
  a.layer === b.layer && a.range?.low === b.range?.low && a.range?.high === b.range?.high && (a.range === null) === (b.range === null);

/**
 * An incident's figures over time: each claim on the day its brief was published, each
 * figure replaced later (from `earlier`, the brief's history where it is known), each
 * correction naming one of the claims, and the figure the site showed from each of those
 * days on. `claims` are the incident's claims as they stand today.
 */
export function incidentTimeline(incident: string, input: readonly ClaimRecord[], corrections: readonly CorrectionRecord[], earlier: readonly EarlierCount[] = []): IncidentTimeline {
  // Oldest brief first, whatever order the claims come in (the sort is stable within a brief).
  const claims = [...input].sort((a, b) => compare(a.briefDate, b.briefDate));
  const ids = new Set(claims.map((c) => c.id));
  const history = [...earlier].filter((e) => ids.has(e.claim)).sort((a, b) => compare(a.until, b.until));
  /** A claim's figure as the site showed it on `date`: the first earlier figure not yet replaced, else today's. */
  const asOf = (claim: ClaimRecord, date: string): ClaimRecord => {
    const old = history.find((e) => e.claim === claim.id && e.until > date);
    return old ? { ...claim, killed: old.killed } : claim;
  };
  const published: PublishedEntry[] = claims.map((c) => ({
    kind: 'published',
    date: c.briefDate,
    claim: c.id,
    brief: c.brief,
    claimant: c.claimant,
    stance: c.stance,
    grade: c.grade,
    phrase: claimPhrase(asOf(c, c.briefDate)),
    layer: layerOf(c),
  }));
  const revised: RevisedEntry[] = history.map((e) => {
    const claim = claims.find((c) => c.id === e.claim)!;
    return { kind: 'revised', date: e.until, claim: e.claim, from: e.killed.text, to: claimPhrase(asOf(claim, e.until)) };
  });
  const corrected: CorrectedEntry[] = [...new Set(corrections)]
    .map((correction) => ({ kind: 'corrected' as const, date: correction.date, correction, claims: correction.claims.filter((id) => ids.has(id)) }))
    .filter((e) => e.claims.length > 0);
  const order = { published: 0, revised: 1, corrected: 2 };
  // On one day: publications, then revisions, then corrections, the older brief's first.
  const briefOf = (e: PublishedEntry | RevisedEntry | CorrectedEntry) => (e.kind === 'corrected' ? e.correction.briefDate : '');
  const entries = [...published, ...revised, ...corrected].sort((a, b) => compare(a.date, b.date) || order[a.kind] - order[b.kind] || compare(briefOf(a), briefOf(b)));

  // One step per day on which the figure changed: a brief published, or a figure replaced.
  const steps: TimelineStep[] = [];
  for (const date of [...new Set([...published.map((p) => p.date), ...revised.map((r) => r.date)])].sort(compare)) {
    const figure = figureOf(claims.filter((c) => c.briefDate <= date).map((c) => asOf(c, date)));
    const last = steps.at(-1);
    if (!last || !sameFigure(last, figure)) steps.push({ date, ...figure });
  }
  // Today's figure holds since the last change, with every claim behind it now.
  const today = { date: steps.at(-1)?.date ?? '', ...figureOf(claims) };
  return { incident, entries, steps, today, before: steps.at(-2) ?? null };
}

/** Code-unit order, so two builds sort the same on any machine. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
