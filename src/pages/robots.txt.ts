import type { APIRoute } from 'astro';
import { absolute, to } from '../site/paths.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: ${to()}\n\nSitemap: ${absolute(to('sitemap-index.xml'))}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
