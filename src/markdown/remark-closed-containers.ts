import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { report } from './report.ts';

const EXPECTED = 'expected a line ":::" where the box ends';

/**
 * Refuses a `:::` box whose closing line is missing, at its opening line. Without it the
 * parser lets the box take in the rest of the brief, or closes it at the next box's ":::",
 * which then looks like the unclosed one; a box that holds another opened with as many
 * colons is the one left open (nesting takes more colons on the outer box).
 */
export default function remarkClosedContainers() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    const colons = (node: ContainerDirective) => /^[ \t>]*(:+)/.exec(source.slice(source.lastIndexOf('\n', (node.position?.start.offset ?? 1) - 1) + 1))?.[1]?.length ?? 3;
    visit(tree, 'containerDirective', (node: ContainerDirective) => {
      let inner: ContainerDirective | undefined;
      visit(node, 'containerDirective', (child: ContainerDirective) => {
        if (child !== node && !inner && colons(child) >= colons(node)) inner = child;
      });
      if (inner) {
        report(file, node, `:::${node.name}`, `opened here and never closed, so it takes in what follows, the :::${inner.name} on line ${inner.position?.start.line} included; ${EXPECTED}`);
        return SKIP;
      }
      const end = node.position?.end.offset ?? 0;
      if (!/^[ \t>]*:{3,}[ \t]*$/.test(source.slice(source.lastIndexOf('\n', end - 1) + 1, end))) {
        report(file, node, `:::${node.name}`, `opened here and never closed, so it would take in the rest of the brief; ${EXPECTED}`);
        return SKIP;
      }
      return undefined;
    });
  };
}
