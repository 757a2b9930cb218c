import type { Layer } from './types.ts';

/**
 * The layers from the most trusted down (DESIGN §2.4): the order totals and tables list
 * them, and the order in which an incident takes the first layer that gives it a figure.
 */
export const LAYER_ORDER: readonly Layer[] = ['headline', 'weak', 'contested', 'unassessed', 'claimed'];

/** What each layer holds, as a total's label and a table's layer column say it. */
export const LAYER_NAMES: Record<Layer, string> = {
  headline: 'Headline (confirmed and fair)',
  claimed: 'Claimed by the perpetrator',
  weak: 'Weak',
  contested: 'Contested',
  unassessed: 'Not yet assessed',
};

/** The one line every page with layer totals says beside them. */
export const PARTITION_NOTE =
  'Each incident is counted in one layer only, the most trusted one whose claims give it a figure, so the layers can be read side by side and added without counting an incident twice.';
