// Property tests over random claim sets (seeded, so a failure replays): whatever the
// claims, every mark is proportional to a figure some claim supports (DESIGN §2.8), an
// open range never outgrows a larger exact one, and no figure is never drawn or written 0.
// The expected figures come from a plain oracle over the generated incidents, not from
// the claims arithmetic under test.
import { randomLcg } from 'd3';
import { describe, expect, it } from 'vitest';
import { monthlyLayers, perpetratorBars, regionPoints } from './chart-data.ts';
import { claimRecord } from '../lib/claims/test-claims.ts';
import type { ClaimRecord } from '../lib/claims/types.ts';
import type { ClaimInput } from '../schema/claim.ts';
import { claimsByPerpetrator } from './claims-by-perpetrator.ts';
import { fatalitiesByMonth } from './fatalities-by-month.ts';
import { LAYER_NAMES, monthLabel } from './labels.ts';
import { ARROW_LENGTH } from './range-mark.ts';
import { regionMap } from './region-map.ts';
import type { Layer } from './types.ts';

const PHRASES: [ClaimInput['killed'], number | null, number | null][] = [
  [0, 0, 0], [7, 7, 7], [200, 200, 200], ['20-35', 20, 35], ['at least 3', 3, null], ['at least 300', 300, null],
  ['over 50', 51, null], ['several', 3, null], ['dozens', 24, null], ['hundreds', 200, null], ['about 40', 40, 40], ['unknown', null, null],
];
const PROFILES: { layer: Layer; grade: ClaimInput['grade']; claimed?: true }[] = [
  { layer: 'headline', grade: 'confirmed' }, { layer: 'headline', grade: 'fair' }, { layer: 'weak', grade: 'weak' },
  { layer: 'contested', grade: 'contested' }, { layer: 'unassessed', grade: 'unassessed' }, { layer: 'claimed', grade: 'weak', claimed: true },
];
const PERPETRATORS = ['alpha', 'bravo', 'charlie'];
const REGIONS = new Map([
  ['moura', { name: 'Moura', lat: 14.2, lon: -4.4 }],
  ['gao', { name: 'Gao', lat: 16.27, lon: -0.04 }],
  ['koumbori', { name: 'Koumbori', lat: 13.9, lon: -2.3 }],
  ['mali', { name: 'Mali', lat: 17.5, lon: -4, level: 'country' }],
]);

/** One generated incident and what a reader should see of it, worked out by hand. */
interface Truth { id: string; month: string; region: string; perpetrators: string[]; layer: Layer; low: number | null; high: number | null }

