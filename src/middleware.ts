import { defineMiddleware } from 'astro:middleware';
import { indexing, indexPage, isSearchable } from './site/search-index.ts';
import { keptOrRendered } from './site/page-cache.ts';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

// During a production build, a page whose data and code did not change since the last build is
// served as that build printed it (src/site/page-cache.ts), and each brief, actor, region and
// incident page goes to the search index as it is rendered or served (src/site/search-index.ts);
// under `astro dev` every request passes untouched.
export const onRequest = defineMiddleware(async (context, next) => {
  const sitePath = context.url.pathname.startsWith(base) ? context.url.pathname.slice(base.length) || '/' : context.url.pathname;
  const response = await keptOrRendered(context.url.pathname, sitePath, context.props, () => next());
  if (!indexing() || !isSearchable(sitePath) || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  indexPage(sitePath, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
