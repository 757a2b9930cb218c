import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** What marks a story as concerning an actor or region: a link to its page or one of its names. */
export interface Concern {
  /** Site paths of its page (a link there counts). */
  hrefs: readonly string[];
  /** Names and aliases; matched as whole words, ignoring case. */
  names: readonly string[];
}

/**
 * A story of a newsletter issue (what follows one of its `## ` headings), as data: gathered
 * once when the body is rendered and asked about for every feed the brief is in.
 */
export interface StoryFacts {
  /** The heading's id. */
  slug: string;
  /** Where its links point, as written in the page (site paths). */
  hrefs: string[];
  /**
   * Its heading and each piece of its text as {@link words}, joined by `|`, so that a name
   * is found within one piece of text, never across a heading and the paragraph after it.
   */
  words: string;
}

/**
 * `text` as its words, lowercased, each between single spaces (` jnim says it ambushed `),
 * so that a name is found as whole words by a plain `includes`, whatever punctuation or
 * spacing separates them in the text.
 */
export const words = (text: string): string => {
  const found = text.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  return found ? ` ${found.join(' ')} ` : ' ';
};

/**
 * The stories of a rendered body: what follows each `## ` heading whose id is in `slugs`,
 * at any depth of the tree, up to the next `## `; text before the first story is no story's.
 */
export function storyFacts(tree: Root, slugs: ReadonlySet<string>): StoryFacts[] {
  const found: StoryFacts[] = [];
  const texts: string[][] = [];
  let current: { story: StoryFacts; text: string[] } | undefined;
  visit(tree, (node) => {
    if (node.type === 'element' && node.tagName === 'h2') {
      const slug = String(node.properties.id ?? '');
      current = slugs.has(slug) ? { story: { slug, hrefs: [], words: '' }, text: [toString(node)] } : undefined;
      if (current) {
        found.push(current.story);
        texts.push(current.text);
      }
      return 'skip';
    }
    if (!current) return undefined;
    if (node.type === 'element' && node.tagName === 'a') current.story.hrefs.push(String(node.properties.href ?? ''));
    if (node.type === 'text') current.text.push(node.value);
    return undefined;
  });
  found.forEach((story, i) => (story.words = texts[i]!.map(words).filter((w) => w !== ' ').join('|')));
  return found;
}

/** Whether one of a subject's stories links to its page or names it: `concerns(story)`. Built once per feed. */
export function concerning(concern: Concern): (story: StoryFacts) => boolean {
  const names = concern.names.filter((n) => n.trim().length > 1).map(words).filter((n) => n !== ' ');
  const hrefs = new Set(concern.hrefs);
  return (story) => story.hrefs.some((h) => hrefs.has(h)) || names.some((n) => story.words.includes(n));
}
