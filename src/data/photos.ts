// Photos beside a brief, through Astro's image service: the loader checks each file,
// src/integrations/brief-photos.ts imports those briefs show as Astro images, and here each
// `<img data-photo="N">` the Markdown pipeline left becomes a <picture> of resized
// renditions. Astro writes only the renditions asked for, never the original file.
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { photoWidths, pictureHtml } from '../lib/photos/picture-html.ts';
import type { PhotoRef } from '../markdown/remark-photos.ts';
import { photoKey } from '../lib/photos/photo-src.ts';

/** Widths of the body column (44rem) at 1×, 1.5× and 2×, and one for phones. */
const WIDTHS = [480, 704, 1056, 1408];
/** The column's width, the size `width` and `height` describe. */
const COLUMN = 704;
const SIZES = '(min-width: 47rem) 44rem, calc(100vw - 2.5rem)';

/** The photos of every brief, as Astro imported them (src/integrations/brief-photos.ts). */
async function registered(): Promise<Map<string, ImageMetadata>> {
  return (await import('virtual:brief-photos')).default;
}

/** The HTML of each photo of a body, in order. */
export async function photoPictures(brief: string, photos: readonly PhotoRef[]): Promise<string[]> {
  if (photos.length === 0) return [];
  const images = await registered();
  return Promise.all(
    photos.map(async (photo) => {
      const imported = images.get(photoKey(brief, photo.src));
      // The loader checked every file; a missing import is a bug, never a broken page.
      if (!imported) throw new Error(`${brief}: photo ${photo.src} was not handed to Astro's image service`);
      // Astro ships the original file of any image whose properties a page reads; its
      // size is read from a copy, so only the renditions are written.
      const original = (imported as ImageMetadata & { clone?: ImageMetadata }).clone ?? imported;
      const widths = photoWidths(original.width, WIDTHS);
      const width = Math.min(COLUMN, original.width);
      const fallbackFormat = original.format === 'png' ? 'png' : 'jpg';
      const [webp, fallback] = await Promise.all(
        (['webp', fallbackFormat] as const).map((format) => getImage({ src: imported, width, widths, format, sizes: SIZES, alt: photo.alt })),
      );
      return pictureHtml({
        alt: photo.alt,
        sizes: SIZES,
        sources: [{ type: 'image/webp', srcset: webp!.srcSet.attribute }],
        fallback: { type: `image/${fallbackFormat === 'jpg' ? 'jpeg' : 'png'}`, src: fallback!.src, srcset: fallback!.srcSet.attribute, width, height: Math.round((width * original.height) / original.width) },
        loading: 'lazy',
      });
    }),
  );
}

/** `html` with each photo marker replaced by its picture. */
export const withPictures = (html: string, pictures: readonly string[]): string =>
  pictures.length === 0 ? html : html.replace(/<img\b(?:[^>"]|"[^"]*")*?\bdata-photo="(\d+)"(?:[^>"]|"[^"]*")*>/g, (marker, n: string) => pictures[Number(n)] ?? marker);
