// The corrections feed, and the links feed items use to point at corrections and claims.
import { buildRss, escapeXml, type FeedItem } from '../lib/build-rss.ts';
import { correctionHtml } from '../lib/corrections/corrections-html.ts';
import type { CorrectionRecord } from '../lib/corrections/list-corrections.ts';
import { formatDay } from '../lib/format-date.ts';
import { SITE } from '../site.config.ts';
import { claimNamer, correctionPaths, type Corrections } from './corrections.ts';
import { absolute, paths } from './paths.ts';
import type { Site } from './site.ts';

/** Absolute links for feed HTML. */
export const feedLinks = (site: Site) => ({
  correction: (c: CorrectionRecord) => absolute(correctionPaths.of(c)),
  claim: (id: string) => absolute(claimNamer(site).href(id)),
  label: claimNamer(site).label,
});

/** The corrections feed: one item per correction, newest first, its GUID the correction's permanent anchor. */
export function correctionsFeed(site: Site, all: Corrections): string {
  const links = feedLinks(site);
  return buildRss({
    title: `Corrections · ${SITE.title}`,
    description: 'Every dated correction to a brief, newest first, each linking to the corrected brief.',
    link: absolute(correctionPaths.page()),
    self: absolute(correctionPaths.feed()),
    language: SITE.language,
    items: all.all.map((c): FeedItem => {
      const brief = site.briefById.get(c.brief);
      const link = links.correction(c);
      return {
        title: `Correction: ${c.briefTitle}`,
        link,
        guid: link,
        date: c.date,
        summary: c.text,
        html: `<p>${correctionHtml(c, links)}</p><p>Corrects <a href="${escapeXml(absolute(paths.brief(c.brief)))}">${escapeXml(c.briefTitle)}</a>, published ${escapeXml(formatDay(c.briefDate))}.</p>`,
        authors: brief?.data.authors ?? [],
        categories: ['Corrections', ...(brief ? [site.series.get(brief.data.series)?.data.name ?? brief.data.series] : [])],
      };
    }),
  });
}
