import { defineMiddleware } from 'astro:middleware';
import { indexing, indexPage, isSearchable } from './site/search-index.ts';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

// During a production build, each brief, actor, region and incident page goes to the search index as
// it is rendered (src/site/search-index.ts); every other request passes untouched.
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const sitePath = context.url.pathname.startsWith(base) ? context.url.pathname.slice(base.length) || '/' : context.url.pathname;
  if (!indexing() || !isSearchable(sitePath) || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  indexPage(sitePath, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
