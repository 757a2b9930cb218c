import type { Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { emptySiteIndex, type SiteIndex } from './site-index.ts';

/** Options for {@link remarkActorLinks}. */
export interface Options {
  index: SiteIndex;
  /** Base path the site is served under. */
  base: string;
}

const WORD = /[\p{L}\p{N}]/u;
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
    // Only names the text contains (a plain substring test is cheap; the pattern is not),
    // longest first, so "Islamic State Sahel" wins over "Islamic State".
    const text = byName.size === 0 ? '' : toString(tree);
    const names = [...byName.keys()].filter((n) => text.includes(n)).sort((a, b) => b.length - a.length);
    if (names.length === 0) return;
    const pattern = new RegExp(names.map(escape).join('|'), 'g');
    const linked = new Set<string>();
    const linkable = new Set(names.map((n) => byName.get(n))).size;
    findAndReplace(
      tree,
      [
        pattern,
        (match: string, { index, input }: { index: number; input: string }) => {
          const id = byName.get(match)!;
          // A whole word only: "JNIM" is not linked inside "JNIMs".
          if (linked.has(id) || WORD.test(input[index - 1] ?? '') || WORD.test(input[index + match.length] ?? '')) return false;
          linked.add(id);
          return { type: 'link', url: `${base}actors/${id}/`, data: { hProperties: { className: ['actor-link'] } }, children: [{ type: 'text', value: match }] };
        },
      ],
      // Once every actor is linked, the rest of the body is skipped.
      { ignore: ['link', 'linkReference', 'heading', 'textDirective', 'leafDirective', 'code', 'inlineCode', () => linked.size === linkable] },
    );
  };
}
