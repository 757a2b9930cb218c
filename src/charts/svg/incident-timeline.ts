// An incident's low and high ends over time, printed from its geometry (src/charts/incident-timeline.ts).
import { incidentTimelineChart, type FigureStep, type IncidentTimelineGeometry, type IncidentTimelineOptions, type TimelineMark } from '../incident-timeline.ts';
import { arrowHead } from '../range-mark.ts';
import { axisTicks, chartSvg, drawnChart, emptyMessage, type DrawnChart, type FrameText } from './frame.ts';
import { el, type Markup } from './markup.ts';

export interface IncidentTimelineProps extends FrameText {
  /** Unique on the page: prefixes the ids of the title and description. */
  id: string;
  steps: readonly FigureStep[];
  marks: readonly TimelineMark[];
  options?: Omit<IncidentTimelineOptions, 'id' | 'width' | 'xTicks' | 'fontSize'>;
}

/** An open high end: a short arrow up to (`x`, `y`). */
const openEnd = (x: number, y1: number, y: number, ...rest: Markup[]) => el('g', { class: 'open-end' }, el('line', { x1: x, y1, x2: x, y2: y }), el('path', { d: arrowHead(x, y, 'up', { length: 5, closed: false }) }), rest);
const published = (cx: number, cy: number) => el('circle', { cx, cy, r: '3.5' });
const corrected = (cx: number, cy: number) => el('rect', { x: cx - 3.5, y: cy - 3.5, width: '7', height: '7', transform: `rotate(45 ${cx} ${cy})` });

function marks(g: IncidentTimelineGeometry, fontSize: number): Markup {
  return el(
    'g',
    { style: `font-size: ${fontSize}px` },
    el(
      'g',
      { class: 'legend', 'aria-hidden': 'true' },
      g.legend.map(({ key, swatch: s, text }) => {
        const [cx, cy] = [s.x + s.size / 2, s.y + s.size / 2];
        return el(
          'g',
          {},
          (key === 'low' || key === 'high') && el('line', { class: `step ${key}`, x1: s.x, y1: cy, x2: s.x + s.size, y2: cy }),
          // Upwards, as the chart's open ends point.
          key === 'open' && openEnd(cx, s.y + s.size, s.y),
          key === 'unknown' && el('g', { class: 'unknown' }, el('circle', { cx, cy, r: '4' })),
          key === 'published' && el('g', { class: 'event published' }, published(cx, cy)),
          key === 'corrected' && el('g', { class: 'event corrected' }, corrected(cx, cy)),
          el('text', { x: text.x, y: text.y }, text.label),
        );
      }),
    ),
    axisTicks(g.yTicks, 'end'),
    axisTicks(g.xTicks, 'middle'),
    g.high && el('path', { class: 'step high', d: g.high }),
    g.low && el('path', { class: 'step low', d: g.low }),
    g.arrows.map((a) => openEnd(a.x, a.y1, a.y2, el('text', { class: 'value-label', x: a.x + 6, y: a.y2 + 4 }, a.label))),
    g.unknown.map((u) => el('g', { class: 'unknown' }, el('circle', { cx: u.x, cy: u.y, r: '4' }), el('text', { class: 'value-label', x: u.x + 7, y: u.y - 6 }, u.label))),
    g.marks.map((m) => el('g', { class: `event ${m.kind}` }, el('title', {}, m.title), m.kind === 'published' ? published(m.x, m.y) : corrected(m.x, m.y))),
    emptyMessage(g.empty),
  );
}

/** The chart, drawn twice like every chart: wide, and narrow with fewer dates on its axis. */
export function printIncidentTimeline({ id, steps, marks: events, options, ...text }: IncidentTimelineProps): DrawnChart {
  const wide = incidentTimelineChart(steps, events, { ...options, id, width: 640, xTicks: 4, fontSize: 14 });
  const narrow = incidentTimelineChart(steps, events, { ...options, id: `${id}-narrow`, width: 360, xTicks: 2, fontSize: 13 });
  const drawings = [chartSvg(wide, { title: text.caption, variant: 'wide' }, marks(wide, 14)), chartSvg(narrow, { title: text.caption, variant: 'narrow', twin: wide }, marks(narrow, 13))];
  return drawnChart({ id: wide.ids.base, kind: 'chart-incident-timeline', tables: [wide.table], drawings }, text, wide);
}
