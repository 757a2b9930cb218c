import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isSafeUrl, SAFE_URL_FORMS } from '../lib/check/check-url.ts';
import { report } from './report.ts';

/** Refuses links and images whose target a browser would run or fetch from elsewhere: `javascript:`, `data:`, `//host`. */
export default function remarkSafeUrls() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
      const { url } = node as { url: string };
      if (!isSafeUrl(url)) report(file, node, node.type === 'image' ? 'image' : 'link', `found ${JSON.stringify(url.length > 60 ? `${url.slice(0, 60)}…` : url)}; expected ${SAFE_URL_FORMS}`);
    });
  };
}
