import type { Incident } from '../claims/index.ts';
import { parsePartialDate } from '../../schema/date.ts';
import { foldText as fold } from '../text/fold-text.ts';

/** The names an incident can be found by. */
export interface IncidentNames {
  /** A region's id, name and aliases, and those of the regions it lies in. */
  region: (id: string) => readonly string[];
  /** An actor's or source's id, names and aliases. */
  party: (id: string) => readonly string[];
}

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * Incidents matching every word of a query, newest first: a date ("2023-09", "2022")
 * matches an incident any of whose claims' dates overlap it; any other word matches ids,
 * places as written, region names (with the regions around them) and actor names.
 */
export function searchIncidents(query: string, incidents: readonly Incident[], names: IncidentNames): Incident[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return incidents.filter((incident) => {
    let text: string | undefined;
    return words.every((word) => {
      const day = DATE.test(word) ? parsePartialDate(word) : undefined;
      if (day) return incident.claims.some((c) => c.date.start <= day.end && day.start <= c.date.end);
      text ??= fold(haystack(incident, names));
      return text.includes(fold(word));
    });
  });
}

/** Everything an incident may be looked up by, as one text. */
function haystack(incident: Incident, names: IncidentNames): string {
  const parts = [incident.id];
  for (const c of incident.claims) {
    parts.push(c.id, c.place ?? '', ...names.region(c.region), ...c.perpetrators.flatMap(names.party), ...c.victims.actors.flatMap(names.party), ...names.party(c.claimant));
  }
  return parts.join('\n');
}
