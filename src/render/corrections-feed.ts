// The corrections feed: one item per correction.
import { getRssString } from '@astrojs/rss';
import { h } from 'hastscript';
import { escapeXml, feedHtml, feedText, xmlSafe } from '../lib/feeds/xml-safe.ts';
import { correction } from '../lib/corrections/corrections-html.ts';
import { formatDay, formatRfc822 } from '../lib/dates/format-date.ts';
import { SITE } from '../site.config.ts';
import { correctionPaths, type Corrections } from '../site/corrections.ts';
import { feedLinks } from './feed-links.ts';
import { absolute, paths } from '../site/paths.ts';
import { channelData, RSS_NAMESPACES } from '../lib/feeds/rss-xml.ts';
import type { Site } from '../site/site.ts';

/** The corrections feed: one item per correction, newest first, its GUID the correction's permanent anchor. */
export function correctionsFeed(site: Site, all: Corrections): Promise<string> {
  const links = feedLinks(site);
  // `lastBuildDate` is the newest correction's day, so the same content always gives the same bytes.
  const newest = all.all[0]?.date;
  return getRssString({
    title: feedText(`Corrections · ${SITE.title}`),
    description: feedText('Every dated correction to a brief, newest first, each linking to the corrected brief.'),
    site: absolute(correctionPaths.page()),
    xmlns: RSS_NAMESPACES,
    customData: channelData(SITE.language, absolute(correctionPaths.feed()), newest),
    items: all.all.map((c) => {
      const brief = site.briefById.get(c.brief);
      return {
        title: feedText(`Correction: ${c.briefTitle}`),
        // An absolute link is the item's GUID as it is: the correction's anchor, stable forever.
        link: links.correction(c),
        pubDate: new Date(formatRfc822(c.date)),
        description: feedText(c.text),
        content: feedHtml([h('p', correction(c, links).children), h('p', ['Corrects ', h('a', { href: absolute(paths.brief(c.brief)) }, c.briefTitle), `, published ${formatDay(c.briefDate)}.`])]),
        categories: ['Corrections', ...(brief ? [xmlSafe(site.series.get(brief.data.series)?.data.name ?? brief.data.series)] : [])],
        customData: (brief?.data.authors ?? []).map((a) => `<dc:creator>${escapeXml(a)}</dc:creator>`).join(''),
      };
    }),
  });
}
