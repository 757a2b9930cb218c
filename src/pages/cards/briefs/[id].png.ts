import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse } from '../../../cards/card-response.ts';
import { briefCard } from '../../../data/cards.ts';
import { getSite } from '../../../data/site.ts';

export const getStaticPaths: GetStaticPaths = async () => (await getSite()).briefs.map((brief) => ({ params: { id: brief.id } }));
export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  return cardResponse(briefCard(site, site.briefById.get(params.id!)!));
};
