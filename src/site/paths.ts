import { SITE } from '../site.config.ts';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A site path under the configured base: `to('briefs/x/')` → `/base/briefs/x/`. */
export const to = (path = '') => `${base}${path.replace(/^\//, '')}`;

/** The absolute URL of a path from {@link to} or {@link paths}, for feeds, canonical links and metadata. */
export const absolute = (sitePath: string) => new URL(sitePath, SITE.url).href;

/** Where each kind of page lives. */
export const paths = {
  home: () => to(),
  brief: (id: string) => to(`briefs/${id}/`),
  series: (id: string) => to(`series/${id}/`),
  seriesFeed: (id: string) => to(`series/${id}/rss.xml`),
  actors: () => to('actors/'),
  actor: (id: string) => to(`actors/${id}/`),
  actorFeed: (id: string) => to(`actors/${id}/rss.xml`),
  regions: () => to('regions/'),
  region: (id: string) => to(`regions/${id}/`),
  regionFeed: (id: string) => to(`regions/${id}/rss.xml`),
  claims: () => to('claims/'),
  search: () => to('search/'),
  /** A page of the claims listing: `2022`, or `2022/2` for a long year's second part. */
  claimsPage: (key: string) => to(`claims/${key}/`),
  /** A claim's row on the claims page that lists it (see `claimHref` in site.ts). */
  claimAt: (pageKey: string, id: string) => to(`claims/${pageKey}/#claim-${id}`),
  incident: (id: string) => to(`incidents/${id}/`),
  claimants: () => to('claimants/'),
  /** A claimant's record: its figures beside the independent ones (an actor or a source id). */
  claimant: (id: string) => to(`claimants/${id}/`),
  data: () => to('data/'),
  dataFile: (name: string) => to(`data/${name}`),
  /** The rows of one claims table, as `csv` or `json`. */
  table: (key: string, format: 'csv' | 'json') => to(`data/tables/${key}.${format}`),
  archive: () => to('archive/'),
  /** A page of the archive, as Astro's `paginate()` numbers them: the first is the archive itself. */
  archivePage: (n: number) => to(n === 1 ? 'archive/' : `archive/${n}/`),
  feed: () => to('rss.xml'),
};
