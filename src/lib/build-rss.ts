import { formatRfc822 } from './format-date.ts';

/** One entry of a feed. */
export interface FeedItem {
  title: string;
  /** Absolute URL of the page. */
  link: string;
  /** Stable forever: the brief's permanent URL. */
  guid: string;
  /** `YYYY-MM-DD` or an ISO instant. */
  date: string;
  /** Plain-text summary. */
  summary: string;
  /** The full brief as HTML with absolute links. */
  html: string;
  /** Bylines. */
  authors: readonly string[];
  /** Series, actor and region names. */
  categories: readonly string[];
}

/** A whole feed. */
export interface Feed {
  title: string;
  description: string;
  /** Absolute URL of the page the feed follows. */
  link: string;
  /** Absolute URL of the feed itself. */
  self: string;
  language: string;
  items: readonly FeedItem[];
}

/** Escapes text for XML element content and attribute values. */
export const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Wraps HTML in CDATA, splitting any `]]>` the HTML contains. */
const cdata = (html: string) => `<![CDATA[${html.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

/**
 * Writes an RSS 2.0 feed with full HTML in `content:encoded`. `lastBuildDate` is the
 * newest item's date, so the same content always gives the same bytes.
 */
export function buildRss(feed: Feed): string {
  const newest = feed.items.reduce<string | undefined>((max, i) => (max === undefined || i.date > max ? i.date : max), undefined);
  const items = feed.items.map((item) =>
    [
      '<item>',
      `<title>${escapeXml(item.title)}</title>`,
      `<link>${escapeXml(item.link)}</link>`,
      `<guid isPermaLink="true">${escapeXml(item.guid)}</guid>`,
      `<pubDate>${formatRfc822(item.date)}</pubDate>`,
      ...item.authors.map((a) => `<dc:creator>${escapeXml(a)}</dc:creator>`),
      ...item.categories.map((c) => `<category>${escapeXml(c)}</category>`),
      `<description>${escapeXml(item.summary)}</description>`,
      `<content:encoded>${cdata(item.html)}</content:encoded>`,
      '</item>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    `<title>${escapeXml(feed.title)}</title>`,
    `<link>${escapeXml(feed.link)}</link>`,
    `<description>${escapeXml(feed.description)}</description>`,
    `<language>${escapeXml(feed.language)}</language>`,
    `<atom:link href="${escapeXml(feed.self)}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [`<lastBuildDate>${formatRfc822(newest)}</lastBuildDate>`] : []),
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

/**
 * Makes every root-relative or fragment link and image in `html` absolute, so a brief
 * reads the same in a feed reader: `/x` → `origin/x`, `#y` → `page#y`.
 */
export function absolutizeHtml(html: string, pageUrl: string): string {
  const origin = new URL(pageUrl).origin;
  return html.replace(/\b(href|src)="([^"]*)"/g, (whole, attr: string, value: string) => {
    if (value.startsWith('#')) return `${attr}="${pageUrl}${value}"`;
    if (value.startsWith('/') && !value.startsWith('//')) return `${attr}="${origin}${value}"`;
    return whole;
  });
}
