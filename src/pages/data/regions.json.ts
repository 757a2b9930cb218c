import type { APIRoute } from 'astro';
import { getSite } from '../../site/site.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return Response.json({
    regions: [...site.regions.values()].map((r) => ({
      id: r.id,
      ...r.data,
      children: site.regionTree.get(r.id)?.children ?? [],
      briefs: (site.briefsByRegion.get(r.id) ?? []).map((b) => b.id),
    })),
  });
};
