import { describe, expect, it } from 'vitest';
import { claimsAsOf, mentionNetwork, monthlyIncidents, monthlyLayers, perpetratorBars, regionPoints } from './chart-data.ts';
import { claimRecord } from '../lib/claims/test-claims.ts';

const claims = [
  claimRecord({ id: 'moura-hrw', incident: 'moura', date: '2022-03', region: 'moura', perpetrators: ['fama', 'wagner'], killed: 'about 300', grade: 'fair' }),
  claimRecord({ id: 'moura-ctp', incident: 'moura', date: '2022-03-31', region: 'moura', perpetrators: ['fama', 'wagner'], killed: 'at least 300', grade: 'fair' }),
  claimRecord({ id: 'koumbori-jnim', date: '2022-05-04', region: 'koumbori', perpetrators: ['jnim'], killed: 'over 50', claimant: 'jnim', stance: 'claimed', grade: 'weak' }),
  claimRecord({ id: 'gone', date: '2022-04', region: 'gao', perpetrators: ['jnim'], killed: 900, grade: 'discounted' }),
  claimRecord({ id: 'acled-2022', date: '2022', region: 'moura', killed: 'hundreds', scope: 'aggregate' }),
];

describe('monthlyLayers', () => {
  it('draws each layer by month on one contiguous axis, incidents once, discounted never', () => {
    const { months, unbinned } = monthlyLayers(claims);
    expect(months.map((m) => m.month)).toEqual(['2022-03', '2022-04', '2022-05']);
    expect(months[0]!.layers.headline).toEqual({ range: { low: 300, high: null }, incidents: 1, numbered: 1, claimIds: ['moura-ctp', 'moura-hrw'] });
    expect(months[1]!.layers.headline.incidents).toBe(0);
    expect(months[2]!.layers.claimed).toEqual({ range: { low: 51, high: null }, incidents: 1, numbered: 1, claimIds: ['koumbori-jnim'] });
    expect(unbinned).toBe(0);
  });

  it("draws an incident in one layer only: Moura's weak 'hundreds' adds no mark beside its headline 300+", () => {
    const withWeak = [...claims, claimRecord({ id: 'moura-jnim', incident: 'moura', date: '2022-03', region: 'moura', perpetrators: ['wagner'], killed: 'hundreds', claimant: 'jnim', stance: 'alleged', grade: 'weak' })];
    const { months } = monthlyLayers(withWeak);
    expect(months[0]!.layers.headline.range).toEqual({ low: 300, high: null });
    expect(months[0]!.layers.weak.incidents).toBe(0);
  });

  it('links each cell to the incidents it counts', () => {
    const { months } = monthlyLayers(claims, { claimant: (id) => id, actor: (id) => id, region: (id) => id, incidents: (list, layer) => `/${layer}/${list.map((i) => i.id).join('+')}/` });
    expect(months[0]!.layers.headline.href).toBe('/headline/moura/');
    expect(months[1]!.layers.headline.href).toBeUndefined();
  });

  it('gives period totals as spans naming who counted, who killed whom, and where', () => {
    const names = { claimant: (id: string) => (id === 'acled' ? 'ACLED' : id), actor: (id: string) => id.toUpperCase(), region: (id: string) => `the ${id} region`, claim: (c: { id: string }) => `/claims/#${c.id}` };
    const { months, spans } = monthlyLayers(claims, names);
    expect(spans).toEqual([{ id: 'acled-2022', claimant: 'ACLED', from: '2022-01-01', to: '2022-12-31', range: { low: 200, high: null }, phrase: 'hundreds', layer: 'unassessed', victims: 'civilians', perpetrators: 'by perpetrators not named', region: 'the moura region', href: '/claims/#acled-2022' }]);
    expect(months.map((m) => m.layers.unassessed.incidents)).toEqual([0, 0, 0]);
  });
});

