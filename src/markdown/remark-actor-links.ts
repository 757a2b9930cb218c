import type { Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import type { VFile } from 'vfile';
import { emptySiteIndex, type SiteIndex } from './site-index.ts';

/** Options for {@link remarkActorLinks}. */
export interface Options {
  index: SiteIndex;
  /** Base path the site is served under. */
  base: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Links the first mention of each of the brief's actors (by name, short name or alias)
 * to the actor's page; never inside links, headings, directives or code.
 */
export default function remarkActorLinks(options: Options = { index: emptySiteIndex, base: '/' }) {
  const base = options.base.replace(/\/?$/, '/');
  return (tree: Root, file: VFile) => {
    const byName = new Map<string, string>();
    for (const id of file.data.actors ?? []) for (const name of options.index.actorNames.get(id) ?? []) byName.set(name, id);
    if (byName.size === 0) return;
    // Longest names first, so "Islamic State Sahel" wins over "Islamic State".
    const names = [...byName.keys()].sort((a, b) => b.length - a.length);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    const linked = new Set<string>();
    findAndReplace(
      tree,
      [
        pattern,
        (match: string) => {
          const id = byName.get(match)!;
          if (linked.has(id)) return false;
          linked.add(id);
          return { type: 'link', url: `${base}actors/${id}/`, data: { hProperties: { className: ['actor-link'] } }, children: [{ type: 'text', value: match }] };
        },
      ],
      { ignore: ['link', 'linkReference', 'heading', 'textDirective', 'leafDirective', 'code', 'inlineCode'] },
    );
  };
}
