/** A region's place in the tree of regions. */
export interface RegionNode {
  /** Ids of the regions directly inside it. */
  children: string[];
  /** Its own id and the ids of every region inside it, at any depth. */
  within: Set<string>;
  /** Ids of the regions it lies in, nearest first. */
  ancestors: string[];
}

/**
 * The tree of regions from each region's `parent`: a country page gathers the claims of
 * its regions and places. A parent cycle (an authoring mistake) is cut, not followed.
 */
export function regionTree(regions: readonly { id: string; parent?: string | undefined }[]): Map<string, RegionNode> {
  const parentOf = new Map(regions.map((r) => [r.id, r.parent]));
  const tree = new Map<string, RegionNode>(regions.map((r) => [r.id, { children: [], within: new Set([r.id]), ancestors: [] }]));
  for (const { id, parent } of regions) {
    if (parent && tree.has(parent)) tree.get(parent)!.children.push(id);
    let up = parent;
    const seen = new Set([id]);
    while (up && tree.has(up) && !seen.has(up)) {
      seen.add(up);
      tree.get(id)!.ancestors.push(up);
      tree.get(up)!.within.add(id);
      up = parentOf.get(up);
    }
  }
  for (const node of tree.values()) node.children.sort();
  return tree;
}

/** Top-level regions (no parent) by name, each with every region inside it by name. */
export function regionsByCountry<T extends { id: string; data: { name: string; parent?: string | undefined } }>(
  regions: readonly T[],
  tree: ReadonlyMap<string, RegionNode>,
): { country: T; inside: T[] }[] {
  const byName = (a: T, b: T) => a.data.name.localeCompare(b.data.name, 'en');
  const byId = new Map(regions.map((r) => [r.id, r]));
  return regions
    .filter((r) => !r.data.parent || !byId.has(r.data.parent))
    .sort(byName)
    .map((country) => ({
      country,
      inside: [...(tree.get(country.id)?.within ?? [])].filter((id) => id !== country.id).map((id) => byId.get(id)!).sort(byName),
    }));
}
