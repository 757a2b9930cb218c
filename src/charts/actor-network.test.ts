import { describe, expect, it } from 'vitest';
import { actorColor } from './actor-colors.ts';
import { actorNetwork } from './actor-network.ts';
import { badNumbers, roundForSnapshot } from './test-round.ts';
import type { NetworkLink, NetworkNode } from './types.ts';

const node = (id: string, label: string, briefs: number): NetworkNode => ({ id, label, briefs, href: `/actors/${id}/` });

const nodes = [
  node('wagner-group', 'Wagner Group', 9),
  node('fama', 'FAMa', 7),
  node('jnim', 'JNIM', 6),
  node('islamic-state-sahel', 'IS Sahel', 4),
  node('minusma', 'MINUSMA', 2),
];
const links: NetworkLink[] = [
  { source: 'wagner-group', target: 'fama', weight: 6 },
  { source: 'jnim', target: 'fama', weight: 3 },
  { source: 'jnim', target: 'islamic-state-sahel', weight: 2 },
  { source: 'wagner-group', target: 'jnim', weight: 2 },
  { source: 'minusma', target: 'fama', weight: 1 },
];

describe('actorNetwork', () => {
  it('lays out the co-mention network', () => {
    expect(roundForSnapshot(actorNetwork({ nodes, links }, { id: 'net' }))).toMatchSnapshot();
  });

  it("links every number of its tables to the briefs it counts, on an actor's page", () => {
    const g = actorNetwork({ nodes, links }, { id: 'net' });
    expect(g.tables.flatMap((t) => t.rows.flatMap((r) => r.cells)).every((c) => /^\/actors\/[a-z-]+\/#timeline-heading$/.test(c.href ?? ''))).toBe(true);
  });

  it('gives the same picture on every run and for any input order', () => {
    const a = actorNetwork({ nodes, links }, { id: 'net' });
    const b = actorNetwork({ nodes, links }, { id: 'net' });
    const c = actorNetwork({ nodes: [...nodes].reverse(), links: [...links].reverse().map((l) => ({ ...l, source: l.target, target: l.source })) }, { id: 'net' });
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });

  it('rounds positions and keeps nodes inside the frame', () => {
    const g = actorNetwork({ nodes, links }, { id: 'net' });
    for (const n of g.nodes) {
      expect(Math.round(n.x * 10) / 10).toBe(n.x);
      expect(Math.round(n.y * 10) / 10).toBe(n.y);
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r).toBeLessThanOrEqual(g.width);
      expect(n.y - n.r).toBeGreaterThanOrEqual(0);
      expect(n.y + n.r).toBeLessThanOrEqual(g.height);
    }
  });

  it('draws one layout at every width: the same neighbours, no circle over another', () => {
    const wide = actorNetwork({ nodes, links }, { id: 'net', width: 720, height: 440 });
    const narrow = actorNetwork({ nodes, links }, { id: 'net-narrow', width: 360, height: 330 });
    // Left to right and top to bottom, the actors come in the same order in both frames.
    const order = (g: typeof wide, axis: 'x' | 'y') => [...g.nodes].sort((a, b) => a[axis] - b[axis] || (a.id < b.id ? -1 : 1)).map((n) => n.id);
    expect(order(narrow, 'x')).toEqual(order(wide, 'x'));
    expect(order(narrow, 'y')).toEqual(order(wide, 'y'));
    for (const g of [wide, narrow])
      for (const a of g.nodes) for (const b of g.nodes) if (a.id < b.id) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(a.r + b.r);
  });

  it('sizes nodes by briefs and links by shared briefs, in site-wide colours', () => {
    const g = actorNetwork({ nodes, links }, { id: 'net' });
    const r = Object.fromEntries(g.nodes.map((n) => [n.id, n.r]));
    expect(r['wagner-group']).toBe(18);
    expect(r['wagner-group']! > r['jnim']! && r['jnim']! > r['minusma']!).toBe(true);
    expect(g.links[0]).toMatchObject({ source: 'fama', target: 'wagner-group', width: 6 });
    expect(g.links.at(-1)).toMatchObject({ source: 'fama', target: 'minusma', width: 1 });
    for (const n of g.nodes) expect(n.color).toBe(actorColor(n.id));
  });

  it('draws each link from one node centre to the other', () => {
    const g = actorNetwork({ nodes, links }, { id: 'net' });
    const at = new Map(g.nodes.map((n) => [n.id, n]));
    for (const l of g.links) {
      expect([l.x1, l.y1]).toEqual([at.get(l.source)!.x, at.get(l.source)!.y]);
      expect([l.x2, l.y2]).toEqual([at.get(l.target)!.x, at.get(l.target)!.y]);
    }
  });

  it('drops links to unknown actors, self-links and duplicates', () => {
    const g = actorNetwork(
      {
        nodes,
        links: [...links, { source: 'fama', target: 'nobody', weight: 3 }, { source: 'jnim', target: 'jnim', weight: 1 }, { source: 'fama', target: 'wagner-group', weight: 2 }],
      },
      { id: 'net' },
    );
    expect(g.links).toHaveLength(links.length);
    expect(g.links[0]!.width).toBe(6);
  });

  it('draws a single actor in the middle', () => {
    const g = actorNetwork({ nodes: [node('jnim', 'JNIM', 1)], links: [] }, { id: 'net' });
    expect(g.nodes[0]).toMatchObject({ x: 320, y: 210 });
    expect(g.desc).toContain('No two of them share a brief.');
    expect(badNumbers(g)).toEqual([]);
  });

  it('gives an empty state, not NaN, for no data', () => {
    const g = actorNetwork({ nodes: [], links: [] }, { id: 'net' });
    expect(g.empty?.text).toBe('No actors to show.');
    expect(badNumbers(g)).toEqual([]);
  });
});
