// Feeds: every brief as a full item (body, charts as pictures, claims table, sources,
// corrections), written by @astrojs/rss. A brief appears in several feeds (site, series, each
// actor and region): its item is built once per build, from data: the body's feed variant the
// loader stored (links absolute, a hole for each chart and photo), the chart pictures, and the
// tables printed from the claims and sources. Actor and region feeds add a line naming the
// stories that concern them, from the stories' words and links the loader stored.
import { h } from 'hastscript';
import { claimTables } from '../site/claim-tables.ts';
import { actorLabel, actorNames } from '../lib/format/names.ts';
import { feedFigureHtml } from '../lib/feeds/feed-figure.ts';
import { concerning, type Concern, type StoryFacts } from '../lib/feeds/stories-concerning.ts';
import { rssFeedXml, rssItemXml, type RssItem } from '../lib/feeds/rss-xml.ts';
import { escapeXml, feedHtml } from '../lib/feeds/xml-safe.ts';
import { SITE } from '../site.config.ts';
import { briefChartFiles, chartFileUrls } from '../site/chart-files.ts';
import { renderChartFile } from './chart-render.ts';
import { getCorrections } from '../site/corrections.ts';
import { absolute, paths } from '../site/paths.ts';
import { briefSources, type BriefView, type Site } from '../site/site.ts';
import { sharedWork } from '../site/page-reads.ts';
import { correctionsOf } from '../lib/corrections/list-corrections.ts';
import { correctionsSection } from '../lib/corrections/corrections-html.ts';
import { claimRowContext, feedLinks } from './feed-links.ts';
import { claimsTable } from './feeds/claims-table.ts';
import { sourceList } from './feeds/source-list.ts';

/** How many of the newest briefs a feed carries, in full: readers poll it, and the archive holds the rest. */
export const FEED_ITEMS = 50;
/**
 * An actor's or region's feed carries fewer: there are hundreds of them, each following a
 * narrow subject that rarely gains more than a few briefs between polls, and at 50 full items
 * each they came to a hundred megabytes of XML on a large archive.
 */
export const SUBJECT_FEED_ITEMS = 20;

interface BriefItem extends RssItem {
  /** Each story's links and words, for the line naming the stories an actor or region appears in. */
  stories: StoryFacts[];
}

// Per site model, so that under `astro dev` an edit builds the item again; what building it
// read counts for every feed that carries it.
const items = sharedWork<BriefItem>();

async function buildItem(site: Site, brief: BriefView): Promise<BriefItem> {
  if (!brief.feed) throw new Error(`${brief.id}: no feed body in the content store; run \`npm run check\``);
  const { body, photos } = brief.feed;
  const link = absolute(paths.brief(brief.id));
  const name = <T extends { data: { name: string } }>(map: Map<string, T>, id: string) => map.get(id)?.data.name ?? id;
  // Feed readers drop inline SVG: each chart becomes its PNG, linked to the chart on the page.
  const figures = await Promise.all(
    briefChartFiles(site, brief).map(async (file) => {
      const chart = await renderChartFile(file);
      const urls = chartFileUrls(file);
      return feedFigureHtml({ png: urls.png, page: urls.page, width: chart.width, height: chart.height, alt: chart.desc, caption: file.caption, source: chart.source });
    }),
  );
  const picture = (hole: (typeof body.holes)[number] | undefined) => (!hole ? '' : ((hole.kind === 'chart' ? figures : photos)[hole.index] ?? ''));
  const claims = claimTables.brief(site, brief.id);
  const sources = briefSources(site, brief);
  const caption = 'Casualty claims in this brief';
  const html = [
    body.parts.map((part, i) => part + picture(body.holes[i])).join(''),
    claims.claims.length > 0 ? feedHtml([h('h2', caption), ...claimsTable(claims.claims, caption, claimRowContext(site, await getCorrections(), claims.key))]) : '',
    sources.length > 0 ? feedHtml([h('h2', 'Sources'), sourceList(sources)]) : '',
    // The brief as it stands now, with its corrections at the end; its GUID never changes.
    feedHtml([correctionsSection(correctionsOf(brief), feedLinks(site))]),
  ].join('\n');
  return {
    link,
    title: brief.data.title,
    summary: brief.data.summary,
    date: brief.data.date,
    authors: brief.data.authors,
    categories: [
      name(site.series, brief.data.series),
      ...brief.data.actors.map((id) => name(site.actors, id)),
      ...brief.data.regions.map((id) => name(site.regions, id)),
    ],
    stories: body.stories,
    html,
  };
}

