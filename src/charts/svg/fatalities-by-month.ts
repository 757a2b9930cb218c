// Claimed killed by month, printed from its geometry (src/charts/fatalities-by-month.ts):
// drawn for wide screens and again for narrow ones, text at least 12 CSS px in both.
import { DRAWN_SPANS, fatalitiesByMonth, type FatalitiesByMonthGeometry, type FatalitiesByMonthOptions } from '../fatalities-by-month.ts';
import { arrowHead } from '../range-mark.ts';
import type { MonthLayers, PeriodSpan } from '../types.ts';
import { axisTicks, drawnChart, dualSvg, emptyMessage, inWidth, type DrawnChart, type FrameText } from './frame.ts';
import { cls, el, type Child, type Markup } from './markup.ts';

export interface FatalitiesByMonthProps extends FrameText {
  /** Unique on the page: prefixes the ids of the title, description and patterns. */
  id: string;
  data: readonly MonthLayers[];
  /** Period totals, drawn as labelled spans under the axis. */
  spans?: readonly PeriodSpan[];
  /** Links; see `FatalitiesByMonthOptions`. */
  options?: Omit<FatalitiesByMonthOptions, 'id' | 'width' | 'fontSize' | 'spans'>;
}

type Variant = 'wide' | 'narrow';

/** The marks of each width's drawing that stand for the same thing (a month's bar, a period total), in pairs. */
function paired<T extends { title: string }>(wide: readonly T[], narrow: readonly T[]): [T, T][] {
  for (let at = 0; at < Math.max(wide.length, narrow.length); at++)
    if (wide[at]?.title !== narrow[at]?.title)
      throw new Error(`claimed killed by month: mark ${at + 1} is "${wide[at]?.title ?? 'none'}" in the wide drawing and "${narrow[at]?.title ?? 'none'}" in the narrow one; expected both widths to draw the same marks`);
  return wide.map((m, i) => [m, narrow[i]!]);
}

/** A mark for each width (`w` and `n` are the drawings): `draw` prints one width's. */
const eachWidth = <T,>(w: FatalitiesByMonthGeometry, n: FatalitiesByMonthGeometry, pair: readonly [T, T], draw: (mark: T, variant: Variant) => Child): Markup[] => [inWidth('wide', w, draw(pair[0], 'wide')), inWidth('narrow', n, draw(pair[1], 'narrow'))];

/** What a drawing shows for one width only: its key, axes and compressed stretches. */
function frameMarks(g: FatalitiesByMonthGeometry, variant: Variant): Markup {
  return inWidth(
    variant,
    g,
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
              : el('rect', { class: cls('bar', item.key === 'uncertain' && 'uncertain'), x: s.x, y: s.y, width: s.size, height: s.size }),
          el('text', { x: item.text.x, y: item.text.y }, item.text.label),
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
          el('rect', { x: b.x - 4, y: b.y - 3, width: '8', height: '6' }),
          el('path', { d: `M${b.x - 5},${b.y + 5}l4-10m2,10l4-10` }),
        ),
      ),
    ),
  );
}

/**
 * The marks of both drawings (see `dualSvg`): the patterns and each link once, with its
 * mark for each width. Texts take their anchor from their group, and their styles from its
 * class (`.legend`, `.axis`, `.axis-breaks`, `.bars`, `.no-figure-band`, `.spans`: charts.css).
 */
