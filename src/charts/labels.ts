import { formatFigure, NO_FIGURE } from '../lib/format/format-count.ts';
import { monthLabel, monthName } from '../lib/dates/months.ts';
import { plural } from '../lib/format/plural.ts';
import type { Cell, Layer, Range } from './types.ts';

/** A range as readers see it, worded as everywhere else: "20", "20–35", "51+", "about 400", or "no figure" (never "0"). */
export const rangeLabel = (range: Range): string => formatFigure(range.unknown ? null : range);

/** A range in a sentence: "300+ killed", "about 400 killed", or "no figure" (never "no figure killed"). */
export const killedLabel = (range: Range): string => (range.unknown ? NO_FIGURE : `${rangeLabel(range)} killed`);

export { monthLabel };

/** "1 incident", "3 incidents". */
export const incidentsLabel = (n: number): string => plural(n, 'incident');

/** "2 incidents", or "5 incidents, 4 give no figure" when some gave no number. */
export function incidentsNote(cell: Pick<Cell, 'incidents' | 'numbered'>): string {
  const silent = cell.incidents - cell.numbered;
  if (silent <= 0 || cell.numbered === 0) return incidentsLabel(cell.incidents);
  return `${incidentsLabel(cell.incidents)}, ${silent} ${silent === 1 ? 'gives' : 'give'} no figure`;
}

/** A cell as a table and a title read it: "51+ (5 incidents, 4 give no figure)". */
export const cellLabel = (cell: Pick<Cell, 'range' | 'incidents' | 'numbered'>): string => `${rangeLabel(cell.range)} (${incidentsNote(cell)})`;


/** A period as readers say it: "2024", "May–Dec 2024", "Jul 2013 – Sep 2023". */
export function periodLabel(from: string, to: string): string {
  const [fy, fm] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const [ty, tm] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  const wholeYears = from.endsWith('-01-01') && to.endsWith('-12-31');
  if (wholeYears) return fy === ty ? String(fy) : `${fy}–${ty}`;
  if (fy === ty && fm === tm) return monthLabel(from.slice(0, 7));
  if (fy === ty) return `${monthName(fm, 'short')}–${monthName(tm, 'short')} ${fy}`;
  return `${monthLabel(from.slice(0, 7))} – ${monthLabel(to.slice(0, 7))}`;
}

// The layers and their names are the claims arithmetic's own: one definition for charts,
// totals and tables alike.
export { LAYER_ORDER as LAYERS, LAYER_NAMES } from '../lib/claims/layer-names.ts';

/** How a layer is told apart without colour: headline solid, the others by pattern. */
export type LayerMark = 'solid' | 'hatch' | 'dots' | 'cross' | 'outline';

/** The mark of each layer. */
export const LAYER_MARKS: Record<Layer, LayerMark> = {
  headline: 'solid',
  claimed: 'hatch',
  weak: 'dots',
  contested: 'cross',
  unassessed: 'outline',
};
