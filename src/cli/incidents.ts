// `npm run incidents -- QUERY`: the incidents already on the site that match a place, an
// actor or a date, with their ids, figures, claims and the files they are written in, so
// an author re-reporting an event can reuse its id instead of counting it twice.
import { groupIncidents, type ClaimRecord } from '../lib/claims/index.ts';
import { formatMatches } from '../lib/incidents/format-matches.ts';
import { searchIncidents } from '../lib/incidents/search-incidents.ts';
import { regionTree } from '../lib/graph/region-tree.ts';
import { readContent } from '../content/read-content.ts';
import { actorNames, displayNames } from '../lib/format/names.ts';

const query = process.argv.slice(2).join(' ');
if (!query.trim()) {
  console.log('Usage: npm run incidents -- QUERY   (a place, an actor, a date such as 2023-09, or several words, all of which must match)');
  process.exit(2);
}
const root = process.env.BRIEFS_ROOT ?? process.cwd();
const { content } = readContent(root);

// Drafts included: the brief an author is writing may already name the incident.
const claims: ClaimRecord[] = content.briefs.flatMap((b) => b.data.claims.map((c) => ({ ...c, brief: b.id, briefDate: b.data.date })));
const written = new Map(content.briefs.flatMap((b) => b.data.claims.map((c, i) => [c.id, `${b.file}:${b.lineOf(['claims', i])}`] as const)));
const actors = new Map(content.actors.map((a) => [a.id, a.data]));
const sources = new Map(content.sources.map((s) => [s.id, s.data]));
const regions = new Map(content.regions.map((r) => [r.id, r.data]));
const tree = regionTree(content.regions.map((r) => ({ id: r.id, parent: r.data.parent })));

const partyNames = (id: string): string[] => {
  const actor = actors.get(id);
  if (actor) return [id, ...actorNames(actor)];
  const source = sources.get(id);
  return source ? [id, source.publisher, source.title] : [id];
};
const regionNames = (id: string): string[] =>
  [id, ...(tree.get(id)?.ancestors ?? [])].flatMap((r) => [r, regions.get(r)?.name ?? '', ...(regions.get(r)?.aliases ?? [])]);

const matches = searchIncidents(query, groupIncidents(claims), { region: regionNames, party: partyNames });
console.log(
  formatMatches(matches, {
    ...displayNames({ actor: (id) => actors.get(id), region: (id) => regions.get(id), source: (id) => sources.get(id) }),
    whereWritten: (claim) => written.get(claim.id) ?? claim.brief,
  }),
);
if (matches.length > 0) console.log(`\n${matches.length} incident${matches.length === 1 ? '' : 's'} found.`);
