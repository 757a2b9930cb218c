import { describeTotal, type TotalText } from './describe-total.ts';
import { LAYER_NAMES, LAYER_ORDER } from './layer-names.ts';
import type { LayeredTotals } from './layered-totals.ts';
import type { Incident, Layer, Total } from './types.ts';

/** One layer of a set of totals, as a total box or a table column shows it. */
export interface LayerRow {
  layer: Layer;
  label: string;
  total: Total;
  text: TotalText;
  /** The incidents behind it, each with its range in this layer. */
  incidents: Incident[];
}

/** The layers of some totals in order, each with its label, wording and incidents; `layers` limits and orders them. */
export function layerRows(totals: LayeredTotals, layers: readonly Layer[] = LAYER_ORDER): LayerRow[] {
  return layers.map((layer) => {
    const total = layer === 'headline' ? totals.headline : totals.layers[layer];
    return { layer, label: LAYER_NAMES[layer].name, total, text: describeTotal(total), incidents: totals.incidents[layer] };
  });
}

/** The layers in which any of several totals counts an incident, in order: the columns a table of them needs. */
export function layersInUse(totals: readonly LayeredTotals[]): Layer[] {
  return LAYER_ORDER.filter((layer) => totals.some((t) => t.incidents[layer].length > 0));
}
