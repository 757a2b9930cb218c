import { extent, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, max, randomLcg, scaleLinear, scaleSqrt } from 'd3';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3';
import { actorColor } from './actor-colors.ts';
import { plural } from '../lib/plural.ts';
import { chartIds, round1, type ChartIds, type DataTable, type EmptyState } from './geometry.ts';
import { placeLabels, spotsAround, textWidth, wrapText } from './place-labels.ts';
import type { NetworkLink, NetworkNode } from './types.ts';

/** Options of the co-mention network. */
export interface ActorNetworkOptions {
  /** Unique on the page: prefixes the ids of the title and description. */
  id: string;
  width?: number;
  height?: number;
  /** Steps of the force layout; more settle it further. */
  ticks?: number;
  /** Size of the names, in viewBox pixels, for placing them without collisions. */
  fontSize?: number;
}

/** An actor: a circle sized by its briefs, and its name. */
export interface NetworkCircle {
  id: string;
  href: string;
  color: string;
  x: number;
  y: number;
  r: number;
  /** Null when the name has no room free of other names and circles (the title and table keep it). */
  label: { x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end'; lines: string[] } | null;
  title: string;
}

/** Two actors mentioned together: a line as wide as their shared briefs. */
export interface NetworkEdge {
  source: string;
  target: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  title: string;
}

/** Everything the component draws. */
export interface ActorNetworkGeometry {
  ids: ChartIds;
  width: number;
  height: number;
  empty: EmptyState | null;
  links: NetworkEdge[];
  nodes: NetworkCircle[];
  desc: string;
  tables: DataTable[];
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
}

const briefsLabel = (n: number) => plural(n, 'brief');
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Actors mentioned in the same briefs, laid out by a force simulation run to the end at
 * build time, once per network (see `networkLayout`). Inputs are sorted and the randomness
 * seeded, so the same data always gives the same picture, whatever order it came in.
 */
export function actorNetwork(
  data: { nodes: readonly NetworkNode[]; links: readonly NetworkLink[] },
  options: ActorNetworkOptions,
): ActorNetworkGeometry {
  const { width = 640, height = 420, ticks = 40, fontSize: font = 12 } = options;
  const ids = chartIds(options.id);
  const known = new Map(data.nodes.map((n) => [n.id, n]));
  const actors = [...known.values()].sort(byId);
  // Keep links between known, distinct actors, each pair once (the larger weight if given
  // twice) with its ends in a stable order.
  const pairs = new Map<string, NetworkLink>();
  for (const l of data.links) {
    if (!(l.weight > 0) || l.source === l.target || !known.has(l.source) || !known.has(l.target)) continue;
    const [source = '', target = ''] = [l.source, l.target].sort();
    const key = `${source}\u0000${target}`;
    pairs.set(key, { source, target, weight: Math.max(l.weight, pairs.get(key)?.weight ?? 0) });
  }
  const edges = [...pairs.values()].sort((a, b) => b.weight - a.weight || byId({ id: a.source }, { id: b.source }) || byId({ id: a.target }, { id: b.target }));
  const tables = tabulate(actors, edges, known);
  if (actors.length === 0) {
    const text = 'No actors to show.';
    const empty = { text, x: round1(width / 2), y: round1(height / 2) };
    return { ids, width, height, empty, links: [], nodes: [], desc: text, tables };
  }

  // 1. Sizes: circle area by briefs, line width by shared briefs.
  const r = scaleSqrt([0, Math.max(max(actors, (n) => n.briefs) ?? 0, 1)], [4, 18]);
  const w = scaleLinear([1, Math.max(max(edges, (l) => l.weight) ?? 0, 1)], [1, 6]).clamp(true);

  // 2. Where each actor sits: one seeded layout per network, whatever the frame.
  const sizes = actors.map((n) => ({ id: n.id, r: r(n.briefs) }));
  const placed = networkLayout(sizes, edges, ticks);

  // 3. Fit the layout into the frame, each axis stretched to fill it (a network's distances
  //    mean nothing, its neighbours do), a small network growing at most twofold so that it
  //    does not float in a corner of white.
  const inset = 18 + 8;
  const labelRoom = Math.min(90, width / 8); // a name beside a node near the edge
  const [x0 = 0, x1 = 0] = extent(placed, (d) => d.x);
  const [y0 = 0, y1 = 0] = extent(placed, (d) => d.y);
  const kx = Math.min(Math.max(width - 2 * (inset + labelRoom), 10) / Math.max(x1 - x0, 1), 2);
  const ky = Math.min(Math.max(height - 2 * inset, 10) / Math.max(y1 - y0, 1), 2);
  const px = (d: { x: number }) => round1(width / 2 + (d.x - (x0 + x1) / 2) * kx);
  const py = (d: { y: number }) => round1(height / 2 + (d.y - (y0 + y1) / 2) * ky);
  const at = new Map(placed.map((d) => [d.id, { x: px(d), y: py(d), r: round1(d.r) }]));

  const circles = actors.map((n): NetworkCircle => {
    const p = at.get(n.id)!;
    return { id: n.id, href: n.href, color: n.color ?? actorColor(n.id), ...p, label: null, title: `${n.label}: ${briefsLabel(n.briefs)}` };
  });
  // 4. Names beside their circles, never over another name or circle.
  const obstacles = circles.map((c) => ({ x: c.x - c.r, y: c.y - c.r, width: 2 * c.r, height: 2 * c.r }));
  const order = circles.map((_, i) => i).sort((a, b) => circles[b]!.r - circles[a]!.r || a - b);
  // Towards the middle first, as a name near an edge has no room beyond it; a long name
  // with no room on one line tries two ("Government of / the United States").
  const options4 = order.map((i) => {
    const c = circles[i]!;
    const name = actors[i]!.label;
    const side = c.x > width / 2 ? 'left' : 'right';
    const wrapped = wrapText(name, textWidth(name, font) / 2 + font, font);
    return [
      ...spotsAround(c, textWidth(name, font), font, [4], side).map((spot) => ({ spot, lines: [name] })),
      ...(wrapped.length === 2 ? spotsAround(c, Math.max(...wrapped.map((l) => textWidth(l, font))), font, [4], side, 2).map((spot) => ({ spot, lines: wrapped })) : []),
    ];
  });
  const chosen = placeLabels(options4.map((list) => list.map((o) => o.spot.box)), obstacles, { x: 0, y: 0, width, height });
  order.forEach((i, k) => {
    const c = chosen[k];
    if (c === null || c === undefined) return;
    const { spot: { at: spot }, lines } = options4[k]![c]!;
    circles[i]!.label = { x: round1(spot.x), y: round1(spot.y), text: actors[i]!.label, anchor: spot.anchor, lines };
  });
  const lines = edges.map((l): NetworkEdge => {
    const a = at.get(l.source)!;
    const b = at.get(l.target)!;
    const title = `${known.get(l.source)!.label} and ${known.get(l.target)!.label}: ${briefsLabel(l.weight)} together`;
    return { source: l.source, target: l.target, x1: a.x, y1: a.y, x2: b.x, y2: b.y, width: round1(w(l.weight)), title };
  });

  return { ids, width, height, empty: null, links: lines, nodes: circles, desc: describe(actors, edges, known), tables };
}

const layouts = new Map<string, readonly { id: string; x: number; y: number; r: number }[]>();

/**
 * Where each actor sits, by a force simulation run to the end in a frame of its own (wide
 * and narrow drawings, the standalone file and the feed picture of a network stretch the
 * same layout into theirs): started from fixed places, with inputs in a stable order, so
 * the same network always gives the same layout. Computed once per
 * network and kept, as one page draws it at two widths and its chart file and feed picture
 * draw it again.
 */
function networkLayout(sizes: readonly { id: string; r: number }[], edges: readonly NetworkLink[], ticks: number) {
  const key = JSON.stringify([ticks, sizes, edges.map((l) => [l.source, l.target])]);
  const known = layouts.get(key);
  if (known) return known;
  // Started near where the forces take them: the actor with the most shared briefs (on an
  // actor's page, the actor itself) in the middle, the others on a ring around it, strongest
  // ties first. From there 40 steps settle it as well as 120 from scattered starts.
  const ties = new Map<string, number>();
  for (const l of edges) for (const id of [l.source, l.target]) ties.set(id, (ties.get(id) ?? 0) + l.weight);
  const order = [...sizes].sort((a, b) => (ties.get(b.id) ?? 0) - (ties.get(a.id) ?? 0) || byId(a, b));
  const ring = Math.max(140, 8 * sizes.length);
  const rank = new Map(order.map((n, i) => [n.id, i]));
  const nodes: SimNode[] = sizes.map((n) => {
    const i = rank.get(n.id)!;
    const angle = (2 * Math.PI * (i - 1)) / Math.max(sizes.length - 1, 1);
    return i === 0 ? { ...n, x: 0, y: 0 } : { ...n, x: Math.cos(angle) * ring, y: Math.sin(angle) * ring };
  });
  const links: SimulationLinkDatum<SimNode>[] = edges.map((l) => ({ source: l.source, target: l.target }));
  forceSimulation(nodes)
    .randomSource(randomLcg(42))
    // Cool fully within `ticks` steps: a small network settles in far fewer than d3's 300.
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .force('link', forceLink<SimNode, SimulationLinkDatum<SimNode>>(links).id((d) => d.id).distance(70))
    .force('charge', forceManyBody().strength(-160))
    .force('collide', forceCollide<SimNode>((d) => d.r + 14))
    .force('x', forceX(0).strength(0.06))
    .force('y', forceY(0).strength(0.06))
    .stop()
    .tick(ticks);
  const placed = nodes.map((d) => ({ id: d.id, x: d.x ?? 0, y: d.y ?? 0, r: d.r }));
  // A long `astro dev` session meets many networks; a build, one per actor and chart.
  if (layouts.size >= 2000) layouts.clear();
  layouts.set(key, placed);
  return placed;
}

/** The numbers in words: the actors by briefs, then the strongest ties. */
function describe(actors: readonly NetworkNode[], edges: readonly NetworkLink[], known: Map<string, NetworkNode>): string {
  const most = [...actors].sort((a, b) => b.briefs - a.briefs || byId(a, b));
  const people = most.map((n) => `${n.label} (${briefsLabel(n.briefs)})`).join(', ');
  const ties = edges
    .slice(0, 5)
    .map((l) => `${known.get(l.source)!.label} and ${known.get(l.target)!.label} (${l.weight})`)
    .join(', ');
  const tieText = edges.length === 0 ? 'No two of them share a brief.' : `Most often mentioned together: ${ties}.`;
  return `Network of ${actors.length === 1 ? 'one actor' : `${actors.length} actors`} mentioned in the same briefs: ${people}. ${tieText}`;
}

/** Two tables: actors with their briefs, and pairs with their shared briefs. */
function tabulate(actors: readonly NetworkNode[], edges: readonly NetworkLink[], known: Map<string, NetworkNode>): DataTable[] {
  const most = [...actors].sort((a, b) => b.briefs - a.briefs || byId(a, b));
  return [
    {
      caption: 'Actors by number of briefs',
      columns: ['Actor', 'Briefs'],
      numeric: [1],
      // Each number links to the briefs it counts: the actor's page lists them.
      rows: most.map((n) => ({ header: { text: n.label, href: n.href }, cells: [{ text: String(n.briefs), href: `${n.href}#timeline-heading` }] })),
    },
    {
      caption: 'Actors mentioned in the same briefs',
      columns: ['Actors', 'Briefs together'],
      numeric: [1],
      rows: edges.map((l) => ({
        header: { text: `${known.get(l.source)!.label} – ${known.get(l.target)!.label}` },
        cells: [{ text: String(l.weight), href: `${known.get(l.source)!.href}#timeline-heading` }],
      })),
    },
  ];
}
