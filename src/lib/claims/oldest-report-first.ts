import type { ClaimRecord } from './types.ts';

/** Claims in the order they were reported: by their brief's date, then as written; for comparing accounts of one incident. */
export function oldestReportFirst(claims: readonly ClaimRecord[]): ClaimRecord[] {
  // Array sort is stable, so claims of one brief keep the order the author wrote them in.
  return [...claims].sort((a, b) => (a.briefDate < b.briefDate ? -1 : a.briefDate > b.briefDate ? 1 : 0));
}
