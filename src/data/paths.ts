import { claimYear } from '../lib/claims/claim-year.ts';
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
  /** A claim's row on the claims page of the year its date starts. */
  claim: (claim: { id: string; date: { start: string } }) => to(`claims/${claimYear(claim)}/#claim-${claim.id}`),
  claimsYear: (year: string) => to(`claims/${year}/`),
  incident: (id: string) => to(`incidents/${id}/`),
  data: () => to('data/'),
  dataFile: (name: string) => to(`data/${name}`),
  /** The rows of one claims table, as `csv` or `json`. */
  table: (key: string, format: 'csv' | 'json') => to(`data/tables/${key}.${format}`),
  archive: () => to('archive/'),
  feed: () => to('rss.xml'),
};
