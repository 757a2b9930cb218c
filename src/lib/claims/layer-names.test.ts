import { describe, expect, it } from 'vitest';
import { inLayerWords, LAYER_NAMES, LAYER_ORDER } from './layer-names.ts';

describe('layer names', () => {
  it('names each layer in full, in a few letters, and in a sentence', () => {
    expect(LAYER_ORDER.map((l) => LAYER_NAMES[l].name)).toEqual(['Headline (confirmed and fair)', 'Weak', 'Contested', 'Not yet assessed', 'Claimed by the perpetrator']);
    expect(LAYER_ORDER.map((l) => LAYER_NAMES[l].short)).toEqual(['Headline', 'Weak', 'Contested', 'Unassessed', 'Claimed']);
    expect(inLayerWords('headline')).toBe('in the headline (confirmed and fair) layer');
    expect(inLayerWords('claimed')).toBe('in the claimed by the perpetrator layer');
  });
});
