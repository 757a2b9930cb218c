import type { APIRoute } from 'astro';
import { correctionsFeed } from '../../data/corrections-feed.ts';
import { getCorrections } from '../../data/corrections.ts';
import { getSite } from '../../data/site.ts';

export const GET: APIRoute = async () =>
  new Response(await correctionsFeed(await getSite(), await getCorrections()), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
