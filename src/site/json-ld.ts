import { SITE } from '../site.config.ts';
import { absolute, paths } from './paths.ts';
import { cardMeta } from './cards.ts';
import type { BriefView, Site } from './site.ts';
import type { CorrectionRecord } from '../lib/corrections/list-corrections.ts';

/** What changed in a brief after it was published. */
export interface BriefChanges {
  /** Its corrections, oldest first. */
  corrections: readonly CorrectionRecord[];
  /** Day its file last changed, from git, when known. */
  lastUpdated?: string | undefined;
}

/** A brief as schema.org `NewsArticle`, for search engines, with its corrections as `CorrectionComment`s. */
export function newsArticle(brief: BriefView, site: Site, changes: BriefChanges = { corrections: [] }): Record<string, unknown> {
  const { data } = brief;
  // A brief with photos is shown by its first photo, as link previews show it.
  const card = brief.sharedPhoto ?? cardMeta('briefs', brief.id, data.title);
  // Modified: the latest of its corrections and its last commit, when either is after publication.
  const modified = [...changes.corrections.map((c) => c.date), changes.lastUpdated ?? ''].filter((d) => d > data.date).sort().at(-1);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: data.title,
    description: data.summary,
    ...(data.keyTakeaway && { abstract: data.keyTakeaway }),
    datePublished: data.date,
    ...(modified ? { dateModified: modified } : data.dataCutoff && { dateModified: data.dataCutoff }),
    ...(changes.corrections.length > 0 && {
      correction: changes.corrections.map((c) => ({
        '@type': 'CorrectionComment',
        datePublished: c.date,
        text: c.text,
        url: absolute(`${paths.brief(brief.id)}#${c.anchor}`),
      })),
    }),
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
