import type { Element, Nodes } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import type { Picture } from '../photos/picture-html.ts';
import { xmlSafeTree } from './xml-safe.ts';

// Feed readers drop `<source>` and many drop `srcset`, and some cannot show WebP or SVG: a
// picture reaches them as a plain `<img>` of its JPEG or PNG rendition at the column's width,
// with alt text, width and height.

/** Each `<picture>` of a tree (a drawing's in a body) as its plain `<img>`. */
export function plainPictures<T extends Nodes>(tree: T): T {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'picture' || !parent || index === undefined) return undefined;
    const img = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'img');
    const { src, alt, width, height } = img?.properties ?? {};
    if (img) parent.children[index] = { ...img, properties: { src, alt, width, height } };
    else parent.children.splice(index, 1);
    return [SKIP, index];
  });
  return tree;
}

/** A photo, as the site resized it, as its plain `<img>` with `src` (absolute). */
export const plainPicture = (picture: Picture, src: string): string =>
  toHtml(xmlSafeTree(h('img', { src, alt: picture.alt, width: picture.fallback.width, height: picture.fallback.height })));
