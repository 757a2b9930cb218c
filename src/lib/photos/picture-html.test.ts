import { describe, expect, it } from 'vitest';
import { photoWidths, pictureHtml } from './picture-html.ts';

describe('photoWidths', () => {
  it('never makes a rendition wider than the original', () => {
    expect(photoWidths(2400, [480, 704, 1056, 1408])).toEqual([480, 704, 1056, 1408]);
    expect(photoWidths(900, [480, 704, 1056, 1408])).toEqual([480, 704]);
    expect(photoWidths(300, [480, 704])).toEqual([300]);
  });
});

describe('pictureHtml', () => {
  it('offers WebP first, then a JPEG with its size, lazily loaded', () => {
    const html = pictureHtml({
      alt: 'Map of "Gao" & Ménaka',
      sizes: '(min-width: 46rem) 44rem, 100vw',
      sources: [{ type: 'image/webp', srcset: '/_astro/a_480.webp 480w, /_astro/a_704.webp 704w' }],
      fallback: { type: 'image/jpeg', src: '/_astro/a_704.jpg', srcset: '/_astro/a_480.jpg 480w, /_astro/a_704.jpg 704w', width: 704, height: 469 },
      loading: 'lazy',
    });
    expect(html).toBe(
      '<picture><source type="image/webp" srcset="/_astro/a_480.webp 480w, /_astro/a_704.webp 704w" sizes="(min-width: 46rem) 44rem, 100vw">' +
        '<img src="/_astro/a_704.jpg" srcset="/_astro/a_480.jpg 480w, /_astro/a_704.jpg 704w" sizes="(min-width: 46rem) 44rem, 100vw" alt="Map of &#x22;Gao&#x22; &#x26; Ménaka" width="704" height="469" loading="lazy" decoding="async"></picture>',
    );
  });
});
