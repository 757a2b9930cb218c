import type { Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { report, setFact } from './report.ts';
import { emptySiteIndex, type SiteIndex } from './site-index.ts';

/** Turns `:cite[source-id]` into a link to the source in the brief's list of sources. */
export default function remarkCite(index: SiteIndex = emptySiteIndex) {
  return (tree: Root, file: VFile) => {
    const cited = new Set<string>();
    visit(tree, 'textDirective', (node: TextDirective) => {
      if (node.name !== 'cite') return;
      const id = toString(node).trim();
      const source = index.sources.get(id);
      if (!source) {
        report(file, node, ':cite', `unknown source "${id}"; expected the id of a source record in seeds/`);
        return;
      }
      cited.add(id);
      node.data = { hName: 'a', hProperties: { className: ['cite'], href: `#source-${id}`, title: source.title } };
      node.children = [{ type: 'text', value: `[${source.publisher}, ${source.published.slice(0, 4)}]` }];
    });
    setFact(file, 'citedSources', [...cited]);
  };
}
