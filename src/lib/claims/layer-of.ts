import type { Claim } from '../../schema/claim.ts';
import type { Layer } from './types.ts';
import { LAYER_NAMES } from './layer-names.ts';

/** The layer a claim is drawn in (DESIGN §2.4); `null` for a discounted claim, which counts nowhere. */
export function layerOf(claim: Pick<Claim, 'grade' | 'stance' | 'claimant' | 'perpetrators'>): Layer | null {
  switch (claim.grade) {
    case 'discounted':
      return null;
    // The desk's judgement outranks who said it: a perpetrator's figure graded fair is a headline figure.
    case 'confirmed':
    case 'fair':
      return 'headline';
    case 'weak':
    case 'contested':
    case 'unassessed':
      // A group boasting of its own kills is labelled as such, whatever else is doubtful about it.
      if (claim.stance === 'claimed' && claim.perpetrators.includes(claim.claimant)) return 'claimed';
      return claim.grade;
  }
}

/** The name of a claim's layer as tables show it; a discounted claim is counted in none. */
export function layerNameOf(claim: Parameters<typeof layerOf>[0]): string {
  const layer = layerOf(claim);
  return layer ? LAYER_NAMES[layer].name : 'Discounted (counted nowhere)';
}
