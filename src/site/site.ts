// The site model: every collection read once per build, published briefs selected and
// sorted, and every index the pages need built once and shared (never a collection scan
// per page).
import { getCollection, type CollectionEntry } from 'astro:content';
import { assignActorColors } from '../charts/actor-colors.ts';
import { actorRelations } from '../lib/graph/actor-relations.ts';
import { rankBy } from '../lib/collections/rank-by.ts';
import { binByMonth, claimantRecords, claimPages, claimYear, compareClaim, groupIncidents, oldestReportFirst, sortClaims, totalsByYear, type ClaimRecord } from '../lib/claims/index.ts';
import { paths } from './paths.ts';
import { coMentions } from '../lib/graph/co-mentions.ts';
import { dayOf } from '../lib/dates/format-date.ts';
import { displayNames, type DisplayNames } from '../lib/format/names.ts';
import { citedSources } from '../lib/briefs/cited-sources.ts';
import { indexBy } from '../lib/collections/index-by.ts';
import { monthIndex } from '../lib/dates/group-by-month.ts';
import { regionsByCountry, regionTree } from '../lib/graph/region-tree.ts';
import { groupBy } from '../lib/collections/group-by.ts';
import { ACTOR_KINDS } from '../schema/actor.ts';
import { selectPublished } from '../lib/dates/select-published.ts';
import { seriesNeighbours } from '../lib/graph/series-neighbours.ts';
import { smartQuotes } from '../lib/format/smart-quotes.ts';
import { storedBody } from '../content/stored-body.ts';
import { photoPictures, withPictures, type SharedPhoto } from './photos.ts';
import type { ChartSlot } from '../lib/briefs/chart-slots.ts';
import type { Heading } from '../markdown/report.ts';
import type { FeedBody } from '../markdown/rehype-feed-body.ts';
import { lazyRecord, once } from '../lib/collections/lazy-record.ts';
import { CONTENT_ROOT } from '../content-root.ts';
import { liveEntries, loadedGeneration } from '../content/live-content.ts';
import { trackedModel } from './page-reads.ts';

/** A brief ready to show: its frontmatter (title and summary with typographic quotes), rendered body and contents. */
export interface BriefView {
  id: string;
  data: CollectionEntry<'briefs'>['data'];
  /** The body's HTML, with a `chart-slot` element where each chart goes. */
  html: string;
  /** The body's HTML cut at its chart slots, and the slots: the page draws each chart between two parts. */
  parts: string[];
  chartSlots: ChartSlot[];
  /** Source ids the body cites, in order. */
  citedSources: string[];
  /** Minutes to read the body. */
  readingMinutes: number;
  /** The `## ` headings: a newsletter's stories, for the contents list. */
  stories: Heading[];
  /** Whether the body opens its own `:::takeaway` box (then the frontmatter's is not repeated). */
  hasTakeaway: boolean;
  /** The body as feed items carry it (links absolute, a hole for each chart and photo), and each photo as a feed reader shows it. */
  feed?: { body: FeedBody; photos: string[] };
  /** The first photo, as link previews show the brief instead of its drawn card. */
  sharedPhoto?: SharedPhoto;
}

/** Typographic quotes in the text fields readers see, as in bodies. */
const typeset = (data: CollectionEntry<'briefs'>['data']) => ({
  ...data,
  title: smartQuotes(data.title),
  summary: smartQuotes(data.summary),
  ...(data.keyTakeaway !== undefined && { keyTakeaway: smartQuotes(data.keyTakeaway) }),
});

const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((e) => [e.id, e]));

type BriefEntry = CollectionEntry<'briefs'>;

/**
 * Each brief's view, by the digest the loader stored with its entry (its text, what its
 * body may link to, its photos on disk): under `astro dev` a save makes again only the
 * saved brief's view, not every brief's typography and pictures.
 */
const views = new Map<string, { digest: string | number; view: Promise<BriefView> }>();

function briefView(e: BriefEntry): Promise<BriefView> {
  const known = e.digest === undefined ? undefined : views.get(e.id);
  if (known && known.digest === e.digest) return known.view;
  const view = makeBriefView(e);
  if (e.digest !== undefined) {
    views.set(e.id, { digest: e.digest, view });
    // A view that failed is made again next time, never kept.
    view.catch(() => views.get(e.id)?.view === view && views.delete(e.id));
  }
  return view;
}

/** Forgets the views of briefs no longer stored. */
function forgetViewsBut(entries: readonly BriefEntry[]) {
  const ids = new Set(entries.map((e) => e.id));
  for (const id of views.keys()) if (!ids.has(id)) views.delete(id);
}

