// Corrections and history for pages and feeds: read once per build from the site model
// and the content's git history, shared by the brief pages, the claim rows, the
// corrections page and feed, and incident pages.
import { CONTENT_ROOT } from '../content-root.ts';
import type { TimelineMark } from '../charts/incident-timeline.ts';
import { correctionsByClaim, correctionsOf, listCorrections, type CorrectionRecord } from '../lib/corrections/list-corrections.ts';
import { incidentTimeline, type IncidentTimeline } from '../lib/corrections/incident-timeline.ts';
import { claimPhrase } from '../lib/claims/claim-phrase.ts';
import { formatDay } from '../lib/dates/format-date.ts';
import { earlierCounts, gitHistory } from '../content/git-history.ts';
import { paths, to } from './paths.ts';
import { claimHref, getSite, names, type Site } from './site.ts';

/** Where the corrections live. */
export const correctionPaths = {
  page: () => to('corrections/'),
  feed: () => to('corrections/rss.xml'),
  /** A correction on its brief's page. */
  of: (c: Pick<CorrectionRecord, 'brief' | 'anchor'>) => `${paths.brief(c.brief)}#${c.anchor}`,
};

async function load() {
  const site = await getSite();
  const all = listCorrections(site.briefs);
  const history = gitHistory(CONTENT_ROOT);
  return {
    /** Every correction, newest first. */
    all,
    /** A brief's corrections, oldest first as written. */
    byBrief: new Map(site.briefs.map((b) => [b.id, correctionsOf(b)])),
    /** The corrections naming each claim, oldest first. */
    byClaim: correctionsByClaim(all),
    /** A claim as a correction names it to readers, and where its row is. */
    claimLabel: claimNamer(site).label,
    claimHref: claimNamer(site).href,
    /** Killed figures replaced in later commits, for the incident timelines; empty without git history. */
    earlier: earlierCounts(CONTENT_ROOT),
    /** Brief id → day of its file's last commit; empty when git history is unavailable. */
    lastUpdated: history.available ? history.lastUpdated : new Map<string, string>(),
  };
}

const claimNames = new WeakMap<Site, { label: (id: string) => string; href: (id: string) => string }>();
/** A claim as corrections name it to readers: its claimant and phrase ("JNIM, “hundreds”"), linking to its row. */
export function claimNamer(site: Site): { label: (id: string) => string; href: (id: string) => string } {
  let namer = claimNames.get(site);
  if (!namer) {
    const claimById = new Map(site.claims.map((c) => [c.id, c]));
    const { claimant } = names(site);
    namer = {
      label: (id) => {
        const claim = claimById.get(id);
        return claim ? `${claimant(claim.claimant)}, “${claimPhrase(claim)}”` : id;
      },
      // The check makes sure a correction names only its brief's claims, so every id is found.
      href: (id) => {
        const claim = claimById.get(id);
        return claim ? claimHref(site, claim) : paths.claims();
      },
    };
    claimNames.set(site, namer);
  }
  return namer;
}

/** The site's corrections, loaded on first use and shared by every page of the build. */
export type Corrections = Awaited<ReturnType<typeof load>>;
let corrections: Promise<Corrections> | undefined;
export const getCorrections = () => (corrections ??= load());

/** An incident's figures over time, with the chart's marks worded for readers. */
export function incidentHistory(site: Site, all: Corrections, incident: string): IncidentTimeline & { marks: TimelineMark[] } {
  const claims = site.claims.filter((c) => c.scope === 'incident' && (c.incident ?? c.id) === incident);
  const touching = [...new Set(claims.flatMap((c) => all.byClaim.get(c.id) ?? []))];
  const timeline = incidentTimeline(incident, claims, touching, all.earlier);
  const { claimant } = names(site);
  const marks = timeline.entries.map((e): TimelineMark =>
    e.kind === 'published'
      ? { date: e.date, kind: 'published', title: `${formatDay(e.date)}: ${claimant(e.claimant)}, “${e.phrase}” (${e.grade})` }
      : e.kind === 'revised'
        ? { date: e.date, kind: 'corrected', title: `${formatDay(e.date)}: figure changed from “${e.from}” to “${e.to}”` }
        : { date: e.date, kind: 'corrected', title: `${formatDay(e.date)}: correction. ${e.correction.text}` },
  );
  return { ...timeline, marks };
}
