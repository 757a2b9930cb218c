import type { Root } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { smartQuotes } from '../lib/format/smart-quotes.ts';

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'leafDirective']);

/**
 * Curly quotes, apostrophes, dashes and ellipses in a body's text, never in code or
 * URLs: the light replacement for retext-smartypants, using the same function as titles.
 */
export default function remarkSmartQuotes() {
  return (tree: Root) => {
    visit(tree, (block) => {
      if (!BLOCKS.has(block.type)) return undefined;
      // The last character of the previous text decides whether a quote after inline
      // markup ("*word*'s") opens or closes.
      let previous = '';
      visit(block, 'text', (node) => {
        node.value = smartQuotes(node.value, previous);
        previous = node.value.at(-1) ?? previous;
      });
      return SKIP;
    });
  };
}