describe('perpetratorBars', () => {
  it('gives each perpetrator one bar per layer, never merging a boast into the headline, and marks shared incidents', () => {
    const bars = perpetratorBars(claims, (id) => id.toUpperCase(), (id) => `/actors/${id}/`, (id) => (id === 'jnim' ? '#0072b2' : undefined));
    expect(bars).toEqual([
      { key: 'fama/headline', label: 'FAMA', layer: 'headline', range: { low: 300, high: null }, incidents: 1, numbered: 1, shared: 1, href: '/actors/fama/' },
      { key: 'wagner/headline', label: 'WAGNER', layer: 'headline', range: { low: 300, high: null }, incidents: 1, numbered: 1, shared: 1, href: '/actors/wagner/' },
      { key: 'jnim/claimed', label: 'JNIM: claimed by the perpetrator', layer: 'claimed', range: { low: 51, high: null }, incidents: 1, numbered: 1, href: '/actors/jnim/', color: '#0072b2' },
    ]);
  });

  it('leaves out a perpetrator named only in period totals, rather than drawing it as 0', () => {
    const only = [claimRecord({ id: 'hrw-2024', date: { from: '2024-05-01', to: '2024-12-12' }, scope: 'aggregate', perpetrators: ['is-sahel'], killed: 'dozens', grade: 'fair' })];
    expect(perpetratorBars(only, (id) => id, (id) => id, () => undefined)).toEqual([]);
  });
});

describe('regionPoints', () => {
  it('puts incidents at their region with the headline figure, the other layers beside it, leaving out regions it cannot place', () => {
    const regions = new Map([['moura', { name: 'Moura', lat: 14.2, lon: -4.4 }], ['koumbori', { name: 'Koumbori', lat: 13.9, lon: -1.9 }], ['mali', { name: 'Mali', lat: 17, lon: -4, level: 'country' }]]);
    const withCountry = [...claims, claimRecord({ id: 'mali-kidnap', date: '2022-04', region: 'mali', perpetrators: ['jnim'], killed: 0, grade: 'fair' })];
    expect(regionPoints(withCountry, regions, (id) => `/regions/${id}/`)).toEqual([
      { id: 'koumbori', label: 'Koumbori', lat: 13.9, lon: -1.9, incidents: 1, range: { low: 0, high: 0, unknown: true }, layers: { claimed: { low: 51, high: null } }, href: '/regions/koumbori/' },
      { id: 'mali', label: 'Mali', lat: 17, lon: -4, incidents: 1, range: { low: 0, high: 0 }, precision: 'country', href: '/regions/mali/' },
      { id: 'moura', label: 'Moura', lat: 14.2, lon: -4.4, incidents: 1, range: { low: 300, high: null }, href: '/regions/moura/' },
    ]);
  });
});

describe('claimsAsOf', () => {
  it("keeps what the site held at a brief's cutoff: briefs published by then, and the brief's own claims", () => {
    const early = { ...claimRecord({ id: 'early' }), brief: 'b1', briefDate: '2022-05-06' };
    const own = { ...claimRecord({ id: 'own' }), brief: 'b2', briefDate: '2022-09-30' };
    const later = { ...claimRecord({ id: 'later' }), brief: 'b3', briefDate: '2023-09-21' };
    expect(claimsAsOf([early, own, later], { cutoff: '2022-09-29T10:00Z', brief: 'b2' }).map((c) => c.id)).toEqual(['early', 'own']);
    expect(claimsAsOf([early, own, later], { cutoff: '2022-05-06', brief: 'b1' }).map((c) => c.id)).toEqual(['early']);
  });
});

describe('mentionNetwork', () => {
  it('links only the actors asked for, each pair once', () => {
    const mentions = new Map([
      ['a', [{ actor: 'b', briefs: 2 }, { actor: 'c', briefs: 1 }]],
      ['b', [{ actor: 'a', briefs: 2 }]],
    ]);
    const network = mentionNetwork(['b', 'a'], () => 3, mentions, (id) => id, (id) => id, () => undefined);
    expect(network.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(network.links).toEqual([{ source: 'a', target: 'b', weight: 2 }]);
  });
});

describe('monthlyIncidents', () => {
  it('counts incidents per month on the given axis', () => {
    expect(monthlyIncidents(claims, ['2022-02', '2022-03', '2022-04', '2022-05'])).toEqual([0, 1, 0, 1]);
  });
});

describe('unknown figures', () => {
  it('are read as unknown, not zero', () => {
    const unknown = [claimRecord({ id: 'tinza', date: '2024-07', region: 'tinzaouaten', perpetrators: ['cma'], killed: 'unknown', grade: 'fair' })];
    const bars = perpetratorBars(unknown, (id) => id, (id) => id, () => undefined);
    expect(bars[0]!.range).toEqual({ low: 0, high: 0, unknown: true });
    expect(monthlyLayers(unknown).months[0]!.layers.headline).toMatchObject({ range: { low: 0, high: 0, unknown: true }, incidents: 1, numbered: 0 });
  });
});
