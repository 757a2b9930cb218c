import { describe, expect, it } from 'vitest';
import { cellLabel, incidentsNote, periodLabel, rangeLabel } from './labels.ts';

describe('labels', () => {
  it('reads ranges as the site writes them, and no figure never as 0', () => {
    expect(rangeLabel({ low: 51, high: null })).toBe('51+');
    expect(rangeLabel({ low: 20, high: 35 })).toBe('20–35');
    expect(rangeLabel({ low: 0, high: 0 })).toBe('0');
    expect(rangeLabel({ low: 0, high: 0, unknown: true })).toBe('no figure');
  });

  it('says how many incidents give no figure', () => {
    expect(incidentsNote({ incidents: 5, numbered: 1 })).toBe('5 incidents, 4 give no figure');
    expect(incidentsNote({ incidents: 2, numbered: 1 })).toBe('2 incidents, 1 gives no figure');
    expect(incidentsNote({ incidents: 2, numbered: 0 })).toBe('2 incidents');
    expect(cellLabel({ range: { low: 51, high: null }, incidents: 5, numbered: 1 })).toBe('51+ (5 incidents, 4 give no figure)');
  });

  it('names periods as readers say them', () => {
    expect(periodLabel('2024-01-01', '2024-12-31')).toBe('2024');
    expect(periodLabel('2023-01-01', '2024-12-31')).toBe('2023–2024');
    expect(periodLabel('2024-05-01', '2024-12-12')).toBe('May–Dec 2024');
    expect(periodLabel('2013-07-01', '2023-09-11')).toBe('Jul 2013 – Sep 2023');
  });
});
