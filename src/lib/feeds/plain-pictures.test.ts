import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { plainPictures } from './plain-pictures.ts';

describe('plainPictures', () => {
  it('gives a feed reader the JPEG rendition with its alt text and size, and no WebP', () => {
    const html =
      '<figure><picture><source type="image/webp" srcset="/a_480.webp 480w, /a_704.webp 704w" sizes="44rem">' +
      '<img src="/a_704.jpg" srcset="/a_480.jpg 480w, /a_704.jpg 704w" sizes="44rem" alt="A map" width="704" height="469" loading="lazy" decoding="async"></picture><figcaption>Map</figcaption></figure>';
    expect(toHtml(plainPictures(fromHtml(html, { fragment: true })))).toBe('<figure><img src="/a_704.jpg" alt="A map" width="704" height="469"><figcaption>Map</figcaption></figure>');
  });
});
