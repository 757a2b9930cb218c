import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { DIRECTIVES } from './directives.ts';
import { report } from './report.ts';

const DIRECTIVE_TYPES = Object.keys(DIRECTIVES) as (keyof typeof DIRECTIVES)[];
const SYNTAX = { containerDirective: ':::', leafDirective: '::', textDirective: ':' } as const;

/**
 * Fails on a directive the site does not know (a typo like `:::takeway` would otherwise
 * vanish from the page). A bare `:word` in running text, such as "ratio 3:two", is text.
 */
export default function remarkUnknownDirectives() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if (!(DIRECTIVE_TYPES as string[]).includes(node.type)) return;
      const directive = node as import('mdast-util-directive').Directives;
      const known: readonly string[] = DIRECTIVES[directive.type];
      if (known.includes(directive.name)) return;
      const bare = directive.type === 'textDirective' && directive.children.length === 0 && Object.keys(directive.attributes ?? {}).length === 0;
      if (bare && parent && index !== undefined) {
        parent.children.splice(index, 1, { type: 'text', value: `:${directive.name}` } as never);
        return;
      }
      report(file, directive, `${SYNTAX[directive.type]}${directive.name}`, `unknown directive; expected one of ${known.map((n) => SYNTAX[directive.type] + n).join(', ')}`);
      // Its contents are not rendered: a typo must not publish half a box.
      if (parent && index !== undefined) parent.children.splice(index, 1);
      return index;
    });
  };
}
