import { absolutizeHtml, buildRss, escapeXml, type FeedItem } from '../lib/build-rss.ts';
import { replaceChartSlots } from '../lib/chart-slots.ts';
import { chartCaption } from './charts.ts';
import { SITE } from '../site.config.ts';
import { absolute, paths } from './paths.ts';
import type { BriefView, Site } from './site.ts';

// A brief appears in several feeds (site, series, each actor and region): build its item once.
const items = new WeakMap<BriefView, FeedItem>();

/** A brief as a feed item: full HTML with absolute links, categories for series, actors and regions. */
function briefFeedItem(site: Site, brief: BriefView): FeedItem {
  let item = items.get(brief);
  if (!item) items.set(brief, (item = buildItem(site, brief)));
  return item;
}

function buildItem(site: Site, brief: BriefView): FeedItem {
  const link = absolute(paths.brief(brief.id));
  const name = <T extends { data: { name: string } }>(map: Map<string, T>, id: string) => map.get(id)?.data.name ?? id;
  return {
    title: brief.data.title,
    link,
    guid: link,
    date: brief.data.date,
    summary: brief.data.summary,
    // Feed readers drop inline SVG: each chart becomes a link to it on the page.
    html: absolutizeHtml(replaceChartSlots(brief.html, (slot) => `<p><a href="${link}">${escapeXml(chartCaption(slot, site))} (chart on the site)</a></p>`), link),
    authors: brief.data.authors,
    categories: [
      name(site.series, brief.data.series),
      ...brief.data.actors.map((id) => name(site.actors, id)),
      ...brief.data.regions.map((id) => name(site.regions, id)),
    ],
  };
}

/** How many of the newest briefs a feed carries, in full: readers poll it, and the archive holds the rest. */
export const FEED_ITEMS = 50;

/** An RSS response for `briefs`, following the page at `pagePath`. */
export function feedResponse(site: Site, options: { title: string; description: string; pagePath: string; feedPath: string; briefs: BriefView[] }) {
  const xml = buildRss({
    title: options.title,
    description: options.description,
    link: absolute(options.pagePath),
    self: absolute(options.feedPath),
    language: SITE.language,
    items: options.briefs.slice(0, FEED_ITEMS).map((b) => briefFeedItem(site, b)),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
