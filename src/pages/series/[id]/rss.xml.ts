import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse } from '../../../render/feeds.ts';
import { getSite } from '../../../site/site.ts';
import { SITE } from '../../../site.config.ts';
import { paths } from '../../../site/paths.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const site = await getSite();
  return [...site.series.keys()].map((id) => ({ params: { id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const series = site.series.get(params.id!)!;
  return feedResponse(site, {
    title: `${series.data.name} · ${SITE.title}`,
    description: series.data.description,
    pagePath: paths.series(series.id),
    feedPath: paths.seriesFeed(series.id),
    briefs: site.briefsBySeries.get(series.id) ?? [],
  });
};
