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
import { claimHref, getSite, names, siteModel, type Site } from './site.ts';
import { trackedModel } from './page-reads.ts';

/** Where the corrections live. */
export const correctionPaths = {
  page: () => to('corrections/'),
  feed: () => to('corrections/rss.xml'),
  /** A correction on its brief's page. */
  of: (c: Pick<CorrectionRecord, 'brief' | 'anchor'>) => `${paths.brief(c.brief)}#${c.anchor}`,
};

async function load() {
  const site = await siteModel();
  const all = listCorrections(site.briefs);
  const history = gitHistory(CONTENT_ROOT);
  return {
    /** Every correction, newest first. */
    all,
    /** A brief's corrections, oldest first as written. */
    byBrief: new Map(site.briefs.map((b) => [b.id, correctionsOf(b)])),
    /** The corrections naming each claim, oldest first. */
    byClaim: correctionsByClaim(all),
    /** Killed figures replaced in later commits, for the incident timelines; empty without git history. */
    earlier: earlierCounts(CONTENT_ROOT),
    /** Brief id → day of its file's last commit; empty when git history is unavailable. */
    lastUpdated: history.available ? history.lastUpdated : new Map<string, string>(),
  };
}

/** A claim as corrections name it to readers: its claimant and phrase ("JNIM, “hundreds”"), linking to its row. */
export function claimNamer(site: Site): { label: (id: string) => string; href: (id: string) => string } {
  const { claimant } = names(site);
  return {
    label: (id) => {
      const claim = site.claimById.get(id);
      return claim ? `${claimant(claim.claimant)}, “${claimPhrase(claim)}”` : id;
    },
    // The check makes sure a correction names only its brief's claims, so every id is found.
    href: (id) => {
      const claim = site.claimById.get(id);
      return claim ? claimHref(site, claim) : paths.claims();
    },
  };
}

type CorrectionData = Awaited<ReturnType<typeof load>>;
let data: Promise<CorrectionData> | undefined;
/** The corrections themselves, noting no reads: for comparing what a page read with what it would read now. */
export const correctionData = () => (data ??= load());

/** The site's corrections, loaded on first use and shared by every page of the build. */
export type Corrections = CorrectionData & {
  /** A claim as a correction names it to readers, and where its row is. */
  claimLabel: (id: string) => string;
  claimHref: (id: string) => string;
};
let corrections: Promise<Corrections> | undefined;
export const getCorrections = () =>
  (corrections ??= (async () => {
    const [record, site] = await Promise.all([correctionData(), getSite()]);
    const { label, href } = claimNamer(site);
    const all: Corrections = { ...record, claimLabel: label, claimHref: href };
    // As the site model does, a production build notes what each page reads (src/site/page-reads.ts).
    return import.meta.env.DEV ? all : trackedModel('corrections', all);
  })());

/** An incident's figures over time, with the chart's marks worded for readers. */
export function incidentHistory(site: Site, all: Corrections, incident: string): IncidentTimeline & { marks: TimelineMark[] } {
  const claims = site.incidentById.get(incident)?.claims ?? [];
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