const briefItem = (site: Site, brief: BriefView) => items(site, brief.id, () => buildItem(site, brief));

/** Whom a feed follows, for the line naming the stories of a newsletter that concern it. */
export interface FeedSubject extends Concern {
  /** "Wagner", "Ménaka". */
  label: string;
}

/** "Wagner in this issue: A; B." with links, or nothing when the brief is one story. `concerns` tells the subject's stories. */
function concernNote(site: Site, item: BriefItem, brief: BriefView, label: string, concerns: (story: StoryFacts) => boolean): string {
  // Only a newsletter's issue gathers unrelated stories; an assessment is one story.
  if (brief.stories.length < 2 || site.series.get(brief.data.series)?.data.style !== 'newsletter') return '';
  const slugs = new Set(item.stories.filter(concerns).map((s) => s.slug));
  const stories = brief.stories.filter((s) => slugs.has(s.slug));
  if (stories.length === 0) return '';
  const links = stories.map((s) => `<a href="${escapeXml(`${item.link}#${s.slug}`)}">${escapeXml(s.text)}</a>`);
  return `<p><strong>${escapeXml(`${label} in this issue:`)}</strong> ${links.join('; ')}.</p>\n`;
}

// One brief's <item>, written by @astrojs/rss once per build: a brief sits in up to hundreds
// of actor and region feeds, and escaping its full HTML for each was most of their cost.
const itemXml = new WeakMap<BriefItem, Promise<string>>();

function briefItemXml(item: BriefItem): Promise<string> {
  let xml = itemXml.get(item);
  if (!xml) itemXml.set(item, (xml = rssItemXml(item)));
  return xml;
}

/** The item with `note` (HTML) put before its content: escaped text joins as the escaped whole would. */
const withNote = (xml: string, note: string) => (note ? xml.replace('<content:encoded>', () => `<content:encoded>${escapeXml(note)}`) : xml);

/** An RSS response for `briefs`, following the page at `pagePath`. */
export async function feedResponse(
  site: Site,
  options: { title: string; description: string; pagePath: string; feedPath: string; briefs: BriefView[]; subject?: FeedSubject },
) {
  const briefs = options.briefs.slice(0, options.subject ? SUBJECT_FEED_ITEMS : FEED_ITEMS);
  const built = await Promise.all(briefs.map((b) => briefItem(site, b)));
  // Whether a story concerns the feed's subject: its names prepared once for the whole feed.
  const subject = options.subject && { label: options.subject.label, concerns: concerning(options.subject) };
  const items = await Promise.all(built.map(async (item, i) => withNote(await briefItemXml(item), subject ? concernNote(site, item, briefs[i]!, subject.label, subject.concerns) : '')));
  // `lastBuildDate` is the newest item's date, so the same content always gives the same bytes.
  const newest = built.reduce<string | undefined>((max, i) => (max === undefined || i.date > max ? i.date : max), undefined);
  const xml = await rssFeedXml({ ...options, pageUrl: absolute(options.pagePath), feedUrl: absolute(options.feedPath), language: SITE.language }, items, newest);
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}

/** An actor as a feed's subject: links to its page, its names and aliases. */
export function actorSubject(site: Site, id: string): FeedSubject {
  const { data } = site.actors.get(id)!;
  return { label: actorLabel(data), hrefs: [paths.actor(id)], names: actorNames(data) };
}

/** A region as a feed's subject, with the regions and places inside it. */
export function regionSubject(site: Site, id: string): FeedSubject {
  const inside = [...(site.regionTree.get(id)?.within ?? [id])].flatMap((r) => site.regions.get(r) ?? []);
  return { label: site.regions.get(id)!.data.name, hrefs: inside.map((r) => paths.region(r.id)), names: inside.flatMap((r) => [r.data.name, ...r.data.aliases]) };
}
