import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse, queueCards } from '../../../cards/card-response.ts';
import { briefCard } from '../../../data/cards.ts';
import { getSite } from '../../../data/site.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const site = await getSite();
  queueCards(site.briefs.map((brief) => briefCard(site, brief)));
  return site.briefs.map((brief) => ({ params: { id: brief.id }, props: { brief } }));
};
export const GET: APIRoute = async ({ props }) => cardResponse(briefCard(await getSite(), props.brief));
