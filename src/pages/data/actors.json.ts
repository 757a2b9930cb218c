import type { APIRoute } from 'astro';
import { getSite } from '../../site/site.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return Response.json({
    actors: [...site.actors.values()].map((a) => ({
      id: a.id,
      ...a.data,
      briefs: (site.briefsByActor.get(a.id) ?? []).map((b) => b.id),
      relationsBothWays: site.relations.get(a.id) ?? [],
    })),
  });
};
