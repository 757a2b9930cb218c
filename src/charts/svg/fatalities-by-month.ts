// Claimed killed by month, printed from its geometry (src/charts/fatalities-by-month.ts):
// drawn for wide screens and again for narrow ones, text at least 12 CSS px in both.
import { DRAWN_SPANS, fatalitiesByMonth, type FatalitiesByMonthGeometry, type FatalitiesByMonthOptions } from '../fatalities-by-month.ts';
import { arrowHead } from '../range-mark.ts';
import type { MonthLayers, PeriodSpan } from '../types.ts';
import { axisTicks, chartSvg, drawnChart, emptyMessage, type DrawnChart, type FrameText } from './frame.ts';
import { cls, el, type Markup } from './markup.ts';

export interface FatalitiesByMonthProps extends FrameText {
  /** Unique on the page: prefixes the ids of the title, description and patterns. */
  id: string;
  data: readonly MonthLayers[];
  /** Period totals, drawn as labelled spans under the axis. */
  spans?: readonly PeriodSpan[];
  /** Links; see `FatalitiesByMonthOptions`. */
  options?: Omit<FatalitiesByMonthOptions, 'id' | 'width' | 'fontSize' | 'spans'>;
}

function marks(g: FatalitiesByMonthGeometry): Markup {
  return el(
    'g',
    { style: `font-size: ${g.fontSize}px` },
    el(
      'defs',
      {},
      g.patterns.map((p) =>
        el(
          'pattern',
          { id: p.id, class: `layer-${p.layer}`, patternUnits: 'userSpaceOnUse', width: '6', height: '6', patternTransform: p.mark === 'dots' ? undefined : 'rotate(45)' },
          el('rect', { class: 'pattern-ground', width: '6', height: '6' }),
          p.mark === 'dots' && el('circle', { class: 'pattern-dot', cx: '3', cy: '3', r: '1.5' }),
          p.mark !== 'dots' && el('line', { class: 'pattern-ink', x1: '0', y1: '0', x2: '0', y2: '6' }),
          p.mark === 'cross' && el('line', { class: 'pattern-ink', x1: '0', y1: '3', x2: '6', y2: '3' }),
        ),
      ),
    ),
    el(
      'g',
      { class: 'legend', 'aria-hidden': 'true' },
      g.legend.map((item) => {
        const s = item.swatch;
        return el(
          'g',
          { class: `layer-${['uncertain', 'open', 'unknown'].includes(item.key) ? 'headline' : item.key}` },
          item.key === 'open'
            ? // Upwards, as the open ends on the chart point.
              [
                el('line', { class: 'arrow-shaft', x1: s.x + s.size / 2, y1: s.y + s.size, x2: s.x + s.size / 2, y2: s.y + 4 }),
                el('path', { class: 'arrow-head', d: arrowHead(s.x + s.size / 2, s.y, 'up', { length: 5 }) }),
              ]
            : item.key === 'unknown'
              ? el('rect', { class: 'no-figure', x: s.x - 1, y: s.y - 1, width: s.size + 2, height: s.size + 2, rx: '4' })
              : el('rect', { class: cls('bar', item.key === 'uncertain' && 'uncertain'), x: s.x, y: s.y, width: s.size, height: s.size, fill: item.fill ?? undefined }),
          el('text', { class: 'axis-label', x: item.text.x, y: item.text.y }, item.text.label),
        );
      }),
    ),
    axisTicks(g.yTicks, 'end'),
    axisTicks(g.xTicks, 'middle'),
    el(
      'g',
      { class: 'axis-breaks' },
      g.breaks.map((b) =>
        el(
          'g',
          {},
          el('title', {}, b.title),
          el('rect', { class: 'break-ground', x: b.x - 4, y: b.y - 3, width: '8', height: '6' }),
          el('path', { class: 'break', d: `M${b.x - 5},${b.y + 5}L${b.x - 1},${b.y - 5}M${b.x + 1},${b.y + 5}L${b.x + 5},${b.y - 5}` }),
        ),
      ),
    ),
    el(
      'g',
      { class: 'bars' },
      g.bars.map((b) =>
        el(
          'a',
          { href: b.href ?? undefined, tabindex: '-1', class: `layer-${b.layer}` },
          el('title', {}, b.title),
          el('rect', { class: cls('bar', 'hit', b.kind === 'unknown' && 'unknown'), x: b.bar.x, y: b.bar.y, width: b.bar.width, height: b.bar.height, fill: b.kind === 'figure' ? b.fill ?? undefined : undefined }),
          b.uncertain && el('rect', { class: 'bar uncertain', x: b.uncertain.x, y: b.uncertain.y, width: b.uncertain.width, height: b.uncertain.height, fill: b.fill ?? undefined }),
          b.arrow && el('line', { class: 'arrow-shaft', x1: b.arrow.x, y1: b.arrow.y1, x2: b.arrow.x, y2: b.arrow.y2 }),
          b.arrow && el('path', { class: 'arrow-head', d: b.arrow.head }),
          b.text && el('text', { class: 'value-label', x: b.text.x, y: b.text.y, 'text-anchor': 'middle' }, b.text.label),
        ),
      ),
    ),
    g.noFigure &&
      el(
        'g',
        { class: 'no-figure-band' },
        el('line', { class: 'band-rule', x1: g.noFigure.rule.x1, y1: g.noFigure.rule.y, x2: g.noFigure.rule.x2, y2: g.noFigure.rule.y }),
        el('text', { class: 'axis-label', x: g.noFigure.label.x, y: g.noFigure.label.y, 'text-anchor': 'end' }, g.noFigure.label.lines.map((line, i) => el('tspan', { x: g.noFigure!.label.x, dy: i === 0 ? 0 : g.noFigure!.label.lineHeight }, line))),
        g.noFigure.marks.map((m) =>
          el(
            'a',
            { href: m.href ?? undefined, tabindex: '-1' },
            el('title', {}, m.title),
            el('rect', { class: 'no-figure hit', x: m.box.x, y: m.box.y, width: m.box.width, height: m.box.height, rx: '4' }),
            el('text', { class: 'value-label', x: m.text.x, y: m.text.y, 'text-anchor': 'middle' }, m.text.label),
          ),
        ),
      ),
    el(
      'g',
      { class: 'spans' },
      g.spans.map((s) =>
        el(
          'a',
          { href: s.href ?? undefined, tabindex: '-1', class: `layer-${s.layer} span` },
          el('title', {}, s.title),
          el('line', { class: 'span-line', x1: s.x1, y1: s.y, x2: s.x2, y2: s.y }),
          s.before ? el('path', { class: 'arrow-head', d: arrowHead(s.x1, s.y, 'left') }) : el('line', { class: 'span-end', x1: s.x1, y1: s.y - 4, x2: s.x1, y2: s.y + 4 }),
          s.after ? el('path', { class: 'arrow-head', d: arrowHead(s.x2, s.y, 'right') }) : el('line', { class: 'span-end', x1: s.x2, y1: s.y - 4, x2: s.x2, y2: s.y + 4 }),
          el('text', { class: 'value-label', x: s.text.x, y: s.text.y }, s.text.lines.map((line, i) => el('tspan', { x: s.text.x, dy: i === 0 ? 0 : g.fontSize + 2 }, line))),
        ),
      ),
    ),
    emptyMessage(g.empty),
  );
}

/** The chart: a site-wide one can carry a hundred period totals, of which those with the largest figures are drawn and the table keeps all. */
export function printFatalitiesByMonth({ id, data, spans = [], options, ...text }: FatalitiesByMonthProps): DrawnChart {
  const spanLimit = options?.spanLimit ?? DRAWN_SPANS;
  const wide = fatalitiesByMonth(data, { ...options, spans, spanLimit, id, width: 720, fontSize: 14, plotHeight: 240 });
  const narrow = fatalitiesByMonth(data, { ...options, spans, spanLimit, id: `${id}-narrow`, width: 360, fontSize: 13, plotHeight: 200 });
  const omitted = wide.omittedSpans ? [{ text: `The ${wide.spans.length} period totals with the largest figures are drawn; the data table lists all ${wide.spans.length + wide.omittedSpans}.` }] : [];
  const drawings = [chartSvg(wide, { title: text.caption, variant: 'wide', linked: true }, marks(wide)), chartSvg(narrow, { title: text.caption, variant: 'narrow', twin: wide, linked: true }, marks(narrow))];
  return drawnChart({ id: wide.ids.base, kind: 'chart-fatalities', tables: wide.tables, drawings }, { ...text, notes: [...(text.notes ?? []), ...omitted] }, wide);
}
