import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';

/** One format of a photo at several widths: a `srcset`, and the rendition `src` stands for. */
export interface Rendition {
  /** MIME type, e.g. `image/webp`. */
  type: string;
  srcset: string;
}

/** A photo as the page shows it: modern renditions first, then a JPEG or PNG every browser and feed reader takes. */
export interface Picture {
  alt: string;
  /** The widths the layout gives the photo, for the browser to pick a rendition. */
  sizes: string;
  /** Modern formats, best first. */
  sources: Rendition[];
  /** The JPEG or PNG fallback: its `src` at the layout's width, its `srcset`, and its size in CSS pixels. */
  fallback: Rendition & { src: string; width: number; height: number };
  /** `lazy` below the fold (a body's photos are), `eager` for one the reader sees first. */
  loading: 'lazy' | 'eager';
}

/** The widths to make of a photo `original` pixels wide: those of `wanted` it can fill, else its own width. */
export function photoWidths(original: number, wanted: readonly number[]): number[] {
  const fit = wanted.filter((w) => w <= original);
  return fit.length > 0 ? fit : [original];
}

/** A `<picture>`: a `<source>` per modern format and an `<img>` with width and height set, so nothing moves as it loads. */
export function pictureHtml(picture: Picture): string {
  const { fallback } = picture;
  return toHtml(
    h('picture', [
      ...picture.sources.map((s) => h('source', { type: s.type, srcSet: s.srcset, sizes: picture.sizes })),
      h('img', {
        src: fallback.src,
        srcSet: fallback.srcset,
        sizes: picture.sizes,
        alt: picture.alt,
        width: fallback.width,
        height: fallback.height,
        loading: picture.loading,
        decoding: 'async',
      }),
    ]),
  );
}
