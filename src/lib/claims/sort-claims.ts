import type { ClaimRecord } from './types.ts';

/** Claims newest first by the start of their date, then by id, for stable listings. */
export function sortClaims(claims: readonly ClaimRecord[]): ClaimRecord[] {
  return [...claims].sort((a, b) => (a.date.start === b.date.start ? (a.id < b.id ? -1 : 1) : a.date.start < b.date.start ? 1 : -1));
}
