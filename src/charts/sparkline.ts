import { line, max, scaleLinear } from 'd3';
import { round1 } from './geometry.ts';
import type { Spark } from './types.ts';

/** Options of a sparkline. */
export interface SparklineOptions {
  width?: number;
  height?: number;
  /** What the values count, for the accessible name: "Claims per month". */
  name?: string;
}

/** A tiny line over a zero baseline, with a dot on the latest value. */
export interface SparklineGeometry {
  width: number;
  height: number;
  /** True when there are no values: the component draws the baseline only. */
  empty: boolean;
  line: string;
  area: string;
  baseline: number;
  last: { x: number; y: number } | null;
  /** The series in words, as the SVG's accessible name. */
  label: string;
}

/** A sparkline of monthly values, from zero so that small counts look small. */
export function sparkline(data: Spark, options: SparklineOptions = {}): SparklineGeometry {
  const { width = 80, height = 20, name = 'Values per month' } = options;
  // Gaps (non-finite values) count as zero rather than breaking the path with NaN.
  const values = data.values.map((v) => (Number.isFinite(v) ? v : 0));
  const pad = 2;
  const baseline = height - pad;
  if (values.length === 0) {
    return { width, height, empty: true, line: '', area: '', baseline, last: null, label: `${name}: none` };
  }
  // A single value is drawn as a flat line across the width.
  const series = values.length === 1 ? [values[0]!, values[0]!] : values;
  const x = scaleLinear([0, series.length - 1], [pad, width - pad]);
  const y = scaleLinear([0, Math.max(max(series) ?? 0, 1)], [baseline, pad]);
  // A month like its neighbours on both sides is a point inside a flat stretch: drawn or
  // not, the line is the same, so it is left out (months without claims are most months,
  // and an index page draws hundreds of sparklines).
  const points = series.map((v, i): [number, number] => [x(i), y(v)]);
  const flat = (i: number) => i > 0 && i < points.length - 1 && round1(points[i - 1]![1]) === round1(points[i]![1]) && round1(points[i + 1]![1]) === round1(points[i]![1]);
  const drawn = points.filter((_, i) => !flat(i));
  const toLine = line().digits(1);
  const lineD = toLine(drawn) ?? '';
  const latest = values.at(-1)!;
  const n = values.length;
  return {
    width,
    height,
    empty: false,
    line: lineD,
    // The line closed along the baseline.
    area: `${lineD}L${round1(drawn.at(-1)![0])},${baseline}L${round1(drawn[0]![0])},${baseline}Z`,
    baseline,
    last: { x: round1(x(series.length - 1)), y: round1(y(latest)) },
    label: `${name}, ${n} ${n === 1 ? 'month' : 'months'}: highest ${max(values)}, latest ${latest}`,
  };
}
