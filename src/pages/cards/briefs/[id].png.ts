import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse, queueCards } from '../../../render/cards/card-response.ts';
import { briefCard } from '../../../site/cards.ts';
import { getSite } from '../../../site/site.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const site = await getSite();
  queueCards(site.briefs.map((brief) => briefCard(site, brief)));
  return site.briefs.map((brief) => ({ params: { id: brief.id }, props: { brief } }));
};
export const GET: APIRoute = async ({ props }) => cardResponse(briefCard(await getSite(), props.brief));
