import type { APIRoute } from 'astro';
import { getSite } from '../../site/site.ts';
import { absolute, paths } from '../../site/paths.ts';
import { incidentsGeojson } from '../../lib/incidents/incidents-geojson.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const geojson = incidentsGeojson(site.incidents, (id) => site.regions.get(id)?.data, (id) => absolute(paths.incident(id)));
  return new Response(JSON.stringify(geojson), { headers: { 'Content-Type': 'application/geo+json' } });
};
