import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse, queueCards } from '../../../render/cards/card-response.ts';
import { incidentCard } from '../../../site/cards.ts';
import { getSite } from '../../../site/site.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const site = await getSite();
  queueCards(site.incidents.map((incident) => incidentCard(site, incident)));
  return site.incidents.map((incident) => ({ params: { id: incident.id }, props: { incident } }));
};
export const GET: APIRoute = async ({ props }) => cardResponse(incidentCard(await getSite(), props.incident));
