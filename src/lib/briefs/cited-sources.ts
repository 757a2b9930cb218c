/**
 * The sources a brief draws on, in order of first appearance: its `sources` list, then
 * its claims' sources, then any source cited in the body (`cited`, from the loader) but
 * not listed.
 */
export function citedSources(
  data: { sources: readonly string[]; claims: readonly { sources: readonly string[] }[] },
  cited: readonly string[],
): string[] {
  return [...new Set([...data.sources, ...data.claims.flatMap((c) => c.sources), ...cited])];
}
