// Actors named together, printed from its layout (src/charts/actor-network.ts).
import { actorNetwork, type ActorNetworkGeometry, type ActorNetworkOptions } from '../actor-network.ts';
import type { NetworkLink, NetworkNode } from '../types.ts';
import { chartSvg, drawnChart, emptyMessage, type DrawnChart, type FrameText } from './frame.ts';
import { el, type Markup } from './markup.ts';

export interface ActorNetworkProps extends FrameText {
  /** Unique on the page: prefixes the ids of the title and description. */
  id: string;
  data: { nodes: NetworkNode[]; links: NetworkLink[] };
  options?: Omit<ActorNetworkOptions, 'id' | 'width' | 'height'>;
}

function marks(g: ActorNetworkGeometry, font: number): Markup {
  return el(
    'g',
    { style: `font-size: ${font}px` },
    el('g', { class: 'links' }, g.links.map((l) => el('line', { class: 'link', x1: l.x1, y1: l.y1, x2: l.x2, y2: l.y2, 'stroke-width': l.width }, el('title', {}, l.title)))),
    el(
      'g',
      { class: 'nodes' },
      g.nodes.map((n) =>
        el(
          'g',
          {},
          el('title', {}, n.title),
          el('circle', { class: 'node hit', cx: n.x, cy: n.y, r: n.r, fill: n.color }),
          n.label &&
            el(
              'text',
              { class: 'mark-label halo', x: n.label.x, y: n.label.y, 'text-anchor': n.label.anchor },
              n.label.lines.length === 1 ? n.label.text : n.label.lines.map((line, i) => el('tspan', { x: n.label!.x, dy: i === 0 ? 0 : font + 2 }, line)),
            ),
        ),
      ),
    ),
    emptyMessage(g.empty),
  );
}

/** The network, laid out for a wide and a narrow screen. */
export function printActorNetwork({ id, data, options, ...text }: ActorNetworkProps): DrawnChart {
  const wide = actorNetwork(data, { ...options, id, width: 720, height: 440, fontSize: 14 });
  const narrow = actorNetwork(data, { ...options, id: `${id}-narrow`, width: 360, height: 330, fontSize: 13 });
  const drawings = [chartSvg(wide, { title: text.caption, variant: 'wide' }, marks(wide, 14)), chartSvg(narrow, { title: text.caption, variant: 'narrow', twin: wide }, marks(narrow, 13))];
  return drawnChart({ id: wide.ids.base, kind: 'chart-network', tables: wide.tables, drawings }, text, wide);
}
