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

/** A story's links and text, gathered once per brief and asked about for every feed it is in. */
export interface StoryText {
  story: Story;
  hrefs: string[];
  text: string;
}

/** The stories of a brief (what follows each of its `## ` headings, at any depth of the rendered tree), with their links and text. */
export function storyTexts(tree: Root, stories: readonly Story[]): StoryText[] {
  const bySlug = new Map(stories.map((s) => [s.slug, s]));
  const found: StoryText[] = [];
  let current: StoryText | undefined;
  visit(tree, (node) => {
    if (node.type === 'element' && node.tagName === 'h2') {
      const story = bySlug.get(String(node.properties.id ?? ''));
      current = story && { story, hrefs: [], text: toString(node) };
      if (current) found.push(current);
      return 'skip';
    }
    if (!current) return undefined;
    if (node.type === 'element' && node.tagName === 'a') current.hrefs.push(String(node.properties.href ?? ''));
    if (node.type === 'text') current.text += ` ${node.value}`;
    return undefined;
  });
  return found;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The stories that link to the actor's or region's page or name it, in order. */
export function storiesConcerning(texts: readonly StoryText[], concern: Concern): Story[] {
  const names = concern.names.filter((n) => n.trim().length > 1);
  const named = names.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu') : undefined;
  const hrefs = new Set(concern.hrefs);
  return texts.filter((t) => t.hrefs.some((h) => hrefs.has(h)) || named?.test(t.text)).map((t) => t.story);
}
