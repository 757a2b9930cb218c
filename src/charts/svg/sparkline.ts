// A sparkline, printed from its geometry (src/charts/sparkline.ts): a small inline SVG, no frame.
import { sparkline, type SparklineOptions } from '../sparkline.ts';
import type { Spark } from '../types.ts';
import { el, printHtml } from './markup.ts';

/** The sparkline's `<svg>`; `name` says what the values count, read out with them. */
export function printSparkline(data: Spark, name?: string, options?: Omit<SparklineOptions, 'name'>): string {
  const g = sparkline(data, { ...options, ...(name !== undefined && { name }) });
  return printHtml(
    el(
      'svg',
      { class: 'sparkline', viewBox: `0 0 ${g.width} ${g.height}`, width: g.width, height: g.height, role: 'img', 'aria-label': g.label },
      !g.empty && el('path', { class: 'area', d: g.area }),
      el('line', { class: 'base', x1: '0', y1: g.baseline, x2: g.width, y2: g.baseline }),
      !g.empty && el('path', { class: 'line', d: g.line }),
      g.last && el('circle', { class: 'last', cx: g.last.x, cy: g.last.y, r: '1.75' }),
    ),
  );
}