function marks(w: FatalitiesByMonthGeometry, n: FatalitiesByMonthGeometry): Markup {
  const noFigure = w.noFigure && n.noFigure && { w: w.noFigure, n: n.noFigure };
  const fontSize = { wide: w.fontSize, narrow: n.fontSize };
  return el(
    'g',
    // A patterned layer's bars take their fill from its class (charts.css), naming the pattern here.
    { style: [`font-size: ${w.fontSize}px`, ...w.patterns.map((p) => `--pattern-${p.layer}: url(#${p.id})`)].join('; ') },
    el(
      'defs',
      {},
      w.patterns.map((p) =>
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
    frameMarks(w, 'wide'),
    frameMarks(n, 'narrow'),
    el(
      'g',
      { class: 'bars', 'text-anchor': 'middle' },
      paired(w.bars, n.bars).map((pair) => {
        const b = pair[0];
        return el(
          'a',
          { href: b.href ?? undefined, tabindex: '-1', class: `layer-${b.layer}` },
          el('title', {}, b.title),
          eachWidth(w, n, pair, (b) => [
            el('rect', { class: cls('bar', 'hit', b.kind === 'unknown' && 'unknown'), x: b.bar.x, y: b.bar.y, width: b.bar.width, height: b.bar.height }),
            b.uncertain && el('rect', { class: 'bar uncertain', x: b.uncertain.x, y: b.uncertain.y, width: b.uncertain.width, height: b.uncertain.height }),
            b.arrow && el('line', { class: 'arrow-shaft', x1: b.arrow.x, y1: b.arrow.y1, x2: b.arrow.x, y2: b.arrow.y2 }),
            b.arrow && el('path', { class: 'arrow-head', d: b.arrow.head }),
            b.text && el('text', { x: b.text.x, y: b.text.y }, b.text.label),
          ]),
        );
      }),
    ),
    noFigure &&
      el(
        'g',
        { class: 'no-figure-band', 'text-anchor': 'middle' },
        ([[noFigure.w, 'wide'], [noFigure.n, 'narrow']] as const).map(([band, variant]) =>
          inWidth(
            variant,
            variant === 'wide' ? w : n,
            el('line', { class: 'band-rule', x1: band.rule.x1, y1: band.rule.y, x2: band.rule.x2, y2: band.rule.y }),
            el('text', { class: 'axis-label', x: band.label.x, y: band.label.y, 'text-anchor': 'end' }, band.label.lines.map((line, i) => el('tspan', { x: band.label.x, dy: i === 0 ? 0 : band.label.lineHeight }, line))),
          ),
        ),
        paired(noFigure.w.marks, noFigure.n.marks).map((pair) =>
          el(
            'a',
            { href: pair[0].href ?? undefined, tabindex: '-1' },
            el('title', {}, pair[0].title),
            eachWidth(w, n, pair, (m) => [
              el('rect', { class: 'no-figure hit', x: m.box.x, y: m.box.y, width: m.box.width, height: m.box.height, rx: '4' }),
              el('text', { x: m.text.x, y: m.text.y }, m.text.label),
            ]),
          ),
        ),
      ),
    el(
      'g',
      { class: 'spans' },
      paired(w.spans, n.spans).map((pair) => {
        const s = pair[0];
        return el(
          'a',
          { href: s.href ?? undefined, tabindex: '-1', class: `layer-${s.layer} span` },
          el('title', {}, s.title),
          eachWidth(w, n, pair, (s, variant) => [
            el('line', { class: 'span-line', x1: s.x1, y1: s.y, x2: s.x2, y2: s.y }),
            s.before ? el('path', { class: 'arrow-head', d: arrowHead(s.x1, s.y, 'left') }) : el('line', { class: 'span-end', x1: s.x1, y1: s.y - 4, x2: s.x1, y2: s.y + 4 }),
            s.after ? el('path', { class: 'arrow-head', d: arrowHead(s.x2, s.y, 'right') }) : el('line', { class: 'span-end', x1: s.x2, y1: s.y - 4, x2: s.x2, y2: s.y + 4 }),
            el('text', { x: s.text.x, y: s.text.y }, s.text.lines.map((line, i) => el('tspan', { x: s.text.x, dy: i === 0 ? 0 : fontSize[variant] + 2 }, line))),
          ]),
        );
      }),
    ),
    w.empty && n.empty && eachWidth(w, n, [w.empty, n.empty], emptyMessage),
  );
}

/** The chart: a site-wide one can carry a hundred period totals, of which those with the largest figures are drawn and the table keeps all. */
export function printFatalitiesByMonth({ id, data, spans = [], options, ...text }: FatalitiesByMonthProps): DrawnChart {
  const spanLimit = options?.spanLimit ?? DRAWN_SPANS;
  const wide = fatalitiesByMonth(data, { ...options, spans, spanLimit, id, width: 720, fontSize: 14, plotHeight: 240 });
  // The same ids: the narrow marks fill with the wide drawing's patterns, printed once.
  const narrow = fatalitiesByMonth(data, { ...options, spans, spanLimit, id, width: 360, fontSize: 13, plotHeight: 200 });
  const omitted = wide.omittedSpans ? [{ text: `The ${wide.spans.length} period totals with the largest figures are drawn; the data table lists all ${wide.spans.length + wide.omittedSpans}.` }] : [];
  const { svg, wide: wideOnly } = dualSvg(wide, narrow, { title: text.caption, narrowFont: narrow.fontSize }, marks(wide, narrow));
  return drawnChart({ id: wide.ids.base, kind: 'chart-fatalities', tables: wide.tables, drawings: [svg] }, { ...text, notes: [...(text.notes ?? []), ...omitted] }, wide, wideOnly);
}
