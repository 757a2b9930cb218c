import { SITE } from '../site.config.ts';
import { absolute, paths } from './paths.ts';
import { cardMeta } from '../cards/card-response.ts';
import type { BriefView, Site } from './site.ts';

/** A brief as schema.org `NewsArticle`, for search engines. */
export function newsArticle(brief: BriefView, site: Site): Record<string, unknown> {
  const { data } = brief;
  const card = cardMeta('briefs', brief.id, data.title);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: data.title,
    description: data.summary,
    ...(data.keyTakeaway && { abstract: data.keyTakeaway }),
    datePublished: data.date,
    ...(data.dataCutoff && { dateModified: data.dataCutoff }),
    url: absolute(paths.brief(brief.id)),
    mainEntityOfPage: absolute(paths.brief(brief.id)),
    image: { '@type': 'ImageObject', url: card.url, width: card.width, height: card.height },
    author: data.authors.map((name) => ({ '@type': 'Organization', name })),
    publisher: { '@type': 'Organization', name: SITE.title, url: absolute(paths.home()) },
    isPartOf: { '@type': 'CreativeWorkSeries', name: site.series.get(data.series)?.data.name },
    about: data.actors.map((id) => ({ '@type': 'Organization', name: site.actors.get(id)?.data.name ?? id })),
    contentLocation: data.regions.map((id) => ({ '@type': 'Place', name: site.regions.get(id)?.data.name ?? id })),
    keywords: data.tags,
  };
}
