/** The pages beside one in a newest-first list: the newer one before it, the older one after. */
export function pageNeighbours(pages: readonly string[], page: string): { newer?: string; older?: string } {
  const i = pages.indexOf(page);
  if (i < 0) return {};
  return { ...(i > 0 && { newer: pages[i - 1]! }), ...(i < pages.length - 1 && { older: pages[i + 1]! }) };
}
