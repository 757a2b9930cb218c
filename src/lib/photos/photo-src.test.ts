import { describe, expect, it } from 'vitest';
import { photoSrc } from './photo-src.ts';

describe('photoSrc', () => {
  it.each([
    ['./photo.jpg', './photo.jpg'],
    ['photo.JPG', './photo.JPG'],
    ['./img/map.png', './img/map.png'],
  ])('takes %j as the file %j beside the brief', (src, path) => {
    expect(photoSrc(src)).toEqual({ kind: 'bundle', path });
  });
  it.each(['https://example.org/x.jpg', 'HTTP://example.org/x.jpg', '//cdn.example/x.jpg'])('calls %j remote', (src) => {
    expect(photoSrc(src)).toEqual({ kind: 'remote' });
  });
  it('leaves a file on the site as it is', () => {
    expect(photoSrc('/figures/map.svg')).toEqual({ kind: 'site' });
  });
  it('leaves unsafe schemes to the link check', () => {
    expect(photoSrc('javascript:alert(1)')).toEqual({ kind: 'other' });
  });
  it('refuses a path out of the folder or a format the site cannot resize', () => {
    expect(photoSrc('../other/photo.jpg')).toEqual({ kind: 'other', problem: expect.stringMatching(/^"\.\.\/other\/photo\.jpg" leaves the brief's folder; expected a JPEG/) });
    expect(photoSrc('./diagram.svg')).toEqual({ kind: 'other', problem: expect.stringMatching(/^"\.\/diagram\.svg" is not a photo the site can resize; expected a JPEG, PNG, WebP or AVIF file/) });
  });
});
