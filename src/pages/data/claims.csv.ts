import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { claimsCsv } from '../../lib/export-data.ts';

export const GET: APIRoute = async () =>
  new Response(claimsCsv((await getSite()).claimsNewestFirst), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
