import type { Layer } from './types.ts';

/** The layers in the order totals and tables list them: the headline first. */
export const LAYER_ORDER: readonly Layer[] = ['headline', 'claimed', 'weak', 'contested', 'unassessed'];

/** What each layer holds, as a total's label and a table's layer column say it. */
export const LAYER_NAMES: Record<Layer, string> = {
  headline: 'Headline (confirmed and fair)',
  claimed: 'Claimed by the perpetrator',
  weak: 'Weak',
  contested: 'Contested',
  unassessed: 'Not yet assessed',
};
