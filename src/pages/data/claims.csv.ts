import type { APIRoute } from 'astro';
import { getSite } from '../../site/site.ts';
import { claimsCsv } from '../../lib/export/export-data.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(claimsCsv(site.claimsNewestFirst, (id) => site.incidentOfClaim.get(id)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
