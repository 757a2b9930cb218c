import type { APIRoute } from 'astro';
import { feedResponse } from '../render/feeds.ts';
import { getSite } from '../site/site.ts';
import { SITE } from '../site.config.ts';
import { paths } from '../site/paths.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return feedResponse(site, { title: SITE.title, description: SITE.description, pagePath: paths.home(), feedPath: paths.feed(), briefs: site.briefs });
};
