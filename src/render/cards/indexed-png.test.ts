import { Resvg } from '@resvg/resvg-js';
import * as zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { indexedPng } from './indexed-png.ts';

const rgba = (...pixels: number[][]) => new Uint8Array(pixels.flat());
const chunks = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: { type: string; data: Uint8Array }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    out.push({ type: String.fromCharCode(...png.subarray(at + 4, at + 8)), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return out;
};

describe('indexedPng', () => {
  const red = [200, 20, 20, 255];
  const ground = [251, 250, 247, 255];
  const ink = [17, 17, 17, 255];

  it('writes the four chunks of an indexed-colour PNG, colours in order of first use', () => {
    const png = indexedPng(rgba(red, red, ground, ink, ground, ground), 3, 2, zlib)!;
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const [ihdr, plte, idat, iend, ...rest] = chunks(png);
    expect([ihdr!.type, plte!.type, idat!.type, iend!.type, rest.length]).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND', 0]);
    expect([...ihdr!.data]).toEqual([0, 0, 0, 3, 0, 0, 0, 2, 8, 3, 0, 0, 0]);
    expect([...plte!.data]).toEqual([200, 20, 20, 251, 250, 247, 17, 17, 17]);
    // Each row is filter byte 0, then an index a pixel.
    expect([...zlib.inflateSync(idat!.data)]).toEqual([0, 0, 0, 1, 0, 2, 1, 1]);
  });

  it('gives up on translucent pixels and on more than 256 colours', () => {
    expect(indexedPng(rgba(red, [0, 0, 0, 128]), 2, 1, zlib)).toBeUndefined();
    const many = Array.from({ length: 257 }, (_, i) => [i % 256, Math.floor(i / 256), 0, 255]);
    expect(indexedPng(rgba(...many), 257, 1, zlib)).toBeUndefined();
    expect(indexedPng(rgba(...many.slice(0, 256)), 256, 1, zlib)).toBeDefined();
  });

  it('keeps every pixel of a drawn picture, as another PNG decoder reads it back', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="63"><rect width="120" height="63" fill="#fbfaf7"/><rect width="120" height="4" fill="#c8102e"/><circle cx="40" cy="35" r="17" fill="#111"/><path d="M70 50 L110 12" stroke="#666" stroke-width="3"/></svg>`;
    const drawn = new Resvg(svg).render();
    const png = indexedPng(drawn.pixels, drawn.width, drawn.height, zlib)!;
    expect(png.length).toBeLessThan(drawn.asPng().length);
    // resvg decodes the PNG (with the png crate) and draws it unscaled.
    const back = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="120" height="63"><image width="120" height="63" xlink:href="data:image/png;base64,${Buffer.from(png).toString('base64')}"/></svg>`).render();
    expect(Buffer.from(back.pixels).equals(Buffer.from(drawn.pixels))).toBe(true);
  });
});
