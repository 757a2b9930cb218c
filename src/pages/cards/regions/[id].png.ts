import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse, queueCards } from '../../../render/cards/card-response.ts';
import { regionCard } from '../../../site/cards.ts';
import { getSite } from '../../../site/site.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const site = await getSite();
  const ids = [...site.regions.keys()];
  queueCards(ids.map((id) => regionCard(site, id)));
  return ids.map((id) => ({ params: { id } }));
};
export const GET: APIRoute = async ({ params }) => cardResponse(regionCard(await getSite(), params.id!));