function claimSet(seed: number): { claims: ClaimRecord[]; truth: Truth[] } {
  const random = randomLcg(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const claims: ClaimRecord[] = [];
  const truth: Truth[] = [];
  const incidents = 1 + Math.floor(random() * 12);
  for (let n = 0; n < incidents; n++) {
    const month = `202${2 + Math.floor(random() * 2)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`;
    const region = pick([...REGIONS.keys()]);
    const perpetrators = PERPETRATORS.filter(() => random() < 0.5);
    if (perpetrators.length === 0) perpetrators.push(pick(PERPETRATORS));
    const profile = pick(PROFILES);
    let low: number | null = null;
    let high: number | null = 0;
    const count = 1 + Math.floor(random() * 3);
    for (let c = 0; c < count; c++) {
      const [killed, min, max] = pick(PHRASES);
      if (min !== null) {
        low = low === null ? min : Math.min(low, min);
        high = high === null || max === null ? null : Math.max(high, max);
      }
      claims.push(claimRecord({
        id: `i${n}-c${c}`, incident: `i${n}`, date: month, region, perpetrators, killed, grade: profile.grade,
        ...(profile.claimed ? { stance: 'claimed', claimant: perpetrators[0]! } : {}),
      }));
    }
    truth.push({ id: `i${n}`, month, region, perpetrators, layer: profile.layer, low, high: low === null ? null : high });
  }
  if (random() < 0.3) claims.push(claimRecord({ id: 'period', date: { from: '2022-01-01', to: '2022-12-31' }, scope: 'aggregate', killed: 'more than 900', grade: 'fair' }));
  return { claims, truth };
}

/** The figure of some incidents summed as the rules say: lows add up, highs add up unless one is open. */
function sum(incidents: readonly Truth[]): { unknown: boolean; low: number; high: number | null } {
  const numbered = incidents.filter((t) => t.low !== null);
  return {
    unknown: numbered.length === 0,
    low: numbered.reduce((n, t) => n + t.low!, 0),
    high: numbered.some((t) => t.high === null) ? null : numbered.reduce((n, t) => n + t.high!, 0),
  };
}
const supported = (f: { low: number; high: number | null }) => f.high ?? f.low;

/** A linear reading of the axis from two of its labelled ticks: figure → pixel. */
function axisOf(ticks: { label: string; at: number }[]) {
  const [a, b] = [ticks[0]!, ticks.at(-1)!];
  const [va, vb] = [Number(a.label.replace(/,/g, '')), Number(b.label.replace(/,/g, ''))];
  return (v: number) => a.at + ((v - va) / (vb - va)) * (b.at - a.at);
}

const SEEDS = Array.from({ length: 150 }, (_, i) => i + 1);
const PX = 0.25; // coordinates are rounded to 0.1 px

describe('every chart, over random claim sets', () => {
  it('month chart: each bar ends at its figure, none past the largest supported, open never longer than a larger exact, unknown never 0', () => {
    for (const seed of SEEDS) {
      const { claims, truth } = claimSet(seed);
      for (const [width, fontSize] of [[720, 14], [360, 13]] as const) {
        const g = fatalitiesByMonth(monthlyLayers(claims).months, { id: 'p', width, fontSize });
        const y = axisOf(g.yTicks.map((t) => ({ label: t.label, at: t.line!.y1 })));
        const cells = g.bars.map((b) => ({ b, f: sum(truth.filter((t) => t.month === b.month && t.layer === b.layer)) }));
        const largest = Math.max(0, ...cells.filter((c) => !c.f.unknown).map((c) => supported(c.f)));
        const where = (b: (typeof g.bars)[number]) => `seed ${seed}, ${width}px, ${b.month} ${b.layer}`;
        // Incidents without a figure are never on the value scale: counted in the band under the axis.
        const silent = new Map<string, number>();
        for (const t of truth) if (t.low === null) silent.set(t.month, (silent.get(t.month) ?? 0) + 1);
        expect(Object.fromEntries((g.noFigure?.marks ?? []).map((m) => [m.month, Number(m.text.label)])), `seed ${seed}`).toEqual(Object.fromEntries(silent));
        for (const m of g.noFigure?.marks ?? []) expect(m.box.y, `seed ${seed}`).toBeGreaterThan(g.plot.bottom);
        for (const { b, f } of cells) {
          expect(f.unknown, where(b)).toBe(false);
          if (f.low === 0 && f.high === 0) { expect(b.kind, where(b)).toBe('zero'); continue; }
          expect(Math.abs(b.bar.y - y(f.low)), where(b)).toBeLessThanOrEqual(PX);
          const top = b.uncertain?.y ?? b.bar.y;
          expect(Math.abs(top - y(f.high ?? f.low)), where(b)).toBeLessThanOrEqual(PX);
          expect(top, where(b)).toBeGreaterThanOrEqual(y(largest) - PX);
          if (f.high === null) expect(Math.abs(b.bar.y - (b.arrow!.y2 - 5) - ARROW_LENGTH), where(b)).toBeLessThanOrEqual(PX);
        }
        for (const open of cells.filter((c) => !c.f.unknown && c.f.high === null)) {
          for (const exact of cells.filter((c) => !c.f.unknown && c.f.high !== null && c.f.high > open.f.low)) {
            expect(open.b.bar.y, `${where(open.b)} against ${exact.b.month} ${exact.b.layer}`).toBeGreaterThanOrEqual((exact.b.uncertain?.y ?? exact.b.bar.y) - PX);
          }
        }
        // The table says "no figure" where only such incidents are.
        for (const t of truth.filter((x) => x.low === null && !truth.some((o) => o.month === x.month && o.layer === x.layer && o.low !== null))) {
          const row = g.tables[0]!.rows.find((r) => r.header.text === monthLabel(t.month))!;
          expect(row.cells[g.tables[0]!.columns.indexOf(LAYER_NAMES[t.layer].name) - 1]!.text, `seed ${seed}`).toMatch(/^no figure \(/);
        }
      }
    }
  });

  it('perpetrator chart: the same, along x, with shared incidents marked', () => {
    for (const seed of SEEDS) {
      const { claims, truth } = claimSet(seed);
      for (const [width, fontSize] of [[720, 14], [360, 13]] as const) {
        const bars = perpetratorBars(claims, (id) => id, (id) => `/actors/${id}/`, () => undefined);
        const g = claimsByPerpetrator(bars, { id: 'p', width, fontSize });
        const x = axisOf(g.xTicks.map((t) => ({ label: t.label, at: t.x })));
        const rows = g.rows.map((r) => {
          const [perpetrator, layer] = r.key.split('/') as [string, Layer];
          const mine = truth.filter((t) => t.layer === layer && t.perpetrators.includes(perpetrator));
          return { r, f: sum(mine), shared: mine.some((t) => t.perpetrators.length > 1) };
        });
        const largest = Math.max(0, ...rows.filter((c) => !c.f.unknown).map((c) => supported(c.f)));
        for (const { r, f, shared } of rows) {
          const where = `seed ${seed}, ${width}px, ${r.key}`;
          expect(r.value.text.endsWith('*'), where).toBe(shared);
          expect(f.unknown, where).toBe(false);
          if (f.low === 0 && f.high === 0) { expect(r.kind, where).toBe('zero'); continue; }
          expect(Math.abs(r.bar.x + r.bar.width - x(f.low)), where).toBeLessThanOrEqual(PX);
          const end = r.uncertain ? r.uncertain.x + r.uncertain.width : r.bar.x + r.bar.width;
          expect(Math.abs(end - x(f.high ?? f.low)), where).toBeLessThanOrEqual(PX);
          expect(end, where).toBeLessThanOrEqual(x(largest) + PX);
        }
        for (const open of rows.filter((c) => !c.f.unknown && c.f.high === null)) {
          for (const exact of rows.filter((c) => !c.f.unknown && c.f.high !== null && c.f.high > open.f.low)) {
            const exactEnd = exact.r.uncertain ? exact.r.uncertain.x + exact.r.uncertain.width : exact.r.bar.x + exact.r.bar.width;
            expect(open.r.bar.x + open.r.bar.width, `seed ${seed}: ${open.r.key} against ${exact.r.key}`).toBeLessThanOrEqual(exactEnd + PX);
          }
        }
        // A perpetrator's layer whose incidents all give no figure is named under the axis, never drawn.
        for (const bar of bars.filter((b) => b.range.unknown)) expect(g.noFigure.map((l) => l.text).join(' '), `seed ${seed}`).toContain(bar.label);
        for (const row of g.table.rows) if (row.cells[1]!.text === '0') expect(rows.find((c) => c.r.label.text === row.header.text)!.f.unknown, `seed ${seed}`).toBe(false);
      }
    }
  });

  it('map: circle area by the headline figure, none beyond the largest supported, no figure a hollow box never written 0', () => {
    for (const seed of SEEDS) {
      const { claims, truth } = claimSet(seed);
      const points = regionPoints(claims, REGIONS, (id) => `/regions/${id}/`);
      const g = regionMap(points, { id: 'm', maxRadius: 24 });
      const figures = points.map((p) => ({ p, f: sum(truth.filter((t) => t.region === p.id && t.layer === 'headline')), all: truth.filter((t) => t.region === p.id) }));
      const largest = Math.max(0, ...truth.map((t) => t.region).map((region) => Math.max(0, ...(['headline', 'claimed', 'weak', 'contested', 'unassessed'] as Layer[]).map((layer) => {
        const f = sum(truth.filter((t) => t.region === region && t.layer === layer));
        return f.unknown ? 0 : supported(f);
      }))));
      for (const { p, f, all } of figures) {
        const c = g.circles.find((x) => x.id === p.id)!;
        const where = `seed ${seed}, ${p.id}`;
        for (const r of [c.r, c.rHigh ?? 0, ...c.rings.map((x) => x.r)]) expect(r, where).toBeLessThanOrEqual(24 + 0.05);
        if (all.every((t) => t.low === null)) {
          expect([c.unknown, c.r], where).toEqual([true, 0]);
          expect(c.label?.text ?? 'no figure', where).toMatch(/no figure$/);
        }
        if (!f.unknown && f.low > 0 && largest > 0) {
          // Area, not radius, follows the figure (circles under 3 px are drawn at 3 px).
          // Never smaller than 4 px, so a small figure is wider than a "no figure" box.
          expect(c.r, where).toBeCloseTo(Math.max(4, 24 * Math.sqrt(f.low / largest)), 0);
        }
        if (f.unknown) expect(c.r, where).toBe(0);
      }
    }
  });
});
