import { describe, expect, it } from 'vitest';
import { actorColor } from './actor-colors.ts';
import { claimsByPerpetrator } from './claims-by-perpetrator.ts';
import { badNumbers, roundForSnapshot } from './test-round.ts';
import type { Bar } from './types.ts';

const bar = (key: string, label: string, low: number, high: number | null, incidents = 1): Bar => ({
  key,
  label,
  range: { low, high },
  incidents,
  href: `/actors/${key}/`,
});

const data = [
  bar('jnim', 'JNIM', 20, 35, 3),
  bar('wagner-group', 'Wagner Group', 51, null, 2),
  bar('fama', 'FAMa', 12, 12),
  bar('islamic-state-sahel', 'IS Sahel', 200, null, 4),
  bar('dozo', 'Dozo militia', 20, 35),
];

describe('claimsByPerpetrator', () => {
  it('draws one range bar per perpetrator', () => {
    expect(roundForSnapshot(claimsByPerpetrator(data, { id: 'perp' }))).toMatchSnapshot();
  });

  it('sorts open ranges first, then by high end, then by name', () => {
    const g = claimsByPerpetrator(data, { id: 'p' });
    expect(g.rows.map((r) => r.label.text)).toEqual(['IS Sahel', 'Wagner Group', 'Dozo militia', 'JNIM', 'FAMa']);
    expect(g.table.rows.map((r) => r.header.text)).toEqual(['IS Sahel', 'Wagner Group', 'Dozo militia', 'JNIM', 'FAMa']);
  });

  it('labels ranges as readers write them and marks open ones', () => {
    const g = claimsByPerpetrator(data, { id: 'p' });
    const text = Object.fromEntries(g.rows.map((r) => [r.key, r.value.text]));
    expect(text).toEqual({ 'islamic-state-sahel': '200+', 'wagner-group': '51+', dozo: '20–35', jnim: '20–35', fama: '12' });
    const wagner = g.rows.find((r) => r.key === 'wagner-group')!;
    expect(wagner.open).toBe(true);
    expect(wagner.arrow).toMatch(/^M.*Z$/);
    expect(wagner.x + wagner.width).toBeGreaterThan(g.plot.right);
    expect(g.rows.find((r) => r.key === 'jnim')!.arrow).toBeNull();
  });

  it('keeps each actor in its site-wide colour and links to its page', () => {
    const g = claimsByPerpetrator(data, { id: 'p' });
    for (const row of g.rows) {
      expect(row.color).toBe(actorColor(row.key));
      expect(row.href).toBe(`/actors/${row.key}/`);
    }
  });

  it('keeps the longest value text inside the frame', () => {
    const g = claimsByPerpetrator([bar('a', 'A', 1200, 3400), bar('b', 'B', 10, null)], { id: 'p' });
    for (const row of g.rows) expect(row.value.x + row.value.text.length * 6.6).toBeLessThanOrEqual(g.width);
  });

  it('draws a single perpetrator with a single value', () => {
    const g = claimsByPerpetrator([bar('a', 'A', 0, 0)], { id: 'p' });
    expect(g.rows[0]!.width).toBeGreaterThanOrEqual(2);
    expect(badNumbers(g)).toEqual([]);
  });

  it('gives an empty state, not NaN, for no data', () => {
    const g = claimsByPerpetrator([], { id: 'p' });
    expect(g.empty?.text).toBe('No claims with a known perpetrator.');
    expect(g.height).toBeGreaterThan(0);
    expect(badNumbers(g)).toEqual([]);
  });
});
