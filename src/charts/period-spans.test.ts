import { describe, expect, it } from 'vitest';
import { monthAxis } from './month-axis.ts';
import { periodSpans, spanFigure } from './period-spans.ts';
import type { PeriodSpan } from './types.ts';

const span = (id: string, from: string, to: string, phrase: string, low: number, high: number | null): PeriodSpan => ({ id, claimant: 'ACLED', from, to, range: { low, high }, phrase, layer: 'headline', victims: 'people', perpetrators: 'by FAMa and Wagner', region: 'Mali' });

describe('periodSpans', () => {
  it('brackets the months a period covers, with arrows where it runs off the axis', () => {
    const axis = monthAxis('2024-01', '2024-12', new Set(['2024-01', '2024-06', '2024-12']), 0, 600);
    const { spans } = periodSpans([span('a', '2023-07-01', '2024-06-30', 'more than 900', 901, null)], axis, { left: 0, right: 600, top: 100 }, 12);
    expect(spans[0]).toMatchObject({ x1: 0, before: true, after: false, text: { label: 'ACLED, Jul 2023 – Jun 2024, Mali: more than 900 people killed (901+) by FAMa and Wagner' } });
    expect(spans[0]!.x2).toBeCloseTo(axis.at('2024-06', 'end'), 0);
  });

  it('shares a lane between spans whose labels do not touch, and stacks those that would', () => {
    const axis = monthAxis('2020-01', '2024-12', new Set(['2020-01', '2024-12']), 0, 1000);
    const periods = [span('a', '2020-01-01', '2020-01-31', '5', 5, 5), span('b', '2024-12-01', '2024-12-31', '6', 6, 6), span('c', '2024-12-01', '2024-12-31', '7', 7, 7)];
    const { spans, bottom } = periodSpans(periods, axis, { left: 0, right: 1000, top: 0 }, 12);
    expect(spans.map((s) => s.y)).toEqual([18, 18, 46]);
    expect(bottom).toBe(56);
  });

  it('wraps a label too wide for a narrow drawing, never leaving out who killed whom', () => {
    const axis = monthAxis('2024-01', '2024-12', new Set(['2024-01', '2024-12']), 0, 300);
    const long = { ...span('h', '2024-05-01', '2024-12-12', 'at least 32', 32, null), claimant: 'Human Rights Watch' };
    expect(periodSpans([long], axis, { left: 0, right: 1000, top: 0 }, 13).spans[0]!.text.lines).toEqual(['Human Rights Watch, May–Dec 2024, Mali: at least 32 people killed (32+) by FAMa and Wagner']);
    const narrow = periodSpans([long], axis, { left: 0, right: 250, top: 0 }, 13);
    expect(narrow.spans[0]!.text.lines.join(' ')).toBe('Human Rights Watch, May–Dec 2024, Mali: 32+ people killed by FAMa and Wagner');
    expect(narrow.spans[0]!.text.lines.length).toBeGreaterThan(1);
    expect(narrow.bottom).toBe(narrow.spans[0]!.text.lines.length * 29);
  });

  it('writes no figure, not 0, for a period total without one', () => {
    expect(spanFigure({ ...span('a', '2024-01-01', '2024-12-31', 'unknown', 0, 0), range: { low: 0, high: 0, unknown: true } })).toBe('no figure for people killed');
    expect(spanFigure({ ...span('a', '2024-05-01', '2024-12-12', 'dozens', 24, null), victims: 'civilians' })).toBe('dozens of civilians killed (24+)');
    expect(spanFigure(span('a', '2024-01-01', '2024-12-31', '400', 400, 400))).toBe('400 people killed');
  });
});
