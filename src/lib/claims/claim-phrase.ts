import type { Claim } from '../../schema/claim.ts';

/**
 * A claim's figure as its author wrote it: the killed phrase, or, for a claim only about
 * wounded or abducted, what it does give ("1 abducted"), so it never reads as a death toll.
 */
export function claimPhrase(claim: Pick<Claim, 'killed' | 'wounded' | 'abducted'>): string {
  if (claim.killed) return claim.killed.text;
  return [claim.wounded && `${claim.wounded.text} wounded`, claim.abducted && `${claim.abducted.text} abducted`].filter(Boolean).join(', ');
}
