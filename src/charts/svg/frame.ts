// What every chart shares: the figure with its drawings (wide and narrow), the notes a reader
// needs beside the marks, the same numbers as tables, and the caption with its Source: line;
// and, inside a drawing, axis ticks and the message shown when there is nothing to draw.
import type { AxisTick, ChartIds, DataTable, EmptyState } from '../geometry.ts';
import { printsOpen } from '../print-open.ts';
import { cls, el, printHtml, type Child, type Markup } from './markup.ts';

/** A note under a chart; `link` ends it with a link (e.g. to the live view). */
export interface ChartNote {
  text: string;
  link?: { href: string; text: string };
}

/** Where a chart's data table downloads from, and the name a browser saves each file under (see `chartTableLinks`). */
export interface TableLinks {
  csv: { href: string; download: string };
  json: { href: string; download: string };
}

/** What a chart's frame shows besides its drawings. */
export interface FrameText {
  caption: string;
  /** Shown after "Source:". */
  source: string;
  notes?: readonly ChartNote[] | undefined;
  /** The download links of a data table. */
  tableLinks: (table: DataTable) => TableLinks;
}

/** A chart printed: its figure for the page, and its wide drawing for a standalone file. */
export interface DrawnChart {
  html: string;
  /** The wide drawing's `<svg>`. */
  wide: Markup;
  width: number;
  height: number;
  desc: string;
}

/** Ticks along an axis, each with its grid line; the group sets the labels' anchor, and its class their styles (charts.css). */
export const axisTicks = (ticks: readonly AxisTick[], anchor: 'start' | 'middle' | 'end'): Markup =>
  el(
    'g',
    { class: 'axis', 'aria-hidden': 'true', 'text-anchor': anchor },
    ticks.map((t) => [t.line && el('line', { class: t.zero ? 'baseline' : undefined, x1: t.line.x1, y1: t.line.y1, x2: t.line.x2, y2: t.line.y2 }), el('text', { x: t.x, y: t.y }, t.label)]),
  );

/** The message in place of the marks when there is nothing to draw. */
export const emptyMessage = (empty: EmptyState | null): Child => empty && el('text', { class: 'empty', x: empty.x, y: empty.y, 'text-anchor': 'middle' }, empty.text);

/** One drawing's geometry, as the SVG wrapper needs it. */
export interface Drawing {
  ids: ChartIds;
  desc: string;
  width: number;
  height: number;
}

/** How wide a drawing may grow: its text reaches 1.25 times its size when wide, 1.4 times when narrow. */
const maxWidth = (width: number, variant: 'wide' | 'narrow') => Math.round(width * (variant === 'wide' ? 1.25 : 1.4) * 100) / 100;

/**
 * One drawing of a chart: an SVG with its title and description for screen readers. A chart
 * is drawn twice, for wide and for narrow screens; CSS shows the one that fits its container,
 * and the hidden one is out of the accessibility tree (display: none). The narrow drawing,
 * when its `twin` (the wide one) describes the chart in the same words, is named by the
 * twin's title and description instead of repeating them. A drawing whose marks are links
 * (`linked`) is a group announced as a chart, since an image's links are unreachable; its
 * links are out of the tab order, the data table under it holding the same links.
 */
export function chartSvg(g: Drawing, { title, variant, twin, linked = false }: { title: string; variant: 'wide' | 'narrow'; twin?: Drawing | undefined; linked?: boolean }, ...marks: Child[]): Markup {
  const named = twin && twin.desc === g.desc ? twin.ids : undefined;
  return el(
    'svg',
    {
      class: `chart-svg chart-${variant}`,
      viewBox: `0 0 ${g.width} ${g.height}`,
      width: g.width,
      height: g.height,
      style: `max-width: ${maxWidth(g.width, variant)}px`,
      role: linked ? 'group' : 'img',
      'aria-roledescription': linked ? 'chart' : undefined,
      'aria-labelledby': named ? `${named.title} ${named.desc}` : `${g.ids.title} ${g.ids.desc}`,
    },
    !named && el('title', { id: g.ids.title }, title),
    !named && el('desc', { id: g.ids.desc }, g.desc),
    marks,
  );
}

/**
 * One width's part of a drawing held by `dualSvg`: an SVG of class `wide` or `narrow` with
 * that drawing's viewBox, filling the outer one, so its marks map to the page exactly as
 * they would in their own SVG.
 */
export const inWidth = (variant: 'wide' | 'narrow', g: { width: number; height: number }, ...children: Child[]): Markup => el('svg', { class: variant, viewBox: `0 0 ${g.width} ${g.height}` }, ...children);

