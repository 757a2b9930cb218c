import type { ContentSet } from '../check/content-set.ts';
import { formatClaimDate } from '../dates/format-date.ts';
import { actorNames, actorTitle } from '../format/names.ts';

/** The kinds of thing a brief refers to by id. */
export type IdKind = 'actor' | 'region' | 'series' | 'source' | 'incident';

/** One id an author may need: what it names, where it is written, and the line a brief uses it in. */
export interface IdRecord {
  id: string;
  kind: IdKind;
  /** What it is called, as the site shows it. */
  label: string;
  /** Every other name, short name, alias or place it is found by. */
  names: string[];
  /** The file and line that define it (for an incident, its first claim). */
  where: string;
  /** The line to paste into a brief's frontmatter. */
  paste: string;
}

/** Every id of a site's content, in the order actors, regions, series, sources, incidents. */
export function idRecords(content: ContentSet): IdRecord[] {
  const regionName = new Map(content.regions.map((r) => [r.id, r.data.name]));
  const records: IdRecord[] = [
    ...content.actors.map((a) => ({
      id: a.id,
      kind: 'actor' as const,
      label: actorTitle(a.data),
      names: actorNames(a.data),
      where: `${a.file}:1`,
      paste: `actors: [${a.id}]`,
    })),
    ...content.regions.map((r) => ({ id: r.id, kind: 'region' as const, label: r.data.name, names: [r.data.name, ...r.data.aliases], where: `${r.file}:1`, paste: `regions: [${r.id}]` })),
    ...content.series.map((s) => ({ id: s.id, kind: 'series' as const, label: s.data.name, names: [s.data.name], where: `${s.file}:1`, paste: `series: ${s.id}` })),
    ...content.sources.map((s) => ({ id: s.id, kind: 'source' as const, label: `${s.data.publisher}: ${s.data.title}`, names: [s.data.title, s.data.publisher], where: `${s.file}:1`, paste: `sources: [${s.id}]` })),
  ];
  // An incident is named by its claims: the first one written (oldest brief first) says where it is.
  const incidents = new Map<string, IdRecord>();
  const briefs = [...content.briefs].sort((a, b) => (a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : 0));
  for (const brief of briefs) {
    brief.data.claims.forEach((claim, i) => {
      // Aggregates are never incidents; a claim without `incident:` is one of its own, under the claim's id.
      if (claim.scope !== 'incident') return;
      const id = claim.incident ?? claim.id;
      let record = incidents.get(id);
      if (!record) {
        const place = claim.place ?? regionName.get(claim.region) ?? claim.region;
        record = { id, kind: 'incident', label: `${place}, ${formatClaimDate(claim.date)}`, names: [], where: `${brief.file}:${brief.lineOf(['claims', i, claim.incident ? 'incident' : 'id'])}`, paste: `incident: ${id}` };
        incidents.set(id, record);
      }
      record.names.push(claim.place ?? '', regionName.get(claim.region) ?? '', claim.id);
    });
  }
  return [...records, ...[...incidents.values()].map((r) => ({ ...r, names: [...new Set(r.names.filter(Boolean))] }))];
}
