import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** The comment each chart slot becomes: no author can write one (raw HTML is refused, the sanitiser drops comments). */
export const SLOT_MARK = 'briefs-chart-slot';

declare module 'vfile' {
  interface DataMap {
    /** Each chart slot's element as HTML, in order. */
    slotHtml: string[];
  }
}

/**
 * Last step before the HTML is written: each chart slot becomes a comment the renderer
 * cuts the HTML at, so pages can draw each chart in place without a pattern over HTML.
 */
export default function rehypeChartSlotMarks() {
  return (tree: Root, file: VFile) => {
    const slots: string[] = [];
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!(node.properties.className as string[] | undefined)?.includes('chart-slot') || !parent || index === undefined) return;
      slots.push(toHtml(node));
      parent.children[index] = { type: 'comment', value: SLOT_MARK };
    });
    file.data.slotHtml = slots;
  };
}
