import type { IncidentTimeline, TimelineStep } from './incident-timeline.ts';

/** The figure from a day on, where it changed: listed after that day's claims and corrections. */
export interface FigureItem extends TimelineStep {
  kind: 'figure';
}

/** One line of an incident's history as its page lists it. */
export type TimelineItem = IncidentTimeline['entries'][number] | FigureItem;

/**
 * An incident's history as one list, oldest first: each claim as published, each figure
 * replaced, each correction touching it, and after the last of a day's entries the figure
 * that day left, wherever it changed.
 */
export function timelineItems(timeline: Pick<IncidentTimeline, 'entries' | 'steps'>): TimelineItem[] {
  const items: TimelineItem[] = [];
  const steps = [...timeline.steps];
  timeline.entries.forEach((entry, n) => {
    items.push(entry);
    const next = timeline.entries[n + 1];
    if (next?.date === entry.date) return;
    // Steps fall on days with a publication or a revision, so each meets its day here.
    while (steps[0] && steps[0].date <= entry.date) items.push({ kind: 'figure', ...steps.shift()! });
  });
  return items;
}
