import type { ContentIssue, FieldPath } from './content-issue.ts';
import { formatFieldPath } from './content-issue.ts';
import type { CollectionKey, SourceFile, SourceFiles } from './content-set.ts';
import { ClaimDateSchema, IsoDaySchema } from '../../schema/date.ts';
import { suggestId, type KnownId } from '../text/suggest-id.ts';

/** The kinds of ids a field may name, and where an author finds them. */
const PLACES = {
  actors: ['actor', 'an actor id from content/actors/'],
  regions: ['region', 'a region id from content/regions/'],
  series: ['series', 'a series id from content/series/'],
  sources: ['source', 'a source id from seeds/'],
} as const;
type Kind = keyof typeof PLACES;

// The files are read as written, before validation, so that a brief with a bad field
// still has its references checked, and an actor with a bad field still exists for the
// briefs that name it: one mistake never hides or multiplies others.
const field = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const names = (raw: unknown, ...keys: string[]) => [...keys.map((k) => text(field(raw, k)) ?? ''), ...list(field(raw, 'aliases')).map((a) => text(a) ?? '')].filter(Boolean);

/**
 * Checks what a single file cannot: every id names an existing actor, region, series or
 * source; claim ids are unique site-wide; a brief's data cutoff is not after its date;
 * and, as warnings, claims whose region or actors the brief does not list.
 */
export function checkReferences(files: SourceFiles): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const known = {} as Record<Kind, KnownId[]>;
  const ids = {} as Record<Kind, Set<string>>;
  for (const kind of Object.keys(PLACES) as Kind[]) {
    known[kind] = files[kind as CollectionKey].map((f) => ({ id: f.id, names: names(f.raw, 'name', 'short') }));
    ids[kind] = new Set(known[kind].map((k) => k.id));
  }

  const report = (file: SourceFile, path: FieldPath, message: string, severity: ContentIssue['severity'] = 'error') =>
    issues.push({ file: file.file, line: file.lineOf(path), field: formatFieldPath(path), message, severity });

  /** Reports `value` unless it is the id of one of `kinds` (a non-text value is the schema's to report). */
  const expect = (file: SourceFile, path: FieldPath, value: unknown, ...kinds: Kind[]) => {
    const id = text(value);
    if (id === undefined || kinds.some((k) => ids[k].has(id))) return;
    const suggestion = suggestId(id, kinds.flatMap((k) => known[k]));
    const what = kinds.map((k) => PLACES[k][0]).join(' or ');
    const where = kinds.map((k) => PLACES[k][1]).join(' or ');
    report(file, path, `unknown ${what} "${id}"; expected ${where}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`);
  };
  const expectAll = (file: SourceFile, path: FieldPath, values: unknown, kind: Kind) =>
    list(values).forEach((id, i) => expect(file, [...path, i], id, kind));

  // One id names one thing: a claimant may be an actor or a source, and pages of every kind share names.
  // (Two files of one kind with one id are reported where the files are read.)
  const owners = new Map<string, [Kind, SourceFile]>();
  for (const kind of Object.keys(PLACES) as Kind[]) {
    for (const file of files[kind as CollectionKey]) {
      const [otherKind, other] = owners.get(file.id) ?? [];
      if (other && otherKind !== kind) report(file, [], `the id "${file.id}" is also the ${PLACES[otherKind!][0]} ${other.file}; expected ids unique across actors, regions, series and sources`);
      else if (!other) owners.set(file.id, [kind, file]);
    }
  }

  for (const actor of files.actors) {
    list(field(actor.raw, 'relations')).forEach((r, i) => {
      expect(actor, ['relations', i, 'actor'], field(r, 'actor'), 'actors');
      if (field(r, 'actor') === actor.id) report(actor, ['relations', i, 'actor'], `"${actor.id}" is this actor itself; expected another actor's id`);
    });
  }
  const parentOf = new Map(files.regions.map((r) => [r.id, text(field(r.raw, 'parent'))]));
  for (const region of files.regions) {
    expect(region, ['parent'], field(region.raw, 'parent'), 'regions');
    // Walk up the parents: a region must not end up inside itself.
    const chain = [region.id];
    for (let up = parentOf.get(region.id); up && parentOf.has(up) && chain.length <= files.regions.length; up = parentOf.get(up)) {
      chain.push(up);
      if (up === region.id) {
        report(region, ['parent'], `"${region.id}" lies inside itself (${chain.join(' → ')}); expected parents that lead up to a country`);
        break;
      }
    }
  }

  const claimIds = new Map<string, SourceFile>();
  for (const brief of files.briefs) {
    const raw = brief.raw;
    const briefActors = list(field(raw, 'actors'));
    const briefRegions = list(field(raw, 'regions'));
    expect(brief, ['series'], field(raw, 'series'), 'series');
    expectAll(brief, ['actors'], briefActors, 'actors');
    expectAll(brief, ['regions'], briefRegions, 'regions');
    expectAll(brief, ['sources'], field(raw, 'sources'), 'sources');
    const date = text(field(raw, 'date'));
    const cutoff = text(field(raw, 'dataCutoff'));
    if (date && cutoff && cutoff.slice(0, 10) > date) {
      report(brief, ['dataCutoff'], `"${cutoff}" is after the brief's date ${date}; expected a cutoff on or before the date`);
    }
    list(field(raw, 'claims')).forEach((claim, i) => {
      const at = (...rest: PropertyKey[]) => ['claims', i, ...rest];
      const id = text(field(claim, 'id'));
      const first = id === undefined ? undefined : claimIds.get(id);
      if (id !== undefined && first) report(brief, at('id'), `duplicate claim id "${id}", already used in ${first.file}; expected an id unique across the site`);
      else if (id !== undefined) claimIds.set(id, brief);
      const day = IsoDaySchema.safeParse(field(raw, 'date'));
      const claimDate = ClaimDateSchema.safeParse(field(claim, 'date'));
      if (day.success && claimDate.success && claimDate.data.start > day.data) {
        report(brief, at('date'), `"${claimDate.data.text}" is after the brief's date ${day.data}; expected a claim dated on or before its brief`);
      }
      const region = field(claim, 'region');
      expect(brief, at('region'), region, 'regions');
      expectAll(brief, at('perpetrators'), field(claim, 'perpetrators'), 'actors');
      expectAll(brief, at('victims', 'actors'), field(field(claim, 'victims'), 'actors'), 'actors');
      expect(brief, at('claimant'), field(claim, 'claimant'), 'actors', 'sources');
      expectAll(brief, at('sources'), field(claim, 'sources'), 'sources');
      if (typeof region === 'string' && ids.regions.has(region) && !briefRegions.includes(region)) {
        report(brief, at('region'), `"${region}" is not among the brief's regions; add it to \`regions\` so the brief is listed on its page`, 'warning');
      }
      const claimActors = new Set([...list(field(claim, 'perpetrators')), ...list(field(field(claim, 'victims'), 'actors'))]);
      for (const actor of claimActors) {
        if (typeof actor === 'string' && ids.actors.has(actor) && !briefActors.includes(actor)) {
          report(brief, at(), `actor "${actor}" is not among the brief's actors; add it to \`actors\` so the brief is listed on its page`, 'warning');
        }
      }
    });
  }
  return issues;
}
