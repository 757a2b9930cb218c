import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse } from '../../../cards/card-response.ts';
import { incidentCard } from '../../../data/cards.ts';
import { getSite } from '../../../data/site.ts';

export const getStaticPaths: GetStaticPaths = async () => (await getSite()).incidents.map((incident) => ({ params: { id: incident.id }, props: { incident } }));
export const GET: APIRoute = async ({ props }) => cardResponse(incidentCard(await getSite(), props.incident));