async function makeBriefView(e: BriefEntry): Promise<BriefView> {
  const { html, parts, facts, feed } = storedBody(e);
  const { pictures, plain, shared } = await photoPictures(e.id, facts.photos ?? []);
  return {
    id: e.id,
    data: typeset(e.data),
    html: withPictures(html, pictures),
    parts: parts.map((part) => withPictures(part, pictures)),
    chartSlots: facts.chartSlots,
    citedSources: facts.citedSources,
    readingMinutes: facts.readingMinutes,
    stories: facts.headings.filter((h) => h.depth === 2),
    hasTakeaway: facts.takeaway,
    ...(feed && { feed: { body: feed, photos: plain } }),
    ...(shared && { sharedPhoto: shared }),
  };
}

async function loadSite() {
  // The live preview shows drafts and scheduled briefs; production never does.
  const preview = import.meta.env.BRIEFS_PREVIEW === true;
  const today = process.env.BRIEFS_TODAY ?? dayOf(new Date());
  const entries = await collection('briefs');
  const briefs: BriefView[] = await Promise.all(selectPublished(entries, { today, preview }).map(briefView));
  forgetViewsBut(entries);
  const series = await collection('series');
  const actors = byId(await collection('actors'));
  const regions = byId(await collection('regions'));
  const sources = byId(await collection('sources'));
  // Every index below is built on first use: a page reads the few it needs (in the live
  // preview, after a save, only those), and each is built once per reading of the content.
  const tree = once(() => regionTree([...regions.values()].map((r) => ({ id: r.id, parent: r.data.parent }))));
  // A region's page gathers what happened in the regions and places inside it.
  const withAncestors = (id: string) => [id, ...(tree().get(id)?.ancestors ?? [])];
  const claims = once((): ClaimRecord[] => briefs.flatMap((b) => b.data.claims.map((c) => ({ ...c, brief: b.id, briefDate: b.data.date }))));
  const incidents = once(() => groupIncidents(claims()));
  const claimsNewestFirst = once(() => sortClaims(claims()));
  const claimsByYear = once(() => indexBy(claimsNewestFirst(), (c) => [claimYear(c)]));
  const pages = once(() => claimPages(claimsNewestFirst(), CLAIMS_PER_PAGE));
  const coMentionsOf = once(() => coMentions(briefs.map((b) => b.data)));
  return lazyRecord({
    today: () => today,
    briefs: () => briefs,
    /** The archive's index of every year and month, with the page each starts on: the same on every archive page. */
    archiveIndex: () => monthIndex(briefs, BRIEFS_PER_PAGE),
    neighbours: () => seriesNeighbours(briefs),
    series: () => byId(series),
    briefsBySeries: () => indexBy(briefs, (b) => [b.data.series]),
    actors: () => actors,
    regions: () => regions,
    sources: () => sources,
    claims,
    claimsNewestFirst,
    /** Claims by the year their date starts, each year newest first; the years newest first. */
    claimsByYear,
    claimYears: () => [...claimsByYear().keys()].sort().reverse(),
    /** The claims listing's pages, newest first: a year each, long years in parts. */
    claimPages: pages,
    /** The key of the page listing each claim. */
    claimPageOf: () => new Map(pages().flatMap((p) => p.claims.map((c) => [c.id, p.key] as const))),
    /** The totals year by year, by the year of each incident, newest first. */
    totalsByYear: () => totalsByYear(claims()),
    incidents,
    incidentById: () => byId(incidents()),
    /** Each incident's claims, the oldest report first (by brief date, then as written). */
    incidentClaimsOldestFirst: () => new Map(incidents().map((i) => [i.id, oldestReportFirst(i.claims)])),
    /** The incident each incident-scope claim belongs to. */
    incidentOfClaim: () => new Map(incidents().flatMap((i) => i.claims.map((c) => [c.id, i.id] as const))),
    /** Every month from the first claim to the last, for sparklines on one shared axis. */
    monthAxis: () => binByMonth(incidents()).months.map((m) => m.month),
    briefById: () => byId(briefs),
    claimById: () => byId(claims()),
    briefsByActor: () => indexBy(briefs, (b) => b.data.actors),
    briefsByRegion: () => indexBy(briefs, (b) => b.data.regions.flatMap(withAncestors)),
    claimsByBrief: () => indexBy(claims(), (c) => [c.brief]),
    claimsAsPerpetrator: () => indexBy(claims(), (c) => c.perpetrators),
    claimsAsVictim: () => indexBy(claims(), (c) => c.victims.actors),
    claimsAsClaimant: () => indexBy(claims(), (c) => [c.claimant]),
    /** Each claimant's figure for every incident against the independent one (DESIGN §2.11), newest incident first. */
    claimantRecords: () => claimantRecords(incidents()),
    /** How each claim of an incident compares with the figure independent of its claimant; null when not compared (discounted). */
    claimVerdicts: () => new Map(incidents().flatMap((i) => i.claims.map((c) => [c.id, compareClaim(c, i)] as const))),
    claimsByRegion: () => indexBy(claims(), (c) => withAncestors(c.region)),
    regionTree: tree,
    regionIndex: () => regionsByCountry([...regions.values()], tree()),
    actorIndex: () => groupBy([...actors.values()].sort((a, b) => a.data.name.localeCompare(b.data.name, 'en')), (a) => a.data.kind, ACTOR_KINDS),
    relations: () => actorRelations([...actors.values()].map((a) => ({ id: a.id, relations: a.data.relations }))),
    coMentions: coMentionsOf,
    // The actors most often named as perpetrators, then in briefs, get the distinct colours.
    actorColors: () => assignActorColors(rankBy([...claims().map((c) => c.perpetrators), ...briefs.map((b) => b.data.actors)], (ids) => ids).map((r) => r.key)),
    /** The region records by id, as the maps read them. */
    regionData: () => new Map([...regions].map(([id, r]) => [id, r.data])),
  });
}

