import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse } from '../../../cards/card-response.ts';
import { actorCard } from '../../../data/cards.ts';
import { getSite } from '../../../data/site.ts';

export const getStaticPaths: GetStaticPaths = async () => [...(await getSite()).actors.keys()].map((id) => ({ params: { id } }));
export const GET: APIRoute = async ({ params }) => cardResponse(actorCard(await getSite(), params.id!));
