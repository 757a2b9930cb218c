import type { APIRoute, GetStaticPaths } from 'astro';
import { regionSubject, feedResponse } from '../../../render/feeds.ts';
import { paths } from '../../../site/paths.ts';
import { getSite } from '../../../site/site.ts';
import { SITE } from '../../../site.config.ts';

export const getStaticPaths: GetStaticPaths = async () => [...(await getSite()).regions.keys()].map((id) => ({ params: { id } }));

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const region = site.regions.get(params.id!)!;
  return feedResponse(site, {
    title: `${region.data.name} · ${SITE.title}`,
    description: `Every brief on ${region.data.name} and the places in it.`,
    pagePath: paths.region(region.id),
    feedPath: paths.regionFeed(region.id),
    briefs: site.briefsByRegion.get(region.id) ?? [],
    subject: regionSubject(site, region.id),
  });
};