/** A claims page lists at most this many claims; a longer year is split into parts. */
const CLAIMS_PER_PAGE = 200;

/** The archive and each series list this many briefs a page, newest first (about 50 KB of HTML). */
export const BRIEFS_PER_PAGE = 100;

/** The site's data, loaded on first use and shared by every page of the build. */
export type Site = Awaited<ReturnType<typeof loadSite>>;
let site: Promise<Site> | undefined;
let siteGeneration: number | undefined;
let view: Promise<Site> | undefined;
export function getSite(): Promise<Site> {
  if (import.meta.env.DEV) {
    // Under `astro dev`, rebuilt once after each change the loaders have finished storing.
    if (loadedGeneration(CONTENT_ROOT) !== siteGeneration) {
      site = undefined;
      siteGeneration = loadedGeneration(CONTENT_ROOT);
    }
    return siteModel();
  }
  // A production build notes what each page reads, so that the next build can keep the pages whose reads did not change (src/site/page-reads.ts).
  return (view ??= siteModel().then((model) => trackedModel('site', model)));
}

/** The site model itself, noting no reads: for comparing what a page read with what it would read now. */
export const siteModel = (): Promise<Site> => (site ??= loadSite());

/**
 * A collection's entries. Under `astro dev` they come straight from the loaders' stores
 * (src/content/live-content.ts), so a save is served as soon as it is loaded instead of
 * after Astro has written its store to disk and reloaded it.
 */
async function collection<K extends 'briefs' | 'series' | 'actors' | 'regions' | 'sources'>(key: K): Promise<CollectionEntry<K>[]> {
  const entries = (import.meta.env.DEV && liveEntries<CollectionEntry<K>>(CONTENT_ROOT, key)) || (await getCollection(key));
  // The loader's digest of each entry also covers every actor's name (for linking them in
  // bodies); no page prints it, so it is left out, and a page showing one actor is not
  // printed again when another is renamed (src/site/page-reads.ts compares what pages read).
  return entries.map((entry) => {
    const { digest: _, ...shown } = entry as CollectionEntry<K> & { digest?: string };
    return shown as CollectionEntry<K>;
  });
}

/** Where a claim's row is: its anchor on the claims page that lists it. */
export const claimHref = (site: Site, claim: { id: string; date: { start: string } }) => paths.claimAt(site.claimPageOf.get(claim.id) ?? claimYear(claim), claim.id);

/** The source records a brief draws on, as its page and its feed item list them (see `citedSources`). */
export const briefSources = (site: Site, brief: BriefView) => citedSources(brief.data, brief.citedSources).flatMap((id) => site.sources.get(id) ?? []);

/** Display names by id: an actor's short name, a region's name, a claimant as an actor or its source's publisher. */
export const names = (site: Site): DisplayNames =>
  displayNames({ actor: (id) => site.actors.get(id)?.data, region: (id) => site.regions.get(id)?.data, source: (id) => site.sources.get(id)?.data });
