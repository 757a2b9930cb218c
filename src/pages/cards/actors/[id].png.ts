import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse, queueCards } from '../../../cards/card-response.ts';
import { actorCard } from '../../../data/cards.ts';
import { getSite } from '../../../data/site.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const site = await getSite();
  const ids = [...site.actors.keys()];
  queueCards(ids.map((id) => actorCard(site, id)));
  return ids.map((id) => ({ params: { id } }));
};
export const GET: APIRoute = async ({ params }) => cardResponse(actorCard(await getSite(), params.id!));
