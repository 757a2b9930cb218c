import type { ContentIssue, FieldPath } from './content-issue.ts';
import { formatFieldPath } from './content-issue.ts';
import type { ContentSet, Entry } from './content-set.ts';
import { suggestId, type KnownId } from './suggest-id.ts';

/** The kinds of ids a field may name, and where an author finds them. */
const PLACES = {
  actor: 'content/actors/',
  region: 'content/regions/',
  series: 'content/series/',
  source: 'seeds/',
} as const;
type Kind = keyof typeof PLACES;

/**
 * Checks what a single file cannot: every id names an existing actor, region, series or
 * source; claim ids are unique site-wide; a brief's data cutoff is not after its date;
 * and, as warnings, claims whose region or actors the brief does not list.
 */
export function checkReferences(content: ContentSet): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const known: Record<Kind, KnownId[]> = {
    actor: content.actors.map((a) => ({ id: a.id, names: [a.data.name, a.data.short ?? '', ...a.data.aliases] })),
    region: content.regions.map((r) => ({ id: r.id, names: [r.data.name, ...r.data.aliases] })),
    series: content.series.map((s) => ({ id: s.id, names: [s.data.name] })),
    source: content.sources.map((s) => ({ id: s.id, names: [] })),
  };
  const ids = Object.fromEntries(Object.entries(known).map(([k, list]) => [k, new Set(list.map((x) => x.id))])) as Record<Kind, Set<string>>;

  const report = (entry: Entry<unknown>, path: FieldPath, message: string, severity: ContentIssue['severity'] = 'error') =>
    issues.push({ file: entry.file, line: entry.lineOf(path), field: formatFieldPath(path), message, severity });

  /** Reports `id` unless it exists among one of `kinds`. */
  const expect = (entry: Entry<unknown>, path: FieldPath, id: string, ...kinds: Kind[]) => {
    if (kinds.some((k) => ids[k].has(id))) return;
    const suggestion = suggestId(id, kinds.flatMap((k) => known[k]));
    const where = kinds.map((k) => `${k} in ${PLACES[k]}`).join(' or ');
    report(entry, path, `unknown ${kinds.join(' or ')} "${id}"; expected the id of a ${where}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`);
  };
  const expectAll = (entry: Entry<unknown>, path: FieldPath, list: readonly string[], kind: Kind) =>
    list.forEach((id, i) => expect(entry, [...path, i], id, kind));

  for (const actor of content.actors) {
    actor.data.relations.forEach((r, i) => expect(actor, ['relations', i, 'actor'], r.actor, 'actor'));
  }
  for (const region of content.regions) {
    if (region.data.parent) expect(region, ['parent'], region.data.parent, 'region');
  }

  const claimIds = new Map<string, Entry<unknown>>();
  for (const brief of content.briefs) {
    const { data } = brief;
    expect(brief, ['series'], data.series, 'series');
    expectAll(brief, ['actors'], data.actors, 'actor');
    expectAll(brief, ['regions'], data.regions, 'region');
    expectAll(brief, ['sources'], data.sources, 'source');
    if (data.dataCutoff && data.dataCutoff.slice(0, 10) > data.date) {
      report(brief, ['dataCutoff'], `"${data.dataCutoff}" is after the brief's date ${data.date}; expected a cutoff on or before the date`);
    }
    data.claims.forEach((claim, i) => {
      const at = (...rest: PropertyKey[]) => ['claims', i, ...rest];
      const first = claimIds.get(claim.id);
      if (first) report(brief, at('id'), `duplicate claim id "${claim.id}", already used in ${first.file}; expected an id unique across the site`);
      else claimIds.set(claim.id, brief);
      expect(brief, at('region'), claim.region, 'region');
      expectAll(brief, at('perpetrators'), claim.perpetrators, 'actor');
      expectAll(brief, at('victims', 'actors'), claim.victims.actors, 'actor');
      expect(brief, at('claimant'), claim.claimant, 'actor', 'source');
      expectAll(brief, at('sources'), claim.sources, 'source');
      if (ids.region.has(claim.region) && !data.regions.includes(claim.region)) {
        report(brief, at('region'), `"${claim.region}" is not among the brief's regions; add it to \`regions\` so the brief is listed on its page`, 'warning');
      }
      [...claim.perpetrators, ...claim.victims.actors].forEach((id) => {
        if (ids.actor.has(id) && !data.actors.includes(id)) {
          report(brief, at(), `actor "${id}" is not among the brief's actors; add it to \`actors\` so the brief is listed on its page`, 'warning');
        }
      });
    });
  }
  return issues;
}
