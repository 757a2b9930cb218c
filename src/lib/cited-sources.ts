/**
 * The sources a brief draws on, in order of first appearance: its `sources` list, then
 * its claims' sources, then any source cited in the body but not listed.
 */
export function citedSources(
  data: { sources: readonly string[]; claims: readonly { sources: readonly string[] }[] },
  html: string,
): string[] {
  const cited = [...html.matchAll(/href="#source-([a-z0-9-]+)"/g)].map((m) => m[1]!);
  return [...new Set([...data.sources, ...data.claims.flatMap((c) => c.sources), ...cited])];
}
