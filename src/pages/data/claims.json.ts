import type { APIRoute } from 'astro';
import { getSite } from '../../site/site.ts';
import { absolute, paths } from '../../site/paths.ts';
import { claimsJson } from '../../lib/export/export-data.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return Response.json(claimsJson(site.claimsNewestFirst, site.incidents, (id) => absolute(paths.incident(id))));
};
