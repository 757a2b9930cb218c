import { expect, it } from 'vitest';
import type { IncidentTimeline } from './incident-timeline.ts';
import { timelineItems } from './timeline-items.ts';

const published = (date: string, claim: string) => ({ kind: 'published' as const, date, claim, brief: `${date}-brief`, claimant: 'acled', stance: 'reported' as const, grade: 'fair' as const, phrase: '12', layer: 'headline' as const });
const corrected = (date: string, claims: string[]) => ({
  kind: 'corrected' as const,
  date,
  claims,
  correction: { date, text: 'Fixed.', claims, brief: 'b', briefTitle: 'B', briefDate: '2023-01-01', anchor: 'c' },
});

it('lists the figure each day left after that day’s claims and corrections, only where it changed', () => {
  const timeline: Pick<IncidentTimeline, 'entries' | 'steps'> = {
    entries: [published('2023-01-01', 'a'), published('2023-01-01', 'b'), corrected('2023-01-01', ['a']), published('2023-02-01', 'c'), corrected('2023-03-01', ['c'])],
    steps: [
      { date: '2023-01-01', layer: 'headline', range: { low: 12, high: 12 }, claims: ['a'] },
      { date: '2023-02-01', layer: 'headline', range: { low: 12, high: 20 }, claims: ['a', 'c'] },
    ],
  };
  expect(timelineItems(timeline).map((i) => `${i.date} ${i.kind}${i.kind === 'figure' ? ` ${i.range?.low}-${i.range?.high}` : ''}`)).toEqual([
    '2023-01-01 published',
    '2023-01-01 published',
    '2023-01-01 corrected',
    '2023-01-01 figure 12-12',
    '2023-02-01 published',
    '2023-02-01 figure 12-20',
    '2023-03-01 corrected',
  ]);
});
