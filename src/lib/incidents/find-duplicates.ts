// Probable duplicates, caught while writing (DESIGN §2.10): two incidents that look like
// one event would count the same dead twice, so they are an error until the author decides,
// with an `incident:` line to merge or a `distinctFrom` list to say "not the same" (a
// warning when one of the briefs is a draft, which a production build leaves out). One
// incident whose claims disagree on when or where it happened is probably two events: a
// warning.
import type { ContentIssue } from '../check/content-issue.ts';
import { suggestId } from '../text/suggest-id.ts';
import type { LocatedClaim } from './located-claim.ts';
import { sharedPlaceWords } from './place-words.ts';

/** The region tree as the check needs it. */
export interface DuplicateOptions {
  /** Ids of the regions a region lies in, nearest first. */
  ancestors: (region: string) => readonly string[];
}

const incidentOf = (c: LocatedClaim) => c.claim.incident ?? c.claim.id;
const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
/** Reading order: the older brief first, then file and line, so the first report holds the id to reuse. */
const older = (a: LocatedClaim, b: LocatedClaim) =>
  a.briefDate !== b.briefDate ? (a.briefDate < b.briefDate ? -1 : 1) : a.file !== b.file ? (a.file < b.file ? -1 : 1) : a.index - b.index;

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};
const overlaps = (a: LocatedClaim, b: LocatedClaim) => a.claim.date.start <= b.claim.date.end && b.claim.date.start <= a.claim.date.end;
const where = (c: LocatedClaim) => `${c.file}:${c.lineOf()} (${c.field} "${c.claim.id}")`;
const shared = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x));

/** Errors for probable duplicate incidents, warnings for incidents whose claims disagree; pure, in reading order. */
export function findDuplicates(claims: readonly LocatedClaim[], options: DuplicateOptions): ContentIssue[] {
  const events = claims.filter((c) => c.claim.scope === 'incident').sort(older);
  const byIncident = new Map<string, LocatedClaim[]>();
  for (const c of events) push(byIncident, incidentOf(c), c);
  const issues: ContentIssue[] = [];
  const warn = (c: LocatedClaim, key: string | undefined, message: string, severity: 'error' | 'warning' = 'warning') =>
    issues.push({ file: c.file, line: c.lineOf(key), field: key ? `${c.field}.${key}` : c.field, message, severity, renders: true });

  // 1. `distinctFrom` pairs, each an author's "not the same event"; an unknown id is a typo.
  const distinct = new Set<string>();
  const known = [...byIncident.keys()].map((id) => ({ id, names: [] }));
  for (const c of events) {
    c.claim.distinctFrom.forEach((id, n) => {
      if (byIncident.has(id)) return void distinct.add(pairKey(incidentOf(c), id));
      const guess = suggestId(id, known);
      warn(c, 'distinctFrom', `distinctFrom[${n}] names no incident "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}; expected the id of an incident on the site`);
    });
  }

  // 2. Within an incident: each claim against the older ones, reported once per claim and field.
  const nested = (a: string, b: string) => a === b || options.ancestors(a).includes(b) || options.ancestors(b).includes(a);
  for (const [id, list] of byIncident) {
    list.forEach((c, n) => {
      const earlier = list.slice(0, n);
      const offDate = earlier.find((e) => !overlaps(c, e));
      if (offDate) {
        warn(c, 'date', `"${c.claim.date.text}" does not overlap "${offDate.claim.date.text}", the date ${where(offDate)} gives incident "${id}"; expected dates that agree at their precision, or another incident`);
      }
      const offRegion = earlier.find((e) => !nested(c.claim.region, e.claim.region));
      if (offRegion) {
        warn(c, 'region', `"${c.claim.region}" is neither "${offRegion.claim.region}" nor inside or around it, the region ${where(offRegion)} gives incident "${id}"; expected the same region, one inside the other, or another incident`);
      }
    });
  }

  // 3. Across incidents: a sweep by start date within each country, so each claim meets
  //    only the claims whose dates can overlap its own.
  const root = (region: string) => options.ancestors(region).at(-1) ?? region;
  const byCountry = new Map<string, LocatedClaim[]>();
  for (const c of events) push(byCountry, root(c.claim.region), c);
  const reported = new Set<string>();
  for (const list of byCountry.values()) {
    const sorted = [...list].sort((a, b) => (a.claim.date.start < b.claim.date.start ? -1 : a.claim.date.start > b.claim.date.start ? 1 : older(a, b)));
    let active: LocatedClaim[] = [];
    for (const c of sorted) {
      active = active.filter((a) => a.claim.date.end >= c.claim.date.start);
      for (const a of active) {
        const [first, second] = older(a, c) <= 0 ? [a, c] : [c, a];
        const key = pairKey(incidentOf(first), incidentOf(second));
        if (incidentOf(first) === incidentOf(second) || distinct.has(key) || reported.has(key)) continue;
        const evidence = sameEvent(first, second, nested);
        if (!evidence) continue;
        reported.add(key);
        const target = incidentOf(first);
        // Cite the incident's first report, where its id was given, when it matches as well.
        const firstReport = byIncident.get(target)![0]!;
        const cited = firstReport !== first && overlaps(firstReport, second) && sameEvent(firstReport, second, nested) ? firstReport : first;
        const fix = second.claim.incident ? `change its line \`incident: ${second.claim.incident}\` to \`incident: ${target}\`` : `add the line \`incident: ${target}\``;
        warn(
          second,
          second.claim.incident ? 'incident' : undefined,
          `probably the same event as incident "${target}" at ${where(cited)}: ${cited === first ? evidence : sameEvent(cited, second, nested)}; if it is, ${fix}; if not, add \`distinctFrom: [${target}]\``,
          first.draft || second.draft ? 'warning' : 'error',
        );
      }
      active.push(c);
    }
  }
  return issues;
}

/** Why two claims look like one event, or `undefined` when they do not (dates overlap already). */
function sameEvent(a: LocatedClaim, b: LocatedClaim, nested: (a: string, b: string) => boolean): string | undefined {
  const { claim: x } = a;
  const { claim: y } = b;
  if (!nested(x.region, y.region)) return undefined;
  const perpetrators = shared(x.perpetrators, y.perpetrators);
  const victims = shared(x.victims.actors, y.victims.actors);
  const place = sharedPlaceWords(x.place, y.place);
  if (perpetrators.length === 0 && victims.length === 0 && place.length === 0) return undefined;
  return [
    x.date.text === y.date.text ? `both dated ${x.date.text}` : `dates ${x.date.text} and ${y.date.text} overlap`,
    x.region === y.region ? `both in ${x.region}` : `${x.region} and ${y.region} lie one inside the other`,
    perpetrators.length > 0 && `both name ${perpetrators.join(', ')} as perpetrator`,
    victims.length > 0 && `both name ${victims.join(', ')} among the victims`,
    place.length > 0 && `similar place (“${x.place}”, “${y.place}”)`,
  ]
    .filter(Boolean)
    .join(', ');
}
