// Photos beside a brief, through Astro's image service: the loader checks each file,
// src/integrations/brief-photos.ts imports those briefs show as Astro images, and here each
// `<img data-photo="N">` the Markdown pipeline left becomes a <picture> of resized
// renditions. Astro writes only the renditions asked for, never the original file.
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { photoWidths, pictureHtml, type Picture } from '../lib/photos/picture-html.ts';
import { plainPicture } from '../lib/feeds/plain-pictures.ts';
import type { PhotoRef } from '../markdown/report.ts';
import { photoKey } from '../lib/photos/photo-src.ts';
import { absolute } from './paths.ts';

/** Widths of the body column (44rem) at 1×, 1.5× and 2×, and one for phones. */
const WIDTHS = [480, 704, 1056, 1408];
/** The column's width, the size `width` and `height` describe. */
const COLUMN = 704;
const SIZES = '(min-width: 47rem) 44rem, calc(100vw - 2.5rem)';
/** The width of the picture a shared link shows (Open Graph's large image). */
const SHARED = 1200;

/** The photos of every brief, as Astro imported them (src/integrations/brief-photos.ts). */
async function registered(): Promise<Map<string, ImageMetadata>> {
  return (await import('virtual:brief-photos')).default;
}

/** A brief's photo as a link preview shows it: an absolute URL of its JPEG or PNG rendition, with its size. */
export interface SharedPhoto {
  url: string;
  type: string;
  width: number;
  height: number;
  alt: string;
}

/** The HTML of each photo of a body, in order, as pages and as feeds show it, and the first as a link preview shows it. */
export async function photoPictures(brief: string, photos: readonly PhotoRef[]): Promise<{ pictures: string[]; plain: string[]; shared?: SharedPhoto }> {
  if (photos.length === 0) return { pictures: [], plain: [] };
  const images = await registered();
  const found = photos.map((photo) => {
    const imported = images.get(photoKey(brief, photo.src));
    // The loader checked every file; a missing import is a bug, never a broken page.
    if (!imported) throw new Error(`${brief}: photo ${photo.src} was not handed to Astro's image service`);
    // Astro ships the original file of any image whose properties a page reads; its
    // size is read from a copy, so only the renditions are written.
    const original = (imported as ImageMetadata & { clone?: ImageMetadata }).clone ?? imported;
    const format = original.format === 'png' ? ('png' as const) : ('jpg' as const);
    return { photo, imported, original, format, type: `image/${format === 'jpg' ? 'jpeg' : 'png'}` };
  });
  const height = (original: ImageMetadata, width: number) => Math.round((width * original.height) / original.width);
  const pictures: Picture[] = await Promise.all(
    found.map(async ({ photo, imported, original, format, type }) => {
      const widths = photoWidths(original.width, WIDTHS);
      const width = Math.min(COLUMN, original.width);
      const [webp, fallback] = await Promise.all((['webp', format] as const).map((f) => getImage({ src: imported, width, widths, format: f, sizes: SIZES, alt: photo.alt })));
      return {
        alt: photo.alt,
        sizes: SIZES,
        sources: [{ type: 'image/webp', srcset: webp!.srcSet.attribute }],
        fallback: { type, src: fallback!.src, srcset: fallback!.srcSet.attribute, width, height: height(original, width) },
        loading: 'lazy' as const,
      };
    }),
  );
  const { photo, imported, original, format, type } = found[0]!;
  const width = Math.min(SHARED, original.width);
  const shared = await getImage({ src: imported, width, format });
  return { pictures: pictures.map(pictureHtml), plain: pictures.map((p) => plainPicture(p, absolute(p.fallback.src))), shared: { url: absolute(shared.src), type, width, height: height(original, width), alt: photo.alt } };
}

/** `html` with each photo marker replaced by its picture. */
export const withPictures = (html: string, pictures: readonly string[]): string =>
  pictures.length === 0 ? html : html.replace(/<img\b(?:[^>"]|"[^"]*")*?\bdata-photo="(\d+)"(?:[^>"]|"[^"]*")*>/g, (marker, n: string) => pictures[Number(n)] ?? marker);
