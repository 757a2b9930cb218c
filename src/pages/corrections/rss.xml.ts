import type { APIRoute } from 'astro';
import { correctionsFeed } from '../../render/corrections-feed.ts';
import { getCorrections } from '../../site/corrections.ts';
import { getSite } from '../../site/site.ts';

export const GET: APIRoute = async () =>
  new Response(await correctionsFeed(await getSite(), await getCorrections()), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
