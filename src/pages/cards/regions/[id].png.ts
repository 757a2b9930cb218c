import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse } from '../../../cards/card-response.ts';
import { regionCard } from '../../../data/cards.ts';
import { getSite } from '../../../data/site.ts';

export const getStaticPaths: GetStaticPaths = async () => [...(await getSite()).regions.keys()].map((id) => ({ params: { id } }));
export const GET: APIRoute = async ({ params }) => cardResponse(regionCard(await getSite(), params.id!));
