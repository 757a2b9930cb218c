import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** A story of a newsletter issue: its `## ` heading. */
export interface Story {
  slug: string;
  text: string;
}

/** What marks a story as concerning an actor or region: a link to its page or one of its names. */
export interface Concern {
  /** Site paths of its page (a link there counts). */
  hrefs: readonly string[];
  /** Names and aliases; matched as whole words, ignoring case. */
  names: readonly string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The stories of a brief (what follows each of its `## ` headings, at any depth of the
 * rendered tree) that link to the actor's or region's page or name it, in order.
 */
export function storiesConcerning(tree: Root, stories: readonly Story[], concern: Concern): Story[] {
  const bySlug = new Map(stories.map((s) => [s.slug, s]));
  const names = concern.names.filter((n) => n.trim().length > 1);
  const named = names.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu') : undefined;
  const hrefs = new Set(concern.hrefs);
  const found = new Set<Story>();
  let current: Story | undefined;
  visit(tree, (node) => {
    if (node.type === 'element' && node.tagName === 'h2') {
      current = bySlug.get(String(node.properties.id ?? ''));
      if (current && named?.test(toString(node))) found.add(current);
      return 'skip';
    }
    if (!current || found.has(current)) return undefined;
    if (node.type === 'element' && node.tagName === 'a' && hrefs.has(String(node.properties.href ?? ''))) found.add(current);
    if (node.type === 'text' && named?.test(node.value)) found.add(current);
    return undefined;
  });
  return [...found];
}
