import type { APIRoute } from 'astro';
import { getSite } from '../../site/site.ts';
import { absolute, paths } from '../../site/paths.ts';
import { incidentsCsv } from '../../lib/export/export-data.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const csv = incidentsCsv(site.incidents, (i) => site.incidentClaimsOldestFirst.get(i.id) ?? i.claims, (id) => absolute(paths.incident(id)));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
