// A brief's claims table as its feed item carries it: the rows of its page's table
// (src/components/ClaimsTable.astro), printed from the claims, with every link absolute.
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { claimPhrase, layerNameOf, type ClaimRecord } from '../../lib/claims/index.ts';
import { formatCount } from '../../lib/format/format-count.ts';
import { NO_PERPETRATOR } from '../../lib/format/names.ts';
import { formatClaimDate, formatDay } from '../../lib/dates/format-date.ts';
import type { CorrectionRecord } from '../../lib/corrections/list-corrections.ts';

/** What a row needs of the rest of the site: names, absolute links, incidents and corrections by claim. */
export interface ClaimRowContext {
  name: { region: (id: string) => string; actor: (id: string) => string; claimant: (id: string) => string; publisher: (sourceId: string) => string };
  href: {
    region: (id: string) => string;
    actor: (id: string) => string;
    /** The claim's row on its claims page. */
    claim: (claim: ClaimRecord) => string;
    claimant: (id: string) => string;
    /** A source in the list of the brief the claim was reported in. */
    source: (claim: ClaimRecord, sourceId: string) => string;
    incident: (id: string) => string;
    correction: (c: CorrectionRecord) => string;
    /** The table's download in `format`, and the page explaining the columns. */
    download: (format: 'csv' | 'json') => string;
    columns: string;
  };
  incidentOf: (claimId: string) => string | undefined;
  correctionsOf: (claimId: string) => readonly CorrectionRecord[];
}

const COLUMNS = ['Date', 'Where', 'By', 'Against', 'Killed', 'As written', 'Claimant, stance, grade', 'Layer', 'Sources', 'Incident'];

/** Items joined by ", " as the page lists actors and sources. */
const commaList = (items: ElementContent[]): (ElementContent | string)[] => items.flatMap((item, i) => (i > 0 ? [', ', item] : [item]));

function row(c: ClaimRecord, ctx: ClaimRowContext): Element[] {
  const { name, href } = ctx;
  const incident = ctx.incidentOf(c.id);
  const cell = (label: string, children: (ElementContent | string | false | undefined)[], properties: Record<string, string> = {}) =>
    h('td', { dataLabel: label, ...properties }, children.filter((x): x is ElementContent | string => Boolean(x)));
  const actors = (ids: readonly string[]) => commaList(ids.map((id) => h('a', { href: href.actor(id) }, name.actor(id))));
  return [
    h('tr', { className: c.note ? ['has-note'] : undefined }, [
      cell('Date', [formatClaimDate(c.date)]),
      cell('Where', [h('a', { href: href.region(c.region) }, name.region(c.region)), c.place ? h('span', { className: ['phrase'] }, ` (${c.place})`) : undefined]),
      cell('By', c.perpetrators.length === 0 ? [NO_PERPETRATOR] : actors(c.perpetrators)),
      cell('Against', [c.victims.category, ...(c.victims.actors.length > 0 ? [' (', ...actors(c.victims.actors), ')'] : [])]),
      cell('Killed', [h('a', { href: href.claim(c) }, c.killed ? formatCount(c.killed) : 'none given')], { className: 'num' }),
      cell('As written', [
        h('span', { className: ['phrase'] }, `“${claimPhrase(c)}”${c.scope === 'aggregate' ? ' · period total' : ''}`),
        ...ctx.correctionsOf(c.id).map((r) =>
          h('span', { className: ['claim-correction'] }, [
            h('a', { href: href.correction(r) }, ['Corrected ', h('time', { dateTime: r.date }, formatDay(r.date))]),
            h('span', { className: ['correction-text'] }, `: ${r.text}`),
          ]),
        ),
      ]),
      cell('Claimant', [h('a', { href: href.claimant(c.claimant) }, name.claimant(c.claimant)), ' ', h('span', { className: ['phrase'] }, `(${c.stance}, ${c.grade})`)]),
      cell('Layer', [layerNameOf(c)]),
      cell('Sources', commaList(c.sources.map((s) => h('a', { href: href.source(c, s) }, name.publisher(s))))),
      cell('Incident', [incident ? h('a', { href: href.incident(incident) }, [h('code', { className: ['incident-id'] }, incident)]) : c.scope === 'aggregate' ? 'period total' : 'discounted']),
    ]),
    ...(c.note ? [h('tr', { className: ['note-row'] }, [h('td', { colSpan: COLUMNS.length, dataLabel: 'Note' }, c.note)])] : []),
  ];
}

/** The table of `claims` with its caption (for screen readers), then the line offering its downloads. */
export function claimsTable(claims: readonly ClaimRecord[], caption: string, ctx: ClaimRowContext): Element[] {
  const rows = claims.length;
  return [
    h('div', { className: ['table-wrap', 'stack'] }, [
      h('table', { className: ['claims'] }, [
        h('caption', { className: ['visually-hidden'] }, caption),
        h('thead', [h('tr', COLUMNS.map((column) => h('th', { scope: 'col', className: column === 'Killed' ? ['num'] : undefined }, column)))]),
        h('tbody', claims.flatMap((c) => row(c, ctx))),
      ]),
    ]),
    h('p', { className: ['downloads'] }, [
      `Download ${rows === 1 ? 'this claim' : `these ${rows} claims`}: `,
      h('a', { href: ctx.href.download('csv'), download: true }, 'CSV'),
      ' · ',
      h('a', { href: ctx.href.download('json'), download: true }, 'JSON'),
      ' · ',
      h('a', { href: ctx.href.columns }, 'what the columns mean'),
    ]),
  ];
}
