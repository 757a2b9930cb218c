// Every claims table on the site, by a key that names its download: the page shows a
// table's rows and `/data/tables/KEY.csv|json` carries exactly the same rows, because
// both come from the one function here.
import { sortClaims, type ClaimPage, type ClaimRecord } from '../lib/claims/index.ts';
import type { Site } from './site.ts';

/** The rows of one claims table and the key of its downloads. */
export interface ClaimTable {
  key: string;
  claims: readonly ClaimRecord[];
}

/** A brief's claims, an actor's as perpetrator, victim or claimant, a region's, a year's, an incident's. */
export const claimTables = {
  brief: (site: Site, id: string): ClaimTable => ({ key: `brief-${id}`, claims: site.claimsByBrief.get(id) ?? [] }),
  // An actor's and a region's claims by the date of the event, newest first.
  perpetrator: (site: Site, id: string): ClaimTable => ({ key: `actor-${id}-perpetrator`, claims: sortClaims(site.claimsAsPerpetrator.get(id) ?? []) }),
  victim: (site: Site, id: string): ClaimTable => ({ key: `actor-${id}-victim`, claims: sortClaims(site.claimsAsVictim.get(id) ?? []) }),
  claimant: (site: Site, id: string): ClaimTable => ({ key: `actor-${id}-claimant`, claims: sortClaims(site.claimsAsClaimant.get(id) ?? []) }),
  region: (site: Site, id: string): ClaimTable => ({ key: `region-${id}`, claims: sortClaims(site.claimsByRegion.get(id) ?? []) }),
  page: (page: ClaimPage): ClaimTable => ({ key: `claims-${page.key.replace('/', '-')}`, claims: page.claims }),
  /** Oldest report first, as the incident page compares them. */
  incident: (site: Site, id: string): ClaimTable => ({ key: `incident-${id}`, claims: site.incidentClaimsOldestFirst.get(id) ?? [] }),
};

/** Every table that has rows, for the download files. */
export function allClaimTables(site: Site): ClaimTable[] {
  const t = claimTables;
  return [
    ...site.briefs.map((b) => t.brief(site, b.id)),
    ...[...site.actors.keys()].flatMap((id) => [t.perpetrator(site, id), t.victim(site, id), t.claimant(site, id)]),
    ...[...site.regions.keys()].map((id) => t.region(site, id)),
    ...site.claimPages.map((page) => t.page(page)),
    ...site.incidents.map((i) => t.incident(site, i.id)),
  ].filter((table) => table.claims.length > 0);
}

/**
 * The rows a page lists: all of them, or, when there are more than `limit`, the newest
 * `limit` by claim date, newest first. The downloads still carry every row, and every
 * claim keeps its row on its year's claims page and its incident's page.
 */
export function shownRows(table: ClaimTable, limit: number | undefined): { claims: readonly ClaimRecord[]; omitted: number } {
  if (limit === undefined || table.claims.length <= limit) return { claims: table.claims, omitted: 0 };
  return { claims: sortClaims(table.claims).slice(0, limit), omitted: table.claims.length - limit };
}

/** The incidents behind a total a page lists: all, or beyond `limit` the newest by date, newest first. */
export function shownIncidents<T extends { id: string; date: { start: string } }>(incidents: readonly T[], limit: number | undefined): { incidents: readonly T[]; omitted: number } {
  if (limit === undefined || incidents.length <= limit) return { incidents, omitted: 0 };
  const newest = [...incidents].sort((a, b) => (a.date.start === b.date.start ? (a.id < b.id ? -1 : 1) : a.date.start < b.date.start ? 1 : -1));
  return { incidents: newest.slice(0, limit), omitted: incidents.length - limit };
}

/** How many claims an actor's or a region's page lists in one table; the rest are in its downloads and on the claims pages by year. */
export const PAGE_TABLE_ROWS = 150;

/** How many incidents an actor's or a region's page lists behind each of its totals; the rest are under their years' totals on the claims pages. */
export const PAGE_TOTAL_INCIDENTS = 50;
