// Where the claims were made, printed from its geometry (src/charts/region-map.ts).
import { UNKNOWN_SIZE } from '../range-mark.ts';
import { regionMap, type RegionMapGeometry, type RegionMapOptions } from '../region-map.ts';
import type { MapPoint } from '../types.ts';
import { chartSvg, drawnChart, emptyMessage, type DrawnChart, type FrameText } from './frame.ts';
import { cls, el, type Markup } from './markup.ts';

export interface RegionMapProps extends FrameText {
  /** Unique on the page: prefixes the ids of the title and description. */
  id: string;
  data: readonly MapPoint[];
  /** The place to locate when there are no claims. */
  locator?: RegionMapOptions['locator'];
}

const noFigureBox = (cx: number, cy: number, hit: boolean) => el('rect', { class: cls('no-figure', hit && 'hit'), x: cx - UNKNOWN_SIZE / 2, y: cy - UNKNOWN_SIZE / 2, width: UNKNOWN_SIZE, height: UNKNOWN_SIZE });

function marks(g: RegionMapGeometry): Markup {
  return el(
    'g',
    { style: `font-size: ${g.fontSize}px` },
    el('g', { class: 'countries', 'aria-hidden': 'true' }, g.countries.map((c) => el('path', { class: cls('country', c.here && 'here'), d: c.d }, el('title', {}, c.name)))),
    el('g', { class: 'country-labels', 'aria-hidden': 'true' }, g.countryLabels.map((c) => el('text', { class: 'country-label halo', x: c.x, y: c.y, 'text-anchor': 'middle' }, c.text))),
    el(
      'g',
      { class: 'regions' },
      g.circles.map((c) =>
        el(
          'g',
          {},
          el('title', {}, c.title),
          c.rHigh !== null && el('circle', { class: 'region uncertain', cx: c.cx, cy: c.cy, r: c.rHigh }),
          c.r > 0 && el('circle', { class: cls('region', 'hit', c.atCountry && 'at-country'), cx: c.cx, cy: c.cy, r: c.r }),
          c.rings.map((ring) => el('circle', { class: `ring ring-${ring.layer}`, cx: c.cx, cy: c.cy, r: ring.r })),
          c.unknown && noFigureBox(c.cx, c.cy, true),
          c.zero && el('circle', { class: 'region hit', cx: c.cx, cy: c.cy, r: '2.5' }),
          c.leader && el('line', { class: 'leader', x1: c.leader.x1, y1: c.leader.y1, x2: c.leader.x2, y2: c.leader.y2 }),
          c.label && el('text', { class: 'mark-label halo', x: c.label.x, y: c.label.y, 'text-anchor': c.label.anchor }, c.label.text),
        ),
      ),
    ),
    g.locator &&
      el(
        'g',
        { class: 'locator-mark' },
        el('circle', { class: 'locator', cx: g.locator.cx, cy: g.locator.cy, r: '6' }),
        el('text', { class: 'mark-label halo', x: g.locator.label.x, y: g.locator.label.y }, g.locator.label.text),
      ),
    el('rect', { class: 'map-frame', x: '0.5', y: '0.5', width: g.frame.width - 1, height: g.frame.height - 1 }),
    el(
      'g',
      { class: 'map-key', 'aria-hidden': 'true' },
      g.key.map((k) =>
        el(
          'g',
          {},
          k.kind === 'size'
            ? el('circle', { class: 'key', cx: k.cx, cy: k.cy, r: k.r })
            : k.kind === 'headline'
              ? el('circle', { class: 'region', cx: k.cx, cy: k.cy, r: k.r })
              : k.kind === 'country'
                ? el('circle', { class: 'region at-country', cx: k.cx, cy: k.cy, r: k.r })
                : k.kind === 'unknown'
                  ? noFigureBox(k.cx, k.cy, false)
                  : el('circle', { class: `ring ring-${k.kind}`, cx: k.cx, cy: k.cy, r: k.r }),
          el('text', { class: 'axis-label', x: k.text.x, y: k.text.y }, k.text.label),
        ),
      ),
    ),
    emptyMessage(g.empty),
  );
}

/** The map, with a note when places are drawn at their country's centre. */
export function printRegionMap({ id, data, locator, ...text }: RegionMapProps): DrawnChart {
  const wide = regionMap(data, { id, locator, width: 720, height: 420, maxRadius: 26, fontSize: 14 });
  const narrow = regionMap(data, { id: `${id}-narrow`, locator, width: 360, height: 300, maxRadius: 18, fontSize: 13 });
  const drawings = [chartSvg(wide, { title: text.caption, variant: 'wide' }, marks(wide)), chartSvg(narrow, { title: text.caption, variant: 'narrow', twin: wide }, marks(narrow))];
  return drawnChart({ id: wide.ids.base, kind: 'chart-map', tables: [wide.table], drawings }, { ...text, notes: [...(text.notes ?? []), ...(wide.centroidNote ? [{ text: wide.centroidNote }] : [])] }, wide);
}
