import type { Link, Nodes, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { emptySiteIndex, type SiteIndex } from './site-index.ts';

/** Options for {@link remarkActorLinks}. */
export interface Options {
  index: SiteIndex;
  /** Base path the site is served under. */
  base: string;
}

const SKIP = new Set(['link', 'linkReference', 'heading', 'textDirective', 'leafDirective', 'code', 'inlineCode', 'html']);
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
    const linkable = new Set(byName.values()).size;

    /** The text split around first mentions, or undefined when it mentions no actor not yet linked. */
    const split = (node: Text): (Text | Link)[] | undefined => {
      // A plain substring test first: most text mentions no actor, and the regex is dearer.
      if (!names.some((n) => !linked.has(byName.get(n)!) && node.value.includes(n))) return undefined;
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
      if (parts.length === 0) return undefined;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      return parts;
    };

    // Depth-first in document order, so "first" means first for the reader; stops once
    // every actor is linked.
    const walk = (parent: { children: Nodes[] }) => {
      for (let i = 0; i < parent.children.length && linked.size < linkable; i++) {
        const node = parent.children[i]!;
        if (SKIP.has(node.type)) continue;
        if (node.type === 'text') {
          const parts = split(node);
          if (parts) {
            parent.children.splice(i, 1, ...parts);
            i += parts.length - 1;
          }
        } else if ('children' in node) walk(node as { children: Nodes[] });
      }
    };
    walk(tree);
  };
}
