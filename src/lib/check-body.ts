import { CHART_TYPES, DIRECTIVES, SCENARIO_KINDS } from '../markdown/directives.ts';
import type { ContentIssue } from './content-issue.ts';
import type { BriefEntry } from './content-set.ts';

/** Ids a brief body may refer to. */
export interface BodyReferences {
  sources: ReadonlySet<string>;
  actors: ReadonlySet<string>;
  regions: ReadonlySet<string>;
}

const BLOCK = /^\s{0,3}(:{2,})([a-zA-Z][\w-]*)(?:\[[^\]]*\])?(\{[^}]*\})?\s*$/;
const CITE = /(?<![\w:]):([a-zA-Z][\w-]*)\[([^\]]*)\]/g;
const ATTR = /([\w-]+)=(?:"([^"]*)"|'([^']*)'|([^\s}"']+))/g;

/**
 * Finds the directive mistakes in a brief's body without parsing the whole Markdown:
 * unknown directives, `:cite` of a missing source, a chart of an unknown type, actor or
 * region, a scenario of an unknown kind. The Markdown plugins refuse the same things at
 * render time; this scan lets `npm run check` report them all at once, fast.
 */
export function checkBody(brief: Pick<BriefEntry, 'file' | 'body' | 'bodyLine'>, refs: BodyReferences): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report = (offset: number, field: string, message: string) =>
    issues.push({ file: brief.file, line: brief.bodyLine + offset, field, message, severity: 'error' });
  let fence: string | undefined;
  brief.body.split('\n').forEach((line, offset) => {
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fenceMark && (!fence || fenceMark.startsWith(fence))) fence = fence ? undefined : fenceMark;
    if (fence || fenceMark) return;
    const block = BLOCK.exec(line);
    if (block && block[1]!.length <= 3) {
      const [, colons, name, attrText = ''] = block as unknown as [string, string, string, string?];
      const attrs = Object.fromEntries([...attrText.matchAll(ATTR)].map((m) => [m[1], m[2] ?? m[3] ?? m[4]]));
      const type = colons.length === 2 ? 'leafDirective' : 'containerDirective';
      const known: readonly string[] = DIRECTIVES[type];
      if (!known.includes(name)) report(offset, `${colons}${name}`, `unknown directive; expected one of ${known.map((n) => colons + n).join(', ')}`);
      if (name === 'scenario' && !(attrs.kind! in SCENARIO_KINDS)) report(offset, ':::scenario', `kind "${attrs.kind ?? ''}"; expected kind="most-likely" or kind="worst-case"`);
      if (name === 'chart') {
        if (!(CHART_TYPES as readonly string[]).includes(attrs.type ?? '')) report(offset, '::chart', `type "${attrs.type ?? ''}"; expected one of ${CHART_TYPES.join(' | ')}`);
        if (attrs.actor && !refs.actors.has(attrs.actor)) report(offset, '::chart', `unknown actor "${attrs.actor}"; expected the id of an actor in content/actors/`);
        if (attrs.region && !refs.regions.has(attrs.region)) report(offset, '::chart', `unknown region "${attrs.region}"; expected the id of a region in content/regions/`);
      }
      if (name === 'figure') {
        for (const key of ['src', 'alt', 'source']) if (!attrs[key]) report(offset, '::figure', `missing ${key}="…"; expected ::figure{src="…" alt="…" source="…"}`);
      }
      return;
    }
    for (const m of line.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length)).matchAll(CITE)) {
      const [, name, label] = m as unknown as [string, string, string];
      if (name !== 'cite') report(offset, `:${name}`, `unknown directive; expected :cite[source-id]`);
      else if (!refs.sources.has(label.trim())) report(offset, ':cite', `unknown source "${label}"; expected the id of a source record in seeds/`);
    }
  });
  return issues;
}
