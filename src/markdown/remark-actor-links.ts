import type { Link, Root, Text } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { emptySiteIndex, type SiteIndex } from './site-index.ts';

/** Options for {@link remarkActorLinks}. */
export interface Options {
  index: SiteIndex;
  /** Base path the site is served under. */
  base: string;
}

const SKIP = new Set(['link', 'linkReference', 'heading', 'textDirective', 'leafDirective']);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Links the first mention of each of the brief's actors (by name, short name or alias)
 * to the actor's page; never inside links, headings, directives or code.
 */
export default function remarkActorLinks(options: Options = { index: emptySiteIndex, base: '/' }) {
  const base = options.base.replace(/\/?$/, '/');
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: { actors?: unknown } } }).astro?.frontmatter;
    const ids = Array.isArray(frontmatter?.actors) ? (frontmatter.actors as string[]) : [];
    const byName = new Map<string, string>();
    for (const id of ids) for (const name of options.index.actorNames.get(id) ?? []) byName.set(name, id);
    if (byName.size === 0) return;
    // Longest names first, so "Islamic State Sahel" wins over "Islamic State".
    const names = [...byName.keys()].sort((a, b) => b.length - a.length);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    const linked = new Set<string>();

    visitParents(tree, 'text', (node: Text, ancestors) => {
      if (ancestors.some((a) => SKIP.has(a.type))) return;
      const parent = ancestors.at(-1) as { children: (Text | Link)[] } | undefined;
      if (!parent || linked.size === byName.size) return;
      const parts: (Text | Link)[] = [];
      let last = 0;
      for (const match of node.value.matchAll(pattern)) {
        const id = byName.get(match[0])!;
        if (linked.has(id)) continue;
        linked.add(id);
        if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
        parts.push({ type: 'link', url: `${base}actors/${id}/`, data: { hProperties: { className: ['actor-link'] } }, children: [{ type: 'text', value: match[0] }] });
        last = match.index + match[0].length;
      }
      if (parts.length === 0) return;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      const at = parent.children.indexOf(node);
      parent.children.splice(at, 1, ...parts);
    });
  };
}
