// A PNG of an opaque picture with at most 256 colours, as an indexed-colour image: a social
// card is a flat background, a few inks and their anti-aliased edges (under a hundred
// colours), so one byte a pixel instead of four makes the file half the size of resvg's own
// RGBA encoding and quicker to compress. No library we use writes indexed PNGs from
// pixels without quantising them (sharp's palette output goes through libimagequant), and
// the format needs only its four chunks, so it is written here; every pixel is kept exactly.
//
// The worker threads that draw pictures run this function from its source text, so it
// uses nothing but its arguments and Node's globals.

/** What the encoder needs of `node:zlib`. */
export interface Zlib {
  deflateSync(data: Uint8Array, options: { strategy: number }): Uint8Array;
  crc32(data: Uint8Array, value?: number): number;
  constants: { Z_RLE: number };
}

/**
 * `rgba` (width × height pixels, 4 bytes each) as indexed-colour PNG bytes, or `undefined`
 * when a pixel is not fully opaque or the picture has more than 256 colours.
 */
export function indexedPng(rgba: Uint8Array, width: number, height: number, zlib: Zlib): Uint8Array | undefined {
  const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
  const bytes = Buffer.from(rgba.buffer, rgba.byteOffset, width * height * 4);
  // The palette: at most 256 colours, looked up by a short scan (a Map costs more).
  const colours = new Uint32Array(256);
  const firstPixel: number[] = [];
  // Each row: filter type 0 (none), then one palette index per pixel.
  const stride = width + 1;
  const rows = new Uint8Array(stride * height);
  let last = -1;
  let lastIndex = 0;
  for (let y = 0; y < height; y++) {
    const at = y * stride;
    // A card is mostly rows the same as the one above (its ground between lines of text):
    // compared natively and copied whole.
    if (y > 0 && bytes.compare(bytes, y * width * 4, (y + 1) * width * 4, (y - 1) * width * 4, y * width * 4) === 0) {
      rows.copyWithin(at, at - stride, at);
      continue;
    }
    for (let x = 0, p = y * width; x < width; x++, p++) {
      const colour = pixels[p]!;
      if (colour !== last) {
        if (rgba[p * 4 + 3] !== 255) return undefined;
        let i = 0;
        while (i < firstPixel.length && colours[i] !== colour) i++;
        if (i === firstPixel.length) {
          if (i === 256) return undefined;
          colours[i] = colour;
          firstPixel.push(p);
        }
        last = colour;
        lastIndex = i;
      }
      rows[at + 1 + x] = lastIndex;
    }
  }
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
    out.set(data, 8);
    view.setUint32(8 + data.length, zlib.crc32(out.subarray(4, 8 + data.length)) >>> 0);
    return out;
  };
  const header = new Uint8Array(13);
  const headerView = new DataView(header.buffer);
  headerView.setUint32(0, width);
  headerView.setUint32(4, height);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits an index, indexed colour, deflate, no filter choice, no interlace
  const plte = new Uint8Array(firstPixel.length * 3);
  firstPixel.forEach((p, i) => plte.set(rgba.subarray(p * 4, p * 4 + 3), i * 3));
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', plte),
    // Run-length deflate: a card is runs of one index, and this takes a third of the time of
    // zlib's default for files a fifth larger (26 KB against 22 KB a card).
    chunk('IDAT', zlib.deflateSync(rows, { strategy: zlib.constants.Z_RLE })),
    chunk('IEND', new Uint8Array(0)),
  ];
  const png = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    png.set(part, offset);
    offset += part.length;
  }
  return png;
}
