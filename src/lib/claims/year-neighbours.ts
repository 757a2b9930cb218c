/** The years beside one in a newest-first list: the newer one before it, the older one after. */
export function yearNeighbours(years: readonly string[], year: string): { newer?: string; older?: string } {
  const i = years.indexOf(year);
  if (i < 0) return {};
  return { ...(i > 0 && { newer: years[i - 1]! }), ...(i < years.length - 1 && { older: years[i + 1]! }) };
}
