import GithubSlugger from 'github-slugger';
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Heading } from './report.ts';
import { setFact } from './report.ts';

/** Gives each heading an id from its text (as GitHub does) and records the headings for the contents list. */
export default function rehypeHeadingIds() {
  return (tree: Root, file: VFile) => {
    const slugger = new GithubSlugger();
    const headings: Heading[] = [];
    visit(tree, 'element', (node) => {
      const depth = /^h[1-6]$/.test(node.tagName) ? Number(node.tagName[1]) : 0;
      if (!depth) return;
      // The footnotes' label comes with its own id and is no story of the brief.
      if (node.properties.id) return;
      const text = toString(node);
      const slug = slugger.slug(text);
      node.properties.id = slug;
      headings.push({ depth, slug, text });
    });
    setFact(file, 'headings', headings);
  };
}
