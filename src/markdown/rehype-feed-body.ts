import type { Nodes, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { absoluteUrls } from '../lib/feeds/absolute-urls.ts';
import { plainPictures } from '../lib/feeds/plain-pictures.ts';
import { storyFacts, type StoryFacts } from '../lib/feeds/stories-concerning.ts';
import { xmlSafeTree } from '../lib/feeds/xml-safe.ts';
import { SLOT_MARK } from './rehype-chart-slot-marks.ts';

/** Where a feed item puts a picture into the body: the Nth chart slot's PNG, or the Nth photo's JPEG or PNG. */
export interface FeedHole {
  kind: 'chart' | 'photo';
  index: number;
}

/** A body as a feed item carries it, made in the same pass as the page's HTML. */
export interface FeedBody {
  /** The HTML with every link absolute and every character XML allows, cut at each hole: `parts.length === holes.length + 1`. */
  parts: string[];
  holes: FeedHole[];
  /** Each `## ` story's links and words, for the feeds of the actors and regions it concerns. */
  stories: StoryFacts[];
}

declare module 'vfile' {
  interface DataMap {
    /** The absolute URL of the body's page: asked for, the feed variant is made against it. */
    pageUrl: string;
    feed: FeedBody;
  }
}

const HOLE = 'briefs-feed-hole';

/** A copy of a tree to change: nodes and properties copied, positions and values shared (a fifth of `structuredClone`'s time). */
const copy = <T extends Nodes>(node: T): T => {
  if (node.type === 'element') return { ...node, properties: { ...node.properties }, children: node.children.map(copy) };
  if (node.type === 'root') return { ...node, children: node.children.map(copy) };
  return { ...node };
};

/**
 * After the page's tree is final: the body for feeds, from a copy of that tree. Feed readers
 * resolve no relative link and show no `<picture>` or inline SVG, so links are made absolute
 * against the page, a drawing's picture becomes its PNG, and each chart slot and photo is left
 * as a hole the site fills with a picture.
 */
export default function rehypeFeedBody() {
  return (tree: Root, file: VFile) => {
    const { pageUrl } = file.data;
    if (!pageUrl) return;
    const slugs = new Set((file.data.facts?.headings ?? []).filter((h) => h.depth === 2).map((h) => h.slug));
    const feed = copy(tree);
    const holes: FeedHole[] = [];
    let charts = 0;
    visit(feed, (node, index, parent) => {
      if (!parent || index === undefined) return undefined;
      if (node.type === 'comment' && node.value === SLOT_MARK) holes.push({ kind: 'chart', index: charts++ });
      else if (node.type === 'element' && node.tagName === 'img' && node.properties.dataPhoto !== undefined) holes.push({ kind: 'photo', index: Number(node.properties.dataPhoto) });
      else return undefined;
      parent.children[index] = { type: 'comment', value: HOLE } as RootContent;
      return 'skip';
    });
    // A drawing's <picture> as its PNG: feed readers drop <source>, and many cannot show SVG.
    const parts = toHtml(absoluteUrls(plainPictures(xmlSafeTree(feed)), pageUrl)).split(`<!--${HOLE}-->`);
    // A body of one story needs no line naming the stories that concern a feed's subject.
    file.data.feed = { parts, holes, stories: slugs.size > 1 ? storyFacts(tree, slugs) : [] };
  };
}
