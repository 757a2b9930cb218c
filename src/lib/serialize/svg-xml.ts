import type { Nodes } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { xmlSafe } from '../feeds/xml-safe.ts';

/**
 * An SVG tree as XML, for files and for resvg, which read it with an XML parser: text that
 * HTML would carry but XML cannot (a `]]>`, characters XML forbids) is escaped or dropped,
 * so any title or name drawn stays text and never stops the build.
 */
export const svgXml = (tree: Nodes): string =>
  xmlSafe(toHtml(tree, { space: 'svg', closeSelfClosing: true, closeEmptyElements: true })).replace(/]]>/g, ']]&gt;');
