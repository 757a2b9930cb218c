import { claimPhrase, incidentLayers, LAYER_NAMES, type ClaimRecord, type Incident } from '../claims/index.ts';
import { figureWords } from '../format/format-count.ts';
import { formatClaimDate } from '../dates/format-date.ts';
import { byWords } from '../format/names.ts';

/** How the lookup names things and finds where a claim is written. */
export interface MatchContext {
  region: (id: string) => string;
  actor: (id: string) => string;
  claimant: (id: string) => string;
  /** `content/briefs/…md:14`, where the claim is written. */
  whereWritten: (claim: ClaimRecord) => string;
}


/** The lookup's report: each incident with its id, figure, claims and briefs, and the `incident:` line to reuse. */
export function formatMatches(incidents: readonly Incident[], context: MatchContext): string {
  if (incidents.length === 0) return 'No incident matches. Try a place, an actor or a date such as 2023-09.';
  return incidents
    .map((incident) => {
      const by = byWords(incident.perpetrators.map(context.actor));
      const layers = incidentLayers(incident).map((l) => `${LAYER_NAMES[l.layer].name.toLowerCase()} ${figureWords(l.range, l.claims)}`);
      return [
        `${incident.id}`,
        `  ${formatClaimDate(incident.date)} · ${context.region(incident.region)} (${incident.region}) · ${by}`,
        `  killed: ${layers.join('; ') || 'every claim discounted'}`,
        ...incident.claims.map(
          (c) => `  - ${c.id}: “${claimPhrase(c)}” according to ${context.claimant(c.claimant)} (${c.stance}, ${c.grade})${c.place ? `, “${c.place}”` : ''}\n      ${context.whereWritten(c)}`,
        ),
        `  To add a claim about this event, give it the line:  incident: ${incident.id}`,
      ].join('\n');
    })
    .join('\n\n');
}
