// A chart's legend: its entries, each a swatch then its meaning, wrapped into rows above the plot.
import { round1 } from './geometry.ts';
import { textWidth } from './place-labels.ts';

/** Where a legend entry is drawn: its swatch (a square of `size`), and its text. */
export interface LegendPlace {
  swatch: { x: number; y: number; size: number };
  text: { x: number; y: number; label: string };
}

/**
 * The entries, in order, wrapped into rows from the left edge (8 px) to `right`, text set at
 * `font` px; `bottom` is where the legend ends, 0 when it has no entry.
 */
export function legendRows<T extends { label: string }>(entries: readonly T[], right: number, font: number): { legend: (Omit<T, 'label'> & LegendPlace)[]; bottom: number } {
  const row = font + 8;
  const legend: (Omit<T, 'label'> & LegendPlace)[] = [];
  let [lx, ly] = [8, 4];
  for (const { label, ...entry } of entries) {
    const w = font + 5 + textWidth(label, font) + 14;
    if (lx > 8 && lx + w > right) [lx, ly] = [8, ly + row];
    legend.push({ ...entry, swatch: { x: round1(lx), y: ly, size: font }, text: { x: round1(lx + font + 5), y: ly + font - 1, label } });
    lx += w;
  }
  return { legend, bottom: legend.length > 0 ? ly + row : 0 };
}
