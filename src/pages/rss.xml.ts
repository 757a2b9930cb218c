import type { APIRoute } from 'astro';
import { feedResponse } from '../data/feeds.ts';
import { getSite } from '../data/site.ts';
import { SITE } from '../site.config.ts';
import { paths } from '../data/paths.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return feedResponse(site, { title: SITE.title, description: SITE.description, pagePath: paths.home(), feedPath: paths.feed(), briefs: site.briefs });
};
