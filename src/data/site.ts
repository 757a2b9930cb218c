// The site model: every collection read once per build, published briefs selected and
// sorted, lookups built. Pages and feeds only read it.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { MarkdownHeading } from 'astro';
import { dayOf } from '../lib/format-date.ts';
import { groupByMonth } from '../lib/group-by-month.ts';
import { indexBy } from '../lib/index-by.ts';
import { selectPublished } from '../lib/select-published.ts';
import { seriesNeighbours } from '../lib/series-neighbours.ts';

/** A brief ready to show: its frontmatter, rendered body and contents. */
export interface BriefView {
  id: string;
  data: CollectionEntry<'briefs'>['data'];
  html: string;
  headings: MarkdownHeading[];
}

const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((e) => [e.id, e]));

async function loadSite() {
  // The live preview shows drafts and scheduled briefs; production never does.
  const preview = import.meta.env.BRIEFS_PREVIEW === true;
  const today = process.env.BRIEFS_TODAY ?? dayOf(new Date());
  const entries = await getCollection('briefs');
  const briefs: BriefView[] = selectPublished(entries, { today, preview }).map((e) => ({
    id: e.id,
    data: e.data,
    html: e.rendered?.html ?? '',
    headings: (e.rendered?.metadata?.headings as MarkdownHeading[] | undefined) ?? [],
  }));
  const series = await getCollection('series');
  return {
    briefs,
    archive: groupByMonth(briefs),
    neighbours: seriesNeighbours(briefs),
    series: byId(series),
    briefsBySeries: indexBy(briefs, (b) => [b.data.series]),
    actors: byId(await getCollection('actors')),
    regions: byId(await getCollection('regions')),
    sources: byId(await getCollection('sources')),
  };
}

/** The site's data, loaded on first use and shared by every page of the build. */
export type Site = Awaited<ReturnType<typeof loadSite>>;
let site: Promise<Site> | undefined;
export const getSite = () => (site ??= loadSite());