/** The wide drawing alone: the narrow parts left out, the wide ones as plain groups. */
const wideOnly = (m: Markup): Markup => ({
  ...m,
  children: m.children.flatMap((c): (Markup | string)[] => {
    if (typeof c === 'string') return [c];
    if (c.tag === 'svg' && c.attrs.class === 'narrow') return [];
    return [c.tag === 'svg' && c.attrs.class === 'wide' ? el('g', {}, wideOnly(c).children) : wideOnly(c)];
  }),
});

/**
 * Both drawings of a chart whose marks are links, in one SVG, so that each link, its title
 * and the patterns are printed once: a link holds its mark for each width, each in an SVG
 * of its width (see `inWidth`), as do the parts drawn for one width only. CSS (charts.css,
 * `.chart-dual`) gives the SVG the proportions and largest size of the drawing for the width
 * its container has, and shows that drawing's parts. The SVG is a group announced as a
 * chart, its links out of the tab order, as `chartSvg` says. `wide` is the wide drawing
 * alone, for a standalone file. The narrow parts are set in `narrowFont` px.
 */
export function dualSvg(wide: Drawing, narrow: Drawing, { title, narrowFont }: { title: string; narrowFont: number }, ...marks: Child[]): { svg: Markup; wide: Markup } {
  const svg = el(
    'svg',
    {
      class: 'chart-svg chart-dual',
      width: wide.width,
      height: wide.height,
      style: [
        `--wide-ratio: ${wide.width} / ${wide.height}; --wide-max: ${maxWidth(wide.width, 'wide')}px`,
        `--narrow-ratio: ${narrow.width} / ${narrow.height}; --narrow-max: ${maxWidth(narrow.width, 'narrow')}px; --narrow-font: ${narrowFont}px`,
      ].join('; '),
      role: 'group',
      'aria-roledescription': 'chart',
      'aria-labelledby': `${wide.ids.title} ${wide.ids.desc}`,
    },
    el('title', { id: wide.ids.title }, title),
    el('desc', { id: wide.ids.desc }, wide.desc),
    marks,
  );
  return { svg, wide: wideOnly(svg) };
}

/** The same numbers as a drawing, as a table, with its rows to download. */
function chartTable(table: DataTable, links: TableLinks): Child[] {
  const cell = (c: { text: string; href?: string | undefined }) => (c.href ? el('a', { href: c.href }, c.text) : c.text);
  return [
    el(
      'div',
      { class: 'table-wrap' },
      el(
        'table',
        {},
        el('caption', {}, table.caption),
        el('thead', {}, el('tr', {}, table.columns.map((c, i) => el('th', { scope: 'col', class: cls(table.numeric.includes(i) && 'num') }, c)))),
        el('tbody', {}, table.rows.map((row) => el('tr', {}, el('th', { scope: 'row' }, cell(row.header)), row.cells.map((c, i) => el('td', { class: cls(table.numeric.includes(i + 1) && 'num') }, cell(c)))))),
      ),
    ),
    el('p', { class: 'downloads' }, 'Download these rows: ', el('a', { href: links.csv.href, download: links.csv.download }, 'CSV'), ' / ', el('a', { href: links.json.href, download: links.json.download }, 'JSON')),
  ];
}

/** The figure around a chart's drawings (`kind` names the chart for styles: `chart-fatalities`). */
function chartFigure({ id, kind, tables, drawings }: { id: string; kind: string; tables: readonly DataTable[]; drawings: Markup[] }, { caption, source, notes = [], tableLinks }: FrameText): string {
  return printHtml(
    el(
      'figure',
      { class: `chart ${kind}`, id },
      drawings,
      notes.map((note) => el('p', { class: 'chart-note' }, note.text, note.link && [' ', el('a', { href: note.link.href }, note.link.text)])),
      tables.some((t) => t.rows.length > 0) &&
        el('details', { class: 'chart-data', 'data-print': printsOpen(tables) ? 'open' : undefined }, el('summary', {}, 'Data table'), tables.map((t) => chartTable(t, tableLinks(t)))),
      el('figcaption', {}, caption, el('span', { class: 'chart-source' }, `Source: ${source}`)),
    ),
  );
}

/** A chart's drawings in its figure, and the wide one (`wideOnly` when one SVG holds both) for its standalone file. */
export function drawnChart(figure: Parameters<typeof chartFigure>[0], text: FrameText, wide: Drawing, wideOnly: Markup = figure.drawings[0]!): DrawnChart {
  return { html: chartFigure(figure, text), wide: wideOnly, width: wide.width, height: wide.height, desc: wide.desc };
}
