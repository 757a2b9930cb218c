import type { Layer } from './types.ts';

/**
 * The layers from the most trusted down (DESIGN §2.4): the order totals and tables list
 * them, and the order in which an incident takes the first layer that gives it a figure.
 */
export const LAYER_ORDER: readonly Layer[] = ['headline', 'weak', 'contested', 'unassessed', 'claimed'];

/**
 * A layer's names, the one table of them: `name` says what it holds, as a total's label, a
 * table's layer column and a chart's legend say it; `short` is for a chart with little room
 * (narrow screens, map rings, a period total's label).
 */
export const LAYER_NAMES: Record<Layer, { name: string; short: string }> = {
  headline: { name: 'Headline (confirmed and fair)', short: 'Headline' },
  claimed: { name: 'Claimed by the perpetrator', short: 'Claimed' },
  weak: { name: 'Weak', short: 'Weak' },
  contested: { name: 'Contested', short: 'Contested' },
  unassessed: { name: 'Not yet assessed', short: 'Unassessed' },
};

/** Where an incident's figure comes from, in a sentence: "in the headline (confirmed and fair) layer". */
export const inLayerWords = (layer: Layer): string => `in the ${LAYER_NAMES[layer].name.toLowerCase()} layer`;

/** The one line every page with layer totals says beside them. */
export const PARTITION_NOTE =
  'Each incident is counted in one layer only, the most trusted one whose claims give it a figure, so the layers can be read side by side and added without counting an incident twice.';
