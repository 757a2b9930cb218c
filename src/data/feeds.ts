import { absolutizeHtml, buildRss, type FeedItem } from '../lib/build-rss.ts';
import { SITE } from '../site.config.ts';
import { absolute, paths } from './paths.ts';
import type { BriefView, Site } from './site.ts';

/** A brief as a feed item: full HTML with absolute links, categories for series, actors and regions. */
export function briefFeedItem(site: Site, brief: BriefView): FeedItem {
  const link = absolute(paths.brief(brief.id));
  const name = <T extends { data: { name: string } }>(map: Map<string, T>, id: string) => map.get(id)?.data.name ?? id;
  return {
    title: brief.data.title,
    link,
    guid: link,
    date: brief.data.date,
    summary: brief.data.summary,
    html: absolutizeHtml(brief.html, link),
    authors: brief.data.authors,
    categories: [
      name(site.series, brief.data.series),
      ...brief.data.actors.map((id) => name(site.actors, id)),
      ...brief.data.regions.map((id) => name(site.regions, id)),
    ],
  };
}

/** An RSS response for `briefs`, following the page at `pagePath`. */
export function feedResponse(site: Site, options: { title: string; description: string; pagePath: string; feedPath: string; briefs: BriefView[] }) {
  const xml = buildRss({
    title: options.title,
    description: options.description,
    link: absolute(options.pagePath),
    self: absolute(options.feedPath),
    language: SITE.language,
    items: options.briefs.map((b) => briefFeedItem(site, b)),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
