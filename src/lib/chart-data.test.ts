import { describe, expect, it } from 'vitest';
import { mentionNetwork, monthlyIncidents, monthlyLayers, perpetratorBars, regionPoints } from './chart-data.ts';
import { claimRecord } from './claims/test-claims.ts';

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
    expect(months[0]!.layers.headline).toEqual({ range: { low: 300, high: null }, incidents: 1, claimIds: ['moura-ctp', 'moura-hrw'] });
    expect(months[1]!.layers.headline.incidents).toBe(0);
    expect(months[2]!.layers.claimed).toEqual({ range: { low: 51, high: null }, incidents: 1, claimIds: ['koumbori-jnim'] });
    expect(unbinned).toBe(0);
  });
});

describe('perpetratorBars', () => {
  it('gives each perpetrator one bar per layer, never merging a boast into the headline', () => {
    const bars = perpetratorBars(claims, (id) => id.toUpperCase(), (id) => `/actors/${id}/`, (id) => (id === 'jnim' ? '#0072b2' : undefined));
    expect(bars).toEqual([
      { key: 'fama/headline', label: 'FAMA', range: { low: 300, high: null }, incidents: 1, href: '/actors/fama/' },
      { key: 'wagner/headline', label: 'WAGNER', range: { low: 300, high: null }, incidents: 1, href: '/actors/wagner/' },
      { key: 'jnim/claimed', label: 'JNIM: claimed by perpetrator', range: { low: 51, high: null }, incidents: 1, href: '/actors/jnim/', color: '#0072b2' },
    ]);
  });
});

describe('regionPoints', () => {
  it('puts incidents at their region with the headline killed, leaving out regions it cannot place', () => {
    const regions = new Map([['moura', { name: 'Moura', lat: 14.2, lon: -4.4 }], ['koumbori', { name: 'Koumbori', lat: 13.9, lon: -1.9 }]]);
    expect(regionPoints(claims, regions, (id) => `/regions/${id}/`)).toEqual([
      { id: 'koumbori', label: 'Koumbori', lat: 13.9, lon: -1.9, incidents: 1, range: { low: 0, high: 0 }, href: '/regions/koumbori/' },
      { id: 'moura', label: 'Moura', lat: 14.2, lon: -4.4, incidents: 1, range: { low: 300, high: null }, href: '/regions/moura/' },
    ]);
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
    expect(monthlyLayers(unknown).months[0]!.layers.headline.range).toEqual({ low: 0, high: 0, unknown: true });
  });
});
