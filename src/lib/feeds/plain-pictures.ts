import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Picture } from '../photos/picture-html.ts';
import { xmlSafeTree } from './xml-safe.ts';

/**
 * A photo as the plain `<img>` a feed reader shows: its JPEG or PNG rendition at the
 * column's width (`src`, absolute), with alt text, width and height. Readers drop `<source>`
 * and many drop `srcset`, and some cannot show WebP.
 */
export const plainPicture = (picture: Picture, src: string): string =>
  toHtml(xmlSafeTree(h('img', { src, alt: picture.alt, width: picture.fallback.width, height: picture.fallback.height })));
