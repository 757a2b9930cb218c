import { describe, expect, it } from 'vitest';
import { plainPicture } from './plain-pictures.ts';

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
