// The XML of every feed, written by @astrojs/rss: a brief's <item> and each channel's
// header. Plain-text fields go through `feedText`, so feed readers show them as text.
import { getRssString } from '@astrojs/rss';
import { formatRfc822 } from '../dates/format-date.ts';
import { escapeXml, feedText, xmlSafe } from './xml-safe.ts';

/** The namespaces every feed of the site declares. */
export const RSS_NAMESPACES = { atom: 'http://www.w3.org/2005/Atom', content: 'http://purl.org/rss/1.0/modules/content/', dc: 'http://purl.org/dc/elements/1.1/' };

/** The channel's language, its own address and the date of its newest item, shared by every feed. */
export function channelData(language: string, feedUrl: string, newest: string | undefined): string {
  return [
    `<language>${escapeXml(language)}</language>`,
    `<atom:link href="${escapeXml(feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [`<lastBuildDate>${formatRfc822(newest)}</lastBuildDate>`] : []),
  ].join('');
}

/** What a brief's feed item says. */
export interface RssItem {
  link: string;
  title: string;
  summary: string;
  /** `YYYY-MM-DD`. */
  date: string;
  authors: readonly string[];
  categories: readonly string[];
  /** The full brief as HTML, for `content:encoded`. */
  html: string;
}

/** One brief's `<item>` element. */
export async function rssItemXml(item: RssItem): Promise<string> {
  const feed = await getRssString({
    title: 'item',
    description: 'item',
    site: item.link,
    xmlns: RSS_NAMESPACES,
    items: [
      {
        title: feedText(item.title),
        link: item.link,
        pubDate: new Date(formatRfc822(item.date)),
        description: feedText(item.summary),
        content: item.html,
        categories: item.categories.map(xmlSafe),
        customData: item.authors.map((a) => `<dc:creator>${escapeXml(a)}</dc:creator>`).join(''),
      },
    ],
  });
  return feed.slice(feed.indexOf('<item>'), feed.lastIndexOf('</item>') + '</item>'.length);
}

/** A whole feed: the channel of the page at `pageUrl` in `language`, with its items' XML. */
export async function rssFeedXml(channel: { title: string; description: string; pageUrl: string; feedUrl: string; language: string }, items: readonly string[], newest: string | undefined): Promise<string> {
  const xml = await getRssString({
    title: feedText(channel.title),
    description: feedText(channel.description),
    site: channel.pageUrl,
    trailingSlash: channel.pageUrl.endsWith('/'),
    xmlns: RSS_NAMESPACES,
    customData: channelData(channel.language, channel.feedUrl, newest),
    items: [],
  });
  // The channel as @astrojs/rss wrote it, with the items it wrote inserted before its end.
  const end = xml.lastIndexOf('</channel>');
  return `${xml.slice(0, end)}${items.join('')}${xml.slice(end)}`;
}
