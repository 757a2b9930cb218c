import type { APIRoute, GetStaticPaths } from 'astro';
import { actorSubject, feedResponse } from '../../../render/feeds.ts';
import { paths } from '../../../site/paths.ts';
import { getSite } from '../../../site/site.ts';
import { SITE } from '../../../site.config.ts';

export const getStaticPaths: GetStaticPaths = async () => [...(await getSite()).actors.keys()].map((id) => ({ params: { id } }));

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const actor = site.actors.get(params.id!)!;
  return feedResponse(site, {
    title: `${actor.data.name} · ${SITE.title}`,
    description: `Every brief naming ${actor.data.name}.`,
    pagePath: paths.actor(actor.id),
    feedPath: paths.actorFeed(actor.id),
    briefs: site.briefsByActor.get(actor.id) ?? [],
    subject: actorSubject(site, actor.id),
  });
};
