import type { ElementContent, Nodes } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';

// Characters XML 1.0 cannot carry at all, escaped or not: C0 controls other than tab,
// newline and return, lone surrogates, U+FFFE and U+FFFF.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters XML 1.0 forbids, so a feed stays well-formed whatever content holds. */
export const xmlSafe = (text: string): string => text.replace(NOT_XML, '');

/** Escapes text for XML element content and attribute values (and drops forbidden characters). */
export const escapeXml = (text: string): string =>
  xmlSafe(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * Plain text for a feed's `<title>` and `<description>`, which feed readers show as HTML:
 * escaped for HTML here, then for XML by the feed writer, so a reader shows `<img …>` as
 * those characters instead of running it.
 */
export const feedText = (text: string): string => xmlSafe(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Every text and attribute value of a hast tree {@link xmlSafe}, so the HTML printed from it can go into a feed. */
export function xmlSafeTree<T extends Nodes>(tree: T): T {
  visit(tree, (node) => {
    if (node.type === 'text' || node.type === 'comment') node.value = xmlSafe(node.value);
    if (node.type !== 'element') return;
    for (const [name, value] of Object.entries(node.properties)) {
      if (typeof value === 'string') node.properties[name] = xmlSafe(value);
      if (Array.isArray(value)) node.properties[name] = value.map((v) => (typeof v === 'string' ? xmlSafe(v) : v));
    }
  });
  return tree;
}

/** HTML of nodes printed for a feed: every character XML allows. */
export const feedHtml = (nodes: readonly (ElementContent | undefined)[]): string => toHtml(xmlSafeTree(h(null, nodes.filter((n) => n !== undefined))));
