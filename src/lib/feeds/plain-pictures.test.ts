import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { plainPicture, plainPictures } from './plain-pictures.ts';

describe('plainPictures', () => {
  it('gives a feed reader the PNG of a drawing with its alt text and size, and no SVG source', () => {
    const html =
      '<figure><a href="/figures/map.svg"><picture><source type="image/svg+xml" srcset="/figures/map.svg">' +
      '<img src="/figures/map.svg.png" alt="A map" width="400" height="300" loading="lazy"></picture></a><figcaption>Map</figcaption></figure>';
    expect(toHtml(plainPictures(fromHtml(html, { fragment: true })))).toBe('<figure><a href="/figures/map.svg"><img src="/figures/map.svg.png" alt="A map" width="400" height="300"></a><figcaption>Map</figcaption></figure>');
  });
});

describe('plainPicture', () => {
  it('gives a feed reader the JPEG rendition with its alt text and size, and no WebP', () => {
    const picture = {
      alt: 'A "map" <of> Mali',
      sizes: '44rem',
      sources: [{ type: 'image/webp', srcset: '/a_480.webp 480w, /a_704.webp 704w' }],
      fallback: { type: 'image/jpeg', src: '/a_704.jpg', srcset: '/a_480.jpg 480w, /a_704.jpg 704w', width: 704, height: 469 },
      loading: 'lazy' as const,
    };
    expect(plainPicture(picture, 'https://x.org/a_704.jpg')).toBe('<img src="https://x.org/a_704.jpg" alt="A &#x22;map&#x22; <of> Mali" width="704" height="469">');
  });
});
