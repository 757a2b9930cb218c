// Stands in for Astro's virtual module `astro:assets` in tests that run the site model
// in-process (tests/mutation.test.ts), where no image service runs: each rendition is named
// after the photo, its width and format, so a page or feed still shows where it would be.
// The built site's photos are tested in tests/photos.test.ts.
import type { ImageMetadata } from 'astro';

interface Options {
  src: ImageMetadata;
  width: number;
  widths?: number[];
  format: string;
}

export async function getImage({ src, width, widths, format }: Options) {
  const at = (w: number) => `${src.src.replace(/\.[^.]+$/, '')}-${w}.${format}`;
  return { src: at(width), srcSet: { attribute: (widths ?? [width]).map((w) => `${at(w)} ${w}w`).join(', ') } };
}
