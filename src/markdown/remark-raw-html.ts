import type { Html, Nodes, Parent, PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { report } from './report.ts';

/** Inline HTML elements authors may write; everything else in a body is refused. */
export const ALLOWED_HTML = ['sup', 'sub', 'abbr', 'kbd', 'mark', 'br'] as const;

const OPEN = /^<(sup|sub|abbr|kbd|mark)(?:\s+title="([^"<>]*)")?\s*>$/i;
const CLOSE = /^<\/(sup|sub|abbr|kbd|mark)\s*>$/i;
const BREAK = /^<br\s*\/?>$/i;
const COMMENT = /^<!--(?:(?!-->)[\s\S])*-->$/;

/** Nodes whose children are phrasing content, where inline elements may stand. */
const PHRASING = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'textDirective', 'leafDirective']);

const show = (html: string) => JSON.stringify(html.length > 40 ? `${html.slice(0, 40)}…` : html);
const EXPECTED = `expected Markdown; the only HTML a body may hold is ${ALLOWED_HTML.map((t) => `<${t}>`).join(', ')} (abbr with a title="…")`;

/**
 * Raw HTML is refused, as Hugo omits it by default: it would run in readers' browsers
 * and travel into feeds. A few inline elements are allowed and turned into Markdown
 * nodes (so no raw HTML reaches the renderer): `<sup>2</sup>`, `<abbr title="…">`,
 * `<br>`. HTML comments are dropped.
 */
export default function remarkRawHtml() {
  return (tree: Root, file: VFile) => {
    const refuse = (node: Html) => report(file, node, 'raw HTML', `found ${show(node.value)}; ${EXPECTED}`);
    visit(tree, (node: Nodes) => {
      if (!('children' in node)) return;
      const parent = node as Parent;
      if (!parent.children.some((c) => c.type === 'html')) return;
      const out: Nodes[] = [];
      // Open inline elements: where their children start in `out`, and their attributes.
      const open: { name: string; title?: string; at: number; node: Html }[] = [];
      for (const child of parent.children as Nodes[]) {
        if (child.type !== 'html') {
          out.push(child);
          continue;
        }
        const value = child.value.trim();
        if (COMMENT.test(value)) continue;
        const inline = PHRASING.has(node.type);
        const opened = OPEN.exec(value);
        const closed = CLOSE.exec(value);
        if (inline && BREAK.test(value)) out.push({ type: 'break', position: child.position });
        else if (inline && opened) open.push({ name: opened[1]!.toLowerCase(), ...(opened[2] !== undefined && { title: opened[2] }), at: out.length, node: child });
        else if (inline && closed && open.at(-1)?.name === closed[1]!.toLowerCase()) {
          const { name, title, at, node: start } = open.pop()!;
          const children = out.splice(at) as PhrasingContent[];
          out.push({ type: 'emphasis', data: { hName: name, hProperties: title === undefined ? {} : { title } }, position: start.position, children });
        } else refuse(child);
      }
      for (const unclosed of open) report(file, unclosed.node, 'raw HTML', `${show(unclosed.node.value)} is never closed; expected </${unclosed.name}> later in the same paragraph`);
      parent.children = out as typeof parent.children;
    });
  };
}
