import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Each `<picture>` as the plain `<img>` a feed reader shows: its JPEG or PNG rendition at
 * the column's width, with alt text, width and height. Readers drop `<source>` and many
 * drop `srcset`, and some cannot show WebP.
 */
export function plainPictures(tree: Root): Root {
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
